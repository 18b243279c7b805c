package dev.dslfix.lang;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** Where test-fixtures/ is: set by surefire (dslfix.fixtures), else found from the working directory. */
public final class Fixtures {
    private Fixtures() {
    }

    public static Path dir() {
        String configured = System.getProperty("dslfix.fixtures");
        if (configured != null && Files.isDirectory(Path.of(configured))) {
            return Path.of(configured);
        }
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("test-fixtures"))) {
                return p.resolve("test-fixtures");
            }
        }
        throw new IllegalStateException("test-fixtures/ not found");
    }

    /** True when golden files should be rewritten instead of compared (DSLFIX_UPDATE_GOLDEN=1 or -Ddslfix.updateGolden). */
    public static boolean updateGolden() {
        return "1".equals(System.getenv("DSLFIX_UPDATE_GOLDEN")) || Boolean.getBoolean("dslfix.updateGolden");
    }

    /** Diagnostics as the golden .expected files hold them: "line:column-endLine:endColumn severity code message", 1-based. */
    public static List<String> render(String text, List<Diagnostic> diagnostics) {
        SourceText s = new SourceText(text);
        List<String> out = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            out.add((s.lineOf(d.start()) + 1) + ":" + (s.columnOf(d.start()) + 1) + "-" + (s.lineOf(d.end()) + 1) + ":"
                    + (s.columnOf(d.end()) + 1) + " " + d.severity().label() + " " + d.code() + " " + d.message());
        }
        return out;
    }

    /**
     * (code, line) pairs from a broken fixture's first line, e.g. "-- expect: unknown-column 'x' at
     * line 9 (...); syntax at line 12" with {@code header} "-- expect:". {@code claim} finds one
     * claim: group 1 the code, group 2 the line.
     */
    public static List<String[]> expectations(String text, String header, Pattern claim) {
        String first = text.lines().findFirst().orElse("");
        List<String[]> out = new ArrayList<>();
        if (!first.startsWith(header)) {
            return out;
        }
        // Parenthesised remarks may contain anything; drop them before reading the claims.
        String claims = first.substring(header.length()).replaceAll("\\([^)]*\\)", "");
        Matcher m = claim.matcher(claims);
        while (m.find()) {
            out.add(new String[] {m.group(1), m.group(2)});
        }
        return out;
    }

    /** The files of a folder whose names end with one of the suffixes, sorted. */
    public static List<Path> list(Path dir, String... suffixes) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> {
                String name = p.getFileName().toString();
                for (String suffix : suffixes) {
                    if (name.endsWith(suffix)) {
                        return true;
                    }
                }
                return false;
            }).sorted().toList();
        }
    }
}

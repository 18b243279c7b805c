package dev.dslfix.lang.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.Fixtures;
import dev.dslfix.lang.SourceText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden-file tests over test-fixtures/sql: every valid file checks clean; every broken file's
 * diagnostics equal its {@code .expected} file and include each error its "-- expect:" header
 * names. Regenerate the .expected files with {@code DSLFIX_UPDATE_GOLDEN=1 mvn test}
 * (or {@code -Ddslfix.updateGolden=true}) and review the diff.
 */
class SqlFixturesTest {
    private static final Pattern EXPECT = Pattern.compile(
            "\\b(syntax|unknown-table|unknown-column|ambiguous-column|insert-count|type-mismatch|duplicate-table"
                    + "|duplicate-column|unknown-function)\\b[^;]*?\\bat line (\\d+)");
    private final SqlLanguage sql = new SqlLanguage();

    @TestFactory
    Stream<DynamicTest> validFilesHaveNoDiagnostics() throws IOException {
        List<Path> files = list(Fixtures.dir().resolve("sql/valid"), ".sql");
        assertTrue(files.size() >= 40, "at least 40 valid SQL fixtures, found " + files.size());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            List<String> d = render(text, sql.check(text));
            assertEquals(List.of(), d, f + " should check clean");
            // Correct SQL must take the fast (SLL) path: a failure here doubles the parse time.
            assertTrue(!sql.needsFullContext(text), f + " needs the full-context fallback");
        }));
    }

    @TestFactory
    Stream<DynamicTest> brokenFilesMatchTheirGoldenDiagnostics() throws IOException {
        List<Path> files = list(Fixtures.dir().resolve("sql/broken"), ".sql");
        assertTrue(files.size() >= 20, "at least 20 broken SQL fixtures, found " + files.size());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            List<String> actual = render(text, sql.check(text));
            Path golden = f.resolveSibling(f.getFileName().toString().replaceFirst("\\.sql$", ".expected"));
            if (Fixtures.updateGolden()) {
                Files.write(golden, actual, StandardCharsets.UTF_8);
            }
            assertTrue(Files.exists(golden), "missing " + golden + " (regenerate with DSLFIX_UPDATE_GOLDEN=1)");
            assertEquals(Files.readAllLines(golden, StandardCharsets.UTF_8), actual, "diagnostics of " + f);
            for (String[] expected : expectations(text)) {
                String prefix = expected[1] + ":";
                assertTrue(actual.stream().anyMatch(line -> line.startsWith(prefix) && line.contains(" " + expected[0] + " ")),
                        f.getFileName() + ": the header expects " + expected[0] + " at line " + expected[1] + " but got " + actual);
            }
        }));
    }

    /** "line:column-endLine:endColumn severity code message", 1-based. */
    static List<String> render(String text, List<Diagnostic> diagnostics) {
        SourceText s = new SourceText(text);
        List<String> out = new ArrayList<>();
        for (Diagnostic d : diagnostics) {
            out.add((s.lineOf(d.start()) + 1) + ":" + (s.columnOf(d.start()) + 1) + "-" + (s.lineOf(d.end()) + 1) + ":"
                    + (s.columnOf(d.end()) + 1) + " " + d.severity().label() + " " + d.code() + " " + d.message());
        }
        return out;
    }

    /** (code, line) pairs from the first line: "-- expect: unknown-column 'x' at line 9 (...); syntax at line 12". */
    private static List<String[]> expectations(String text) {
        String first = text.lines().findFirst().orElse("");
        List<String[]> out = new ArrayList<>();
        if (!first.startsWith("-- expect:")) {
            return out;
        }
        // Parenthesised remarks may contain anything; drop them before reading the claims.
        String claims = first.substring("-- expect:".length()).replaceAll("\\([^)]*\\)", "");
        Matcher m = EXPECT.matcher(claims);
        while (m.find()) {
            out.add(new String[] {m.group(1), m.group(2)});
        }
        return out;
    }

    private static List<Path> list(Path dir, String suffix) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
        }
    }
}

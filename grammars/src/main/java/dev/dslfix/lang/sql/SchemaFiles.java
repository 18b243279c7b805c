package dev.dslfix.lang.sql;

import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.ParseResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The schema files a project names (paths or globs relative to the configuration's folder).
 * They are parsed once and again only when one of them changes (size or modification time).
 */
public final class SchemaFiles {
    public static final SchemaFiles NONE = new SchemaFiles(Path.of("."), List.of());

    /** Tables from the files, and problems reading them (reported at the top of the checked file). */
    record Loaded(Schema schema, List<Diagnostic> problems) {
        static final Loaded EMPTY = new Loaded(new Schema(), List.of());

        /** These tables after {@code first}: the same problems, and a table in both is {@code first}'s. */
        Loaded after(Schema first) {
            Schema merged = new Schema();
            merged.addMissing(first);
            merged.addMissing(schema);
            return new Loaded(merged, problems);
        }
    }

    private final Path baseDir;
    private final List<String> patterns;
    private volatile Snapshot cached;

    private record Snapshot(List<String> stamps, Loaded loaded) {
    }

    public SchemaFiles(Path baseDir, List<String> patterns) {
        this.baseDir = baseDir;
        this.patterns = List.copyOf(patterns);
    }

    Loaded load() {
        if (patterns.isEmpty()) {
            return Loaded.EMPTY;
        }
        List<Diagnostic> problems = new ArrayList<>();
        List<Path> files = resolve(problems);
        List<String> stamps = new ArrayList<>();
        for (Path f : files) {
            try {
                BasicFileAttributes a = Files.readAttributes(f, BasicFileAttributes.class);
                stamps.add(f + "|" + a.size() + "|" + a.lastModifiedTime().toMillis());
            } catch (IOException e) {
                stamps.add(f + "|missing");
            }
        }
        Snapshot snap = cached;
        if (snap != null && snap.stamps().equals(stamps) && problems.isEmpty()) {
            return snap.loaded();
        }
        Schema schema = new Schema();
        SqlLanguage parser = new SqlLanguage();
        for (Path f : files) {
            try {
                String text = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
                ParseResult parsed = parser.parse(text);
                if (parsed.tree() instanceof SqlParser.ScriptContext script) {
                    schema.addMissing(SqlChecker.definitions(parsed, script));
                }
            } catch (IOException e) {
                problems.add(Diagnostic.warning(0, 0, "schema-file", "cannot read schema file " + f + ": " + e.getMessage()));
            }
        }
        Loaded loaded = new Loaded(schema, List.copyOf(problems));
        cached = new Snapshot(stamps, loaded);
        return loaded;
    }

    private List<Path> resolve(List<Diagnostic> problems) {
        List<Path> files = new ArrayList<>();
        for (String pattern : patterns) {
            if (pattern.contains("*") || pattern.contains("?") || pattern.contains("{")) {
                PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
                try (Stream<Path> walk = Files.walk(baseDir, 8)) {
                    walk.filter(Files::isRegularFile)
                            .filter(p -> matcher.matches(baseDir.relativize(p)))
                            .sorted()
                            .forEach(files::add);
                } catch (IOException e) {
                    problems.add(Diagnostic.warning(0, 0, "schema-file", "cannot list schema files " + pattern + ": " + e.getMessage()));
                }
            } else {
                Path p = baseDir.resolve(pattern);
                if (Files.isRegularFile(p)) {
                    files.add(p);
                } else {
                    problems.add(Diagnostic.warning(0, 0, "schema-file", "schema file not found: " + p));
                }
            }
        }
        return files;
    }
}

package dev.dslfix.lang.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dslfix.lang.Fixtures;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
        List<Path> files = Fixtures.list(Fixtures.dir().resolve("sql/valid"), ".sql");
        assertTrue(files.size() >= 40, "at least 40 valid SQL fixtures, found " + files.size());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            List<String> d = Fixtures.render(text, sql.check(text));
            assertEquals(List.of(), d, f + " should check clean");
            // Correct SQL must take the fast (SLL) path: a failure here doubles the parse time.
            assertTrue(!sql.needsFullContext(text), f + " needs the full-context fallback");
        }));
    }

    @TestFactory
    Stream<DynamicTest> brokenFilesMatchTheirGoldenDiagnostics() throws IOException {
        List<Path> files = Fixtures.list(Fixtures.dir().resolve("sql/broken"), ".sql");
        assertTrue(files.size() >= 20, "at least 20 broken SQL fixtures, found " + files.size());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            List<String> actual = Fixtures.render(text, sql.check(text));
            Path golden = f.resolveSibling(f.getFileName().toString().replaceFirst("\\.sql$", ".expected"));
            if (Fixtures.updateGolden()) {
                Files.write(golden, actual, StandardCharsets.UTF_8);
            }
            assertTrue(Files.exists(golden), "missing " + golden + " (regenerate with DSLFIX_UPDATE_GOLDEN=1)");
            assertEquals(Files.readAllLines(golden, StandardCharsets.UTF_8), actual, "diagnostics of " + f);
            for (String[] expected : Fixtures.expectations(text, "-- expect:", EXPECT)) {
                String prefix = expected[1] + ":";
                assertTrue(actual.stream().anyMatch(line -> line.startsWith(prefix) && line.contains(" " + expected[0] + " ")),
                        f.getFileName() + ": the header expects " + expected[0] + " at line " + expected[1] + " but got " + actual);
            }
        }));
    }

}

package dev.dslfix.lang.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.Fix;
import dev.dslfix.lang.Fixtures;
import dev.dslfix.lang.SourceText;
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
 * Golden-file tests over test-fixtures/shell: every valid script checks clean on the fast SLL
 * path; every broken script's diagnostics equal its {@code .expected} file and include each
 * problem its "# expect:" header names. Regenerate the .expected files with
 * {@code DSLFIX_UPDATE_GOLDEN=1 mvn test} (or {@code -Ddslfix.updateGolden=true}) and review the diff.
 */
class ShellFixturesTest {
    private static final Pattern EXPECT = Pattern.compile(
            "\\b(syntax|unclosed-block|missing-then|missing-do|unclosed-test|unterminated-quote|unterminated-heredoc"
                    + "|undefined-function|misspelled-keyword|local-outside-function|break-outside-loop|return-outside-function)\\b[^;]*?\\bat line (\\d+)");
    private final ShellLanguage shell = new ShellLanguage();

    @TestFactory
    Stream<DynamicTest> validScriptsHaveNoDiagnostics() throws IOException {
        List<Path> files = Fixtures.list(Fixtures.dir().resolve("shell/valid"), ".sh", ".bash");
        assertTrue(files.size() >= 40, "at least 40 valid shell fixtures, found " + files.size());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            assertEquals(List.of(), Fixtures.render(text, shell.check(text)), f + " should check clean");
            // Correct scripts must take the fast (SLL) path: a failure here doubles the parse time.
            assertFalse(shell.needsFullContext(text), f + " needs the full-context fallback");
            assertTrue(shell.probe(text).ok(), f + ": probe disagrees with check");
        }));
    }

    @TestFactory
    Stream<DynamicTest> brokenScriptsMatchTheirGoldenDiagnostics() throws IOException {
        List<Path> files = Fixtures.list(Fixtures.dir().resolve("shell/broken"), ".sh", ".bash");
        assertTrue(files.size() >= 20, "at least 20 broken shell fixtures, found " + files.size());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            List<Diagnostic> diagnostics = shell.check(text);
            List<String> actual = Fixtures.render(text, diagnostics);
            Path golden = f.resolveSibling(f.getFileName().toString().replaceFirst("\\.(sh|bash)$", ".expected"));
            if (Fixtures.updateGolden()) {
                Files.write(golden, actual, StandardCharsets.UTF_8);
            }
            assertTrue(Files.exists(golden), "missing " + golden + " (regenerate with DSLFIX_UPDATE_GOLDEN=1)");
            assertEquals(Files.readAllLines(golden, StandardCharsets.UTF_8), actual, "diagnostics of " + f);
            List<String[]> expectations = Fixtures.expectations(text, "# expect:", EXPECT);
            assertFalse(expectations.isEmpty(), f.getFileName() + " has no '# expect:' header");
            for (String[] expected : expectations) {
                String prefix = expected[1] + ":";
                assertTrue(actual.stream().anyMatch(line -> line.startsWith(prefix) && line.contains(" " + expected[0] + " ")),
                        f.getFileName() + ": the header expects " + expected[0] + " at line " + expected[1] + " but got " + actual);
            }
            // Every fix the checker offers applies cleanly and removes the diagnostic it belongs to.
            for (Diagnostic d : diagnostics) {
                for (Fix fix : d.fixes()) {
                    String after = fix.applyTo(text);
                    assertFalse(shell.check(after).stream().anyMatch(x -> x.code().equals(d.code()) && sameLine(text, d, after, x)),
                            f.getFileName() + ": fix '" + fix.title() + "' leaves " + d);
                }
            }
        }));
    }

    /** Whether {@code x} (in the fixed text) is on the line where {@code d} was (in the original). */
    private static boolean sameLine(String before, Diagnostic d, String after, Diagnostic x) {
        return new SourceText(before).lineOf(d.start()) == new SourceText(after).lineOf(x.start());
    }

}

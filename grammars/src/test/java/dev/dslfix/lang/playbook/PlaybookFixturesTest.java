package dev.dslfix.lang.playbook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dslfix.lang.Fixtures;
import dev.dslfix.lang.LanguageRegistry;
import dev.dslfix.lang.SyntaxProbe;
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
 * Golden-file tests over test-fixtures/playbook: every valid file checks clean and takes the
 * fast SLL path; every broken file's diagnostics equal its {@code .expected} file and include
 * each finding its "# expect:" header names. Regenerate the .expected files with
 * {@code DSLFIX_UPDATE_GOLDEN=1 mvn test} (or {@code -Ddslfix.updateGolden=true}) and review the diff.
 */
class PlaybookFixturesTest {
    private static final String SUFFIX = ".playbook.yml";
    private static final Pattern EXPECT = Pattern.compile(
            "\\b(syntax|indentation|unknown-module|unknown-argument|missing-argument|invalid-choice|mutually-exclusive"
                    + "|type-mismatch|unknown-key|missing-key|undefined-variable|missing-module|multiple-modules"
                    + "|unknown-handler|duplicate-key|jinja-in-condition)\\b[^;]*?\\bat line (\\d+)");
    private final PlaybookLanguage playbook = new PlaybookLanguage();
    private final LanguageRegistry registry = LanguageRegistry.withBuiltins();

    @TestFactory
    Stream<DynamicTest> validFilesHaveNoDiagnostics() throws IOException {
        List<Path> files = Fixtures.list(Fixtures.dir().resolve("playbook/valid"), SUFFIX);
        assertTrue(files.size() >= 40, "at least 40 valid playbook fixtures, found " + files.size());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            assertEquals(List.of(), Fixtures.render(text, playbook.check(text)), f + " should check clean");
            // Correct YAML must take the fast (SLL) path: a failure here doubles the parse time.
            assertFalse(playbook.needsFullContext(text), f + " needs the full-context fallback");
            assertTrue(playbook.probe(text).ok(), f + " should probe clean");
            assertEquals(PlaybookLanguage.ID, registry.forFileName(f.getFileName().toString()).orElseThrow().id());
        }));
    }

    @TestFactory
    Stream<DynamicTest> brokenFilesMatchTheirGoldenDiagnostics() throws IOException {
        List<Path> files = Fixtures.list(Fixtures.dir().resolve("playbook/broken"), SUFFIX);
        assertTrue(files.size() >= 20, "at least 20 broken playbook fixtures, found " + files.size());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            List<String> actual = Fixtures.render(text, playbook.check(text));
            Path golden = f.resolveSibling(f.getFileName().toString().replace(SUFFIX, ".expected"));
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
        }));
    }

    /**
     * The repair hooks can undo every syntax and indentation mistake of the broken files: from
     * where {@code probe} fails, one of {@code rewritesNear}'s rewrites gets the parse past that
     * place, until the file parses.
     */
    @TestFactory
    Stream<DynamicTest> syntaxMistakesAreUndoneByTheRepairHooks() throws IOException {
        List<Path> files = Fixtures.list(Fixtures.dir().resolve("playbook/broken"), SUFFIX).stream().filter(f -> {
            try {
                String first = Files.readString(f, StandardCharsets.UTF_8).lines().findFirst().orElse("");
                return first.contains("expect: syntax") || first.contains("expect: indentation");
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).toList();
        assertTrue(files.size() >= 8, "syntax fixtures: " + files.size());
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String text = Files.readString(f, StandardCharsets.UTF_8);
            for (int round = 0; round < 6 && !playbook.probe(text).ok(); round++) {
                int at = playbook.probe(text).errorOffset();
                String next = null;
                for (dev.dslfix.lang.Fix fix : playbook.rewritesNear(text, at)) {
                    String candidate = fix.applyTo(text);
                    SyntaxProbe p = playbook.probe(candidate);
                    if (p.ok() || p.errorOffset() > at) {
                        next = candidate;
                        break;
                    }
                }
                assertTrue(next != null, f.getFileName() + ": no rewrite gets past offset " + at + " in\n" + text);
                text = next;
            }
            assertTrue(playbook.probe(text).ok(), f.getFileName() + " still fails:\n" + text);
            assertEquals(List.of(), playbook.check(text).stream().filter(d -> d.code().equals("syntax") || d.code().equals("indentation")).toList());
        }));
    }

}

package dev.dslfix.server.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dslfix.lang.Cancellation;
import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.Language;
import dev.dslfix.lang.LanguageRegistry;
import dev.dslfix.server.core.UnifiedDiff;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Golden repairs: for every broken fixture of every built-in language
 * (test-fixtures/LANGUAGE/broken), the best candidate (its explanation and its diff
 * against the input) equals NAME.repair next to the fixture, and it passes the checker.
 * Regenerate with DSLFIX_UPDATE_GOLDEN=1 mvn -B test -pl server and review the diff.
 */
class RepairGoldenTest {
    private final RepairEngine engine = new RepairEngine();

    @TestFactory
    Stream<DynamicTest> brokenFixturesRepairAsRecorded() throws IOException {
        Path root = Path.of(System.getProperty("dslfix.fixtures", "../test-fixtures"));
        List<DynamicTest> tests = new java.util.ArrayList<>();
        for (Language language : LanguageRegistry.withBuiltins().all()) {
            Path dir = root.resolve(language.id()).resolve("broken");
            if (!Files.isDirectory(dir)) {
                continue;
            }
            List<Path> files;
            try (Stream<Path> s = Files.list(dir)) {
                files = s.filter(p -> language.fileExtensions().stream().anyMatch(e -> p.getFileName().toString().endsWith(e)))
                        .sorted().toList();
            }
            assertTrue(!files.isEmpty(), "no broken fixtures in " + dir);
            files.forEach(f -> tests.add(DynamicTest.dynamicTest(language.id() + "/" + f.getFileName(), () -> check(language, f))));
        }
        assertTrue(tests.size() >= 20, "broken fixtures found: " + tests.size());
        return tests.stream();
    }

    private void check(Language language, Path f) throws IOException {
        boolean update = "1".equals(System.getenv("DSLFIX_UPDATE_GOLDEN")) || Boolean.getBoolean("dslfix.updateGolden");
        String input = Files.readString(f, StandardCharsets.UTF_8);
        // A generous budget: the golden result must not depend on the machine's speed.
        RepairOptions options = new RepairOptions(1, Aggressiveness.BALANCED, 60_000, false);
        RepairResult result = engine.repair(language, input, options, Cancellation.NONE);
        String name = f.getFileName().toString();
        String actual = render(name, input, result);
        Path golden = f.resolveSibling(name.substring(0, name.lastIndexOf('.')) + ".repair");
        if (update) {
            Files.writeString(golden, actual, StandardCharsets.UTF_8);
        }
        assertTrue(Files.exists(golden), "missing " + golden + " (regenerate with DSLFIX_UPDATE_GOLDEN=1)");
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "repair of " + f);
        if (result.hasVerifiedRepair()) {
            assertTrue(language.check(result.candidates().get(0).text()).stream().noneMatch(Diagnostic::isError));
        }
    }

    private static String render(String name, String input, RepairResult result) {
        if (result.candidates().isEmpty()) {
            return "no verified repair\n";
        }
        Candidate c = result.candidates().get(0);
        return c.origin() + ": " + c.explanation() + "\n" + UnifiedDiff.of("a/" + name, "b/" + name, input, c.text());
    }
}

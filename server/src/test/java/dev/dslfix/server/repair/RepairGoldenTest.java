package dev.dslfix.server.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dslfix.lang.Cancellation;
import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.sql.SqlLanguage;
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
 * Golden repairs: for every broken SQL fixture, the best candidate (its explanation and its diff
 * against the input) equals NAME.repair next to the fixture, and it passes the checker.
 * Regenerate with DSLFIX_UPDATE_GOLDEN=1 mvn -B test -pl server and review the diff.
 */
class RepairGoldenTest {
    private final SqlLanguage sql = new SqlLanguage();
    private final RepairEngine engine = new RepairEngine();

    @TestFactory
    Stream<DynamicTest> brokenFixturesRepairAsRecorded() throws IOException {
        Path dir = Path.of(System.getProperty("dslfix.fixtures", "../test-fixtures")).resolve("sql/broken");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".sql")).sorted().toList();
        }
        boolean update = "1".equals(System.getenv("DSLFIX_UPDATE_GOLDEN")) || Boolean.getBoolean("dslfix.updateGolden");
        return files.stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            String input = Files.readString(f, StandardCharsets.UTF_8);
            // A generous budget: the golden result must not depend on the machine's speed.
            RepairOptions options = new RepairOptions(1, Aggressiveness.BALANCED, 60_000, false);
            RepairResult result = engine.repair(sql, input, options, Cancellation.NONE);
            String actual = render(f.getFileName().toString(), input, result);
            Path golden = f.resolveSibling(f.getFileName().toString().replaceFirst("\\.sql$", ".repair"));
            if (update) {
                Files.writeString(golden, actual, StandardCharsets.UTF_8);
            }
            assertTrue(Files.exists(golden), "missing " + golden + " (regenerate with DSLFIX_UPDATE_GOLDEN=1)");
            assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual, "repair of " + f);
            if (result.hasVerifiedRepair()) {
                assertTrue(sql.check(result.candidates().get(0).text()).stream().noneMatch(Diagnostic::isError));
            }
        }));
    }

    private static String render(String name, String input, RepairResult result) {
        if (result.candidates().isEmpty()) {
            return "no verified repair\n";
        }
        Candidate c = result.candidates().get(0);
        return c.origin() + ": " + c.explanation() + "\n" + UnifiedDiff.of("a/" + name, "b/" + name, input, c.text());
    }
}

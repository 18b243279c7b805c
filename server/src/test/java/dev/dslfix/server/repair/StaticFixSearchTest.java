package dev.dslfix.server.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dslfix.lang.Analyses;
import dev.dslfix.lang.Cancellation;
import dev.dslfix.lang.sql.SqlLanguage;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StaticFixSearchTest {
    private final SqlLanguage sql = new SqlLanguage();

    /** Thirty misspelled columns: every fix leaves others, and more than any level may apply. */
    private static String manyMisspelledColumns() {
        String columns = IntStream.rangeClosed(1, 30).mapToObj(i -> "col" + i + " INTEGER").collect(Collectors.joining(", "));
        String used = IntStream.rangeClosed(1, 30).mapToObj(i -> "cl" + i).collect(Collectors.joining(", "));
        return "CREATE TABLE t (" + columns + ");\nSELECT " + used + " FROM t;\n";
    }

    @Test
    void theCheckerFixSearchStopsAtItsBudgetOfFullChecks() {
        for (Aggressiveness level : Aggressiveness.values()) {
            Analyses analyses = new Analyses(sql, Cancellation.NONE);
            List<RepairState> found = new StaticFixSearch(analyses, level, Cancellation.NONE, System.nanoTime() + 60_000_000_000L)
                    .run(RepairState.start(manyMisspelledColumns()), 3);
            assertTrue(found.isEmpty(), level + ": thirty fixes exceed every level's limit of applied fixes");
            assertTrue(analyses.checks() <= level.maxStaticChecks, level + " checked " + analyses.checks());
            assertTrue(analyses.checks() >= Math.min(level.maxStaticChecks, 2), level + " gave up early: " + analyses.checks());
        }
    }

    @Test
    void withinTheBudgetItRepairsWhatItsFixesRepair() {
        String text = "CREATE TABLE t (alpha INTEGER, beta INTEGER);\nSELECT alpah, bta FROM t;\n";
        Analyses analyses = new Analyses(sql, Cancellation.NONE);
        List<RepairState> found = new StaticFixSearch(analyses, Aggressiveness.MINIMAL, Cancellation.NONE, System.nanoTime() + 60_000_000_000L)
                .run(RepairState.start(text), 1);
        assertFalse(found.isEmpty());
        assertEquals("CREATE TABLE t (alpha INTEGER, beta INTEGER);\nSELECT alpha, beta FROM t;\n", found.get(0).text());
    }
}

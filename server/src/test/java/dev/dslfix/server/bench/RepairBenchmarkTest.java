package dev.dslfix.server.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dslfix.models.corrupt.ErrorKind;
import dev.dslfix.models.eval.EvalCase;
import dev.dslfix.models.eval.Repairer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepairBenchmarkTest {

    /** A system that records what it was asked to repair. */
    private static Repairer recording(String name, List<String> calls) {
        return new Repairer() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<String> repair(String broken) {
                calls.add(broken);
                return List.of();
            }
        };
    }

    private static EvalCase program(int lines, String id) {
        return new EvalCase(id + ".sql", ErrorKind.values()[0], "SELECT 1;\n".repeat(lines), id);
    }

    @Test
    void everySystemRunsEveryCaseWarmUpPlusRepeatTimes() {
        List<String> a = new ArrayList<>();
        List<String> b = new ArrayList<>();
        List<EvalCase> cases = List.of(program(10, "x"), program(200, "y"));
        long[][] medians = new RepairBenchmark(3, 2, new PrintStream(new ByteArrayOutputStream()))
                .measure(cases, List.of(recording("a", a), recording("b", b)));
        assertEquals(2, medians.length);
        assertEquals(2, medians[0].length);
        assertEquals(10, a.size());
        assertEquals(a, b);
        assertEquals(5, a.stream().filter("y"::equals).count());
    }

    @Test
    void theTableHasARowPerDocumentSizeAndRatiosToTheBaseline() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<EvalCase> cases = List.of(program(10, "x"), program(20, "y"), program(200, "z"));
        new RepairBenchmark(1, 0, new PrintStream(bytes, true, StandardCharsets.UTF_8))
                .run("t", cases, List.of(recording("base", new ArrayList<>()), recording("other", new ArrayList<>())), 1,
                        new PrintStream(err, true, StandardCharsets.UTF_8));
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertTrue(out.contains("baseline: base"), out);
        assertTrue(out.contains("| other p95 / baseline |"), out);
        assertTrue(out.contains("\n| 0-50 | 2 |"), out);
        assertTrue(out.contains("\n| 151-300 | 1 |"), out);
        assertTrue(out.contains("\n| all | 3 |"), out);
        assertTrue(!out.contains("51-150 |"), "no row for a size without cases:\n" + out);
        String slow = err.toString(StandardCharsets.UTF_8);
        assertTrue(slow.contains("slowest cases of base:") && slow.contains("slowest cases of other:"), slow);
    }

    @Test
    void nonsenseSettingsAreRefused() {
        PrintStream out = new PrintStream(new ByteArrayOutputStream());
        assertThrows(IllegalArgumentException.class, () -> new RepairBenchmark(0, 1, out));
        assertThrows(IllegalArgumentException.class, () -> new RepairBenchmark(1, -1, out));
    }
}

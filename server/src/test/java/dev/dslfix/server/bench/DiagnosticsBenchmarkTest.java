package dev.dslfix.server.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's plumbing on a small document (no timing is asserted: numbers are for the bench command). */
class DiagnosticsBenchmarkTest {
    private static final Path FIXTURES = Path.of(System.getProperty("dslfix.fixtures", "../test-fixtures"));

    @Test
    void everyDocumentGetsItsFourRowsAndChecksClean() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new DiagnosticsBenchmark(120, 3, 1, new PrintStream(bytes, true, StandardCharsets.UTF_8))
                .run(FIXTURES.resolve("grammars/calc/Calc.g4"), FIXTURES);
        String table = bytes.toString(StandardCharsets.UTF_8);
        for (String document : List.of("SQL (built-in)", "Calc (run-time grammar)", "Playbook (built-in)", "Shell (built-in)")) {
            long rows = table.lines().filter(l -> l.startsWith("| " + document + " |")).count();
            assertEquals(4, rows, document + " in\n" + table);
        }
        assertTrue(table.contains("LSP didChange -> publishDiagnostics"));
    }

    @Test
    void joinedFixturesReachTheWantedSize() throws Exception {
        String shell = BenchCorpus.joined(FIXTURES.resolve("shell/valid"), ".sh", 500);
        assertTrue(BenchCorpus.countLines(shell) >= 500);
        String playbook = BenchCorpus.joined(FIXTURES.resolve("playbook/valid"), ".playbook.yml", 500);
        assertTrue(playbook.lines().noneMatch(l -> l.equals("---")), "one YAML document");
    }
}

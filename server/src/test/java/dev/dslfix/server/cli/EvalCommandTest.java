package dev.dslfix.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvalCommandTest {

    @Test
    void reportsEveryBaselineAndTheSlowestCases(@TempDir Path dir) throws IOException {
        List<Path> valid;
        try (Stream<Path> s = Files.list(CheckCommandTest.fixtures().resolve("sql/valid"))) {
            valid = s.filter(p -> p.toString().endsWith(".sql")).sorted().limit(12).toList();
        }
        for (Path p : valid) {
            Files.copy(p, dir.resolve(p.getFileName()));
        }
        CliRunner.Result r = CliRunner.run("eval", "--language", "sql", "--examples", dir.toString(), "--per-kind", "1",
                "--slowest", "2");
        assertEquals(0, r.code(), r.err());
        for (String system : List.of("identity (no repair)", "parser recovery (ANTLR)", "search")) {
            assertTrue(r.out().contains("| " + system + " |"), "row for " + system + ":\n" + r.out());
        }
        // Two slowest search cases, slowest first, each naming a file of the eval split.
        int at = r.err().indexOf("slowest cases of search:");
        assertTrue(at >= 0, r.err());
        Matcher m = Pattern.compile("^\\s+([0-9.]+) ms\\s+\\d+ lines\\s+\\S+\\s+(\\S+\\.sql)$", Pattern.MULTILINE)
                .matcher(r.err().substring(at));
        assertTrue(m.find(), r.err());
        double first = Double.parseDouble(m.group(1));
        assertTrue(Files.exists(dir.resolve(m.group(2))));
        assertTrue(m.find(), r.err());
        assertTrue(Double.parseDouble(m.group(1)) <= first, "slowest first");
    }

    @Test
    void benchRepairTimesEverySystemAgainstTheParserBaseline(@TempDir Path dir) throws IOException {
        Path big = CheckCommandTest.fixtures().resolve("sql/valid/banking_ledger.sql");
        Files.copy(big, dir.resolve(big.getFileName()));
        Files.copy(CheckCommandTest.fixtures().resolve("sql/valid/analytics_retention.sql"), dir.resolve("analytics_retention.sql"));
        CliRunner.Result r = CliRunner.run("bench", "repair", "--language", "sql", "--examples", dir.toString(),
                "--repeat", "1", "--warmup", "0", "--min-lines", "151", "--model", dir.resolve("no-model").toString());
        assertEquals(2, r.code(), "a missing model is a usage error:\n" + r.err());
        r = CliRunner.run("bench", "repair", "--language", "sql", "--examples", dir.toString(), "--repeat", "1", "--warmup", "0",
                "--min-lines", "151", "--slowest", "1");
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("baseline: parser recovery (ANTLR)"), r.out());
        assertTrue(r.out().contains("| search p95 / baseline |"), r.out());
        assertTrue(r.out().contains("\n| 151-300 | 28 |"), r.out());
        assertTrue(r.err().contains("slowest cases of search:"), r.err());
        assertEquals(2, CliRunner.run("bench", "repair", "--language", "sql", "--examples", dir.toString(), "--min-lines", "100000").code());
        assertEquals(2, CliRunner.run("bench", "repair", "--language", "sql", "--repeat", "0").code());
    }
}

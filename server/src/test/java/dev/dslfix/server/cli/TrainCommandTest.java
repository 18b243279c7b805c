package dev.dslfix.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrainCommandTest {

    @Test
    void badRlSettingsAreAUsageErrorBeforeAnyWork(@TempDir Path dir) {
        Path examples = CheckCommandTest.fixtures().resolve("sql/valid");
        for (String[] bad : new String[][] {{"--rl-lr", "0"}, {"--kl", "-1"}, {"--rl-batch", "0"}, {"--reward", "vibes"}}) {
            CliRunner.Result r = CliRunner.run("train", "--language", "sql", "--examples", examples.toString(), "--out", dir.toString(),
                    bad[0], bad[1]);
            assertEquals(2, r.code(), String.join(" ", bad) + ": " + r.err());
            assertTrue(r.err().startsWith("dslfix: "), r.err());
            assertFalse(Files.exists(dir.resolve("weights.bin")));
        }
    }
}

package dev.dslfix.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import dev.dslfix.lang.sql.SqlLanguage;
import dev.dslfix.models.slm.Progress;
import dev.dslfix.models.slm.TrainOptions;
import dev.dslfix.models.slm.Training;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line side of transfer: train --languages, and eval rows for other models. */
class TransferCommandsTest {

    @Test
    void trainLanguagesNeedsTwoKnownLanguagesAndNothingElse(@TempDir Path dir) {
        CliRunner.Result one = CliRunner.run("train", "--languages", "sql", "--out", dir.toString());
        assertEquals(2, one.code());
        assertTrue(one.err().contains("at least two languages"), one.err());
        CliRunner.Result unknown = CliRunner.run("train", "--languages", "sql,cobol", "--out", dir.toString());
        assertEquals(2, unknown.code());
        assertTrue(unknown.err().contains("unknown language 'cobol'"), unknown.err());
        CliRunner.Result mixed = CliRunner.run("train", "--languages", "sql,shell", "--language", "sql", "--out", dir.toString());
        assertEquals(2, mixed.code());
        assertTrue(mixed.err().contains("takes no --language"), mixed.err());
        assertFalse(Files.exists(dir.resolve("weights.bin")));
    }

    @Test
    void trainGrammarAdaptsTheBuiltInTransferModelByDefault(@TempDir Path dir) throws IOException {
        Path calc = CheckCommandTest.fixtures().resolve("grammars/calc");
        CliRunner.Result r = CliRunner.run("train", "--grammar", calc.resolve("Calc.g4").toString(), "--start", "program",
                "--examples", calc.resolve("valid").toString(), "--tiny", "--skip-eval", "--out", dir.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.err().contains("starting from the transfer model built into dslfix"), r.err());
        String config = Files.readString(dir.resolve("config.json"));
        assertTrue(config.contains("\"language\": \"calc\""), config);
        assertTrue(Files.readString(dir.resolve("vocab.json")).contains("\"scheme\": \"shared\""));
        assertTrue(Files.readString(dir.resolve("MODEL_CARD.md")).contains("Started from the transfer model built into dslfix"));
        // --scratch: a model of the grammar's own, from nothing.
        CliRunner.Result scratch = CliRunner.run("train", "--grammar", calc.resolve("Calc.g4").toString(), "--start", "program",
                "--examples", calc.resolve("valid").toString(), "--tiny", "--skip-eval", "--scratch", "--out", dir.resolve("s").toString());
        assertEquals(0, scratch.code(), scratch.err());
        assertFalse(scratch.err().contains("starting from"), scratch.err());
        assertTrue(Files.readString(dir.resolve("s/vocab.json")).contains("\"scheme\": \"types\""));
    }

    @Test
    void evalRefusesAnotherLanguagesOwnModelClearly(@TempDir Path dir) throws IOException {
        SqlLanguage sql = new SqlLanguage();
        Training.run(sql, Map.of("a.sql", "CREATE TABLE t (a INTEGER);\nSELECT a FROM t;\n"), TrainOptions.tiny(1).withSteps(2, 0),
                Device.cpu(), dir.resolve("sql"), Progress.NONE).model().close();
        Path examples = CheckCommandTest.fixtures().resolve("shell/valid");
        CliRunner.Result r = CliRunner.run("eval", "--language", "shell", "--examples", examples.toString(), "--per-kind", "1",
                "--also", "wrong=" + dir.resolve("sql"));
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("holds a model for 'sql', not 'shell'"), r.err());
        assertFalse(r.err().contains("internal error"), r.err());
    }
}

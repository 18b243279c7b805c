package dev.dslfix.server.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dslfix.lang.Cancellation;
import dev.dslfix.lang.sql.SqlLanguage;
import dev.dslfix.server.repair.RepairEngine;
import dev.dslfix.server.repair.RepairOptions;
import dev.dslfix.server.repair.RepairResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModelManagerTest {
    private static final String BROKEN = "CREATE TABLE t (a INTEGER);\nSELECT a FROM t WHERE (a > 1;\n";
    private final SqlLanguage sql = new SqlLanguage();

    @Test
    void aCorruptModelGivesOneWarningAndSearchStillRepairs(@TempDir Path dir) throws IOException {
        Path model = Files.createDirectories(dir.resolve("sql"));
        Files.writeString(model.resolve("config.json"), "{ not json");
        Files.writeString(model.resolve("vocab.json"), "{}");
        Files.write(model.resolve("weights.bin"), new byte[] {1, 2, 3});
        List<String> warnings = new ArrayList<>();
        try (ModelManager models = new ModelManager(new ModelSettings("cpu", dir, true), warnings::add)) {
            RepairEngine engine = new RepairEngine(models);
            RepairResult first = engine.repair(sql, BROKEN, RepairOptions.DEFAULT, Cancellation.NONE);
            RepairResult second = engine.repair(sql, BROKEN, RepairOptions.DEFAULT, Cancellation.NONE);
            assertTrue(first.hasVerifiedRepair() && second.hasVerifiedRepair());
            assertEquals("search", first.candidates().get(0).origin());
            assertEquals(1, warnings.size(), warnings.toString());
            assertTrue(warnings.get(0).contains("the sql repair model cannot be used"), warnings.get(0));
            assertEquals("search only", models.status(sql));
        }
    }

    @Test
    void noModelForALanguageIsSilent(@TempDir Path dir) {
        List<String> warnings = new ArrayList<>();
        try (ModelManager models = new ModelManager(new ModelSettings("cpu", dir, true), warnings::add)) {
            assertTrue(models.propose(sql, BROKEN, 3, Cancellation.NONE).isEmpty());
            assertTrue(warnings.isEmpty());
        }
    }

    @Test
    void theBuiltInModelsServeSqlAndShellThemselvesAndPlaybooksThroughTheTransferModel() {
        // The shipped choice (see the transfer model's card): on playbooks the transfer model
        // beats a playbook-only model, so none ships and the fallback picks the transfer model.
        List<String> warnings = new ArrayList<>();
        try (ModelManager models = new ModelManager(new ModelSettings("cpu", null, true), warnings::add)) {
            assertEquals("sql", models.modelName(sql));
            assertEquals("shell", models.modelName(new dev.dslfix.lang.shell.ShellLanguage()));
            var playbook = new dev.dslfix.lang.playbook.PlaybookLanguage();
            assertEquals("transfer", models.modelName(playbook));
            String broken = "- hosts: all\n  tasks:\n    - name: copy\n      ansible.builtin.copy:\n        src: a\n        dest: b\n  handlers\n";
            assertTrue(models.repairer(playbook).isPresent());
            models.propose(playbook, broken, 3, Cancellation.NONE); // runs without error on the language's own tokens
            assertTrue(warnings.isEmpty(), warnings.toString());
        }
    }

    @Test
    void disabledModelsAreNotLoaded() {
        List<String> warnings = new ArrayList<>();
        try (ModelManager models = new ModelManager(new ModelSettings("cpu", null, false), warnings::add)) {
            assertTrue(models.repairer(sql).isEmpty());
        }
    }

    @Test
    void concurrentRequestsShareOneModelAndAgreeWithSequentialOnes(@TempDir Path dir) throws Exception {
        java.util.Map<String, String> programs = new java.util.TreeMap<>();
        try (var files = Files.list(Path.of(System.getProperty("dslfix.fixtures", "../test-fixtures")).resolve("sql/valid"))) {
            files.sorted().limit(2).forEach(f -> programs.put(f.getFileName().toString(), read(f)));
        }
        dev.dslfix.models.slm.Training.run(sql, programs, dev.dslfix.models.slm.TrainOptions.tiny(3), ai.djl.Device.cpu(),
                dir.resolve("sql"), dev.dslfix.models.slm.Progress.NONE).model().close();
        List<String> inputs = List.of(BROKEN, "CREATE TABLE t (a INTEGER);\nSELECT a FROM t WHERE a > 1 AND;\n",
                "CREATE TABLE t (a INTEGER);\nSELEC a FROM t;\n", "CREATE TABLE t (a INTEGER);\nSELECT a, FROM t;\n");
        List<String> warnings = new ArrayList<>();
        try (ModelManager models = new ModelManager(new ModelSettings("cpu", dir, true), warnings::add)) {
            List<List<String>> sequential = new ArrayList<>();
            for (String in : inputs) {
                sequential.add(models.propose(sql, in, 3, Cancellation.NONE));
            }
            assertTrue(sequential.stream().anyMatch(l -> !l.isEmpty()), "the tiny model proposes something: " + sequential);
            java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
            try {
                List<java.util.concurrent.Future<List<String>>> futures = new ArrayList<>();
                for (int round = 0; round < 3; round++) {
                    for (String in : inputs) {
                        futures.add(pool.submit(() -> models.propose(sql, in, 3, Cancellation.NONE)));
                    }
                }
                for (int k = 0; k < futures.size(); k++) {
                    assertEquals(sequential.get(k % inputs.size()), futures.get(k).get(), "input " + (k % inputs.size()));
                }
            } finally {
                pool.shutdownNow();
            }
            assertTrue(models.repairer(sql).isPresent());
            assertTrue(warnings.isEmpty(), warnings.toString());
        }
    }

    @Test
    void aLanguageWithoutItsOwnModelGetsTheTransferModelAndSaysSo(@TempDir Path dir) throws Exception {
        Path fixtures = Path.of(System.getProperty("dslfix.fixtures", "../test-fixtures"));
        java.util.Map<String, String> sqlPrograms = new java.util.TreeMap<>();
        java.util.Map<String, String> shellPrograms = new java.util.TreeMap<>();
        try (var files = Files.list(fixtures.resolve("sql/valid"))) {
            files.sorted().limit(2).forEach(f -> sqlPrograms.put(f.getFileName().toString(), read(f)));
        }
        try (var files = Files.list(fixtures.resolve("shell/valid"))) {
            files.sorted().limit(2).forEach(f -> shellPrograms.put(f.getFileName().toString(), read(f)));
        }
        var shell = new dev.dslfix.lang.shell.ShellLanguage();
        dev.dslfix.models.slm.Training.run(List.of(new dev.dslfix.models.slm.Training.Corpus(sql, sqlPrograms),
                        new dev.dslfix.models.slm.Training.Corpus(shell, shellPrograms)), dev.dslfix.models.slm.TrainOptions.tiny(3),
                ai.djl.Device.cpu(), null, dir.resolve("transfer"), dev.dslfix.models.slm.Progress.NONE).model().close();
        var playbook = new dev.dslfix.lang.playbook.PlaybookLanguage();
        List<String> warnings = new ArrayList<>();
        try (ModelManager models = new ModelManager(new ModelSettings("cpu", dir, true), warnings::add)) {
            // Neither SQL nor playbook has a model folder of its own: both share the one transfer model.
            assertTrue(models.repairer(sql).isPresent());
            assertTrue(models.repairer(playbook).isPresent());
            assertTrue(models.repairer(sql).get().model() == models.repairer(playbook).get().model());
            assertEquals("transfer", models.modelName(playbook));
            assertEquals("transfer model on cpu()", models.status(playbook));
            RepairResult r = new RepairEngine(models).repair(sql, BROKEN, new RepairOptions(10, dev.dslfix.server.repair.Aggressiveness.BALANCED, 5000, true), Cancellation.NONE);
            r.candidates().forEach(c -> {
                assertEquals(c.origin().equals("model") ? "transfer" : null, c.model(), c.origin());
                assertEquals(c.origin().equals("model"), c.explanation().startsWith("transfer model: "), c.explanation());
            });
            assertTrue(warnings.isEmpty(), warnings.toString());
        }
        // A language's own model wins over the transfer model.
        Files.createDirectories(dir.resolve("sql"));
        dev.dslfix.models.slm.Training.run(sql, sqlPrograms, dev.dslfix.models.slm.TrainOptions.tiny(3).withSteps(2, 0), ai.djl.Device.cpu(),
                dir.resolve("sql"), dev.dslfix.models.slm.Progress.NONE).model().close();
        try (ModelManager models = new ModelManager(new ModelSettings("cpu", dir, true), warnings::add)) {
            assertEquals("sql", models.modelName(sql));
            assertEquals("model on cpu()", models.status(sql));
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}

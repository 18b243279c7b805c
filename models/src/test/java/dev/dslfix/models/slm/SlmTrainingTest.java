package dev.dslfix.models.slm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import ai.djl.engine.Engine;
import dev.dslfix.lang.sql.SqlLanguage;
import dev.dslfix.models.Fixtures;
import dev.dslfix.models.corrupt.ErrorKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tiny training runs (seconds): the losses and rewards move the right way; models survive a save. */
class SlmTrainingTest {
    private static final int RL_STEPS = 20;
    private static final int WARM_UP = 40;
    private final SqlLanguage sql = new SqlLanguage();

    private Map<String, String> programs(int n) throws IOException {
        Map<String, String> out = new TreeMap<>();
        for (Path p : Fixtures.sqlValid().subList(0, n)) {
            out.put(p.getFileName().toString(), Files.readString(p));
        }
        return out;
    }

    @Test
    void supervisedLossFalls() throws IOException {
        List<TrainingPair> pairs = TrainingData.corrupt(sql, programs(3), 1, 5);
        try (SlmModel model = SlmModel.create(sql, TrainingData.vocabularyKeys(pairs, false), SlmConfig.TINY, Device.cpu(), 5)) {
            TrainingData data = TrainingData.build(pairs, model.encoder(), 5);
            List<Double> loss = new SftTrainer(model, 3e-3f, 120, 5).train(data.examples(), 120, 16, Progress.NONE);
            double first = loss.subList(0, 15).stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            double last = loss.subList(105, 120).stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            assertTrue(last < 0.7 * first, "loss " + first + " -> " + last);
        }
    }

    @Test
    void reinforcementRewardRises() throws IOException {
        // A briefly supervised tagger (so that it proposes edits at all), then RL on the same broken
        // inputs: the checker's verdict must pull the reward up.
        List<TrainingPair> pairs = TrainingData.corrupt(sql, programs(2), 1, 3).stream()
                .filter(p -> p.kind() == ErrorKind.MISSING_CLOSER || p.kind() == ErrorKind.EXTRA_SEPARATOR).toList();
        assertTrue(pairs.size() >= 2, "pairs " + pairs.size());
        TrainOptions options = new TrainOptions(SlmConfig.TINY, 0, RL_STEPS, 8, 2, 8, 3e-3f, 1e-3f, 0.05f,
                TrainOptions.Reward.PASS_AND_SIMILARITY, 7, 1);
        try (SlmModel model = SlmModel.create(sql, TrainingData.vocabularyKeys(pairs, false), SlmConfig.TINY, Device.cpu(), 7)) {
            TrainingData data = TrainingData.build(pairs, model.encoder(), 7);
            new SftTrainer(model, 3e-3f, WARM_UP, 7).train(data.examples(), WARM_UP, 16, Progress.NONE);
            List<GrpoTrainer.StepMetrics> steps = new GrpoTrainer(model, options).train(pairs, Progress.NONE);
            double first = steps.subList(0, 5).stream().mapToDouble(GrpoTrainer.StepMetrics::reward).average().orElseThrow();
            double last = steps.subList(RL_STEPS - 5, RL_STEPS).stream().mapToDouble(GrpoTrainer.StepMetrics::reward).average().orElseThrow();
            assertTrue(last > first, "reward " + first + " -> " + last);
        }
    }

    @Test
    void saveAndLoadGiveIdenticalOutputs(@TempDir Path dir) throws IOException {
        List<TrainingPair> pairs = TrainingData.corrupt(sql, programs(1), 1, 2);
        try (SlmModel model = SlmModel.create(sql, TrainingData.vocabularyKeys(pairs, false), SlmConfig.TINY, Device.cpu(), 2)) {
            TrainingData data = TrainingData.build(pairs, model.encoder(), 2);
            new SftTrainer(model, 3e-3f, 5, 2).train(data.examples(), 5, 4, Progress.NONE);
            model.save(dir, null);
            try (SlmModel loaded = SlmModel.load(dir, Device.cpu())) {
                Example e = data.examples().get(0);
                assertArrayEquals(model.predict(e).tags(), loaded.predict(e).tags());
                assertArrayEquals(model.predict(e).pointers(), loaded.predict(e).pointers());
                SlmRepairer a = new SlmRepairer(model, sql);
                SlmRepairer b = new SlmRepairer(loaded, sql);
                String broken = pairs.get(0).corrupted();
                assertEquals(a.repair(broken, 3, dev.dslfix.lang.Cancellation.NONE), b.repair(broken, 3, dev.dslfix.lang.Cancellation.NONE));
            }
        }
    }

    @Test
    void deviceSelection() {
        assertEquals(Device.cpu(), SlmModel.device("cpu"));
        if (Engine.getInstance().getGpuCount() == 0) {
            assertEquals(Device.cpu(), SlmModel.device("auto"));
            assertThrows(IllegalStateException.class, () -> SlmModel.device("gpu"));
        } else {
            assertEquals(Device.gpu(), SlmModel.device("auto"));
        }
    }

    @Test
    void corruptOrMissingWeightsAreAClearError(@TempDir Path dir) throws IOException {
        assertThrows(IOException.class, () -> SlmModel.load(dir, Device.cpu()));
        List<TrainingPair> pairs = TrainingData.corrupt(sql, programs(1), 1, 2);
        try (SlmModel model = SlmModel.create(sql, TrainingData.vocabularyKeys(pairs, false), SlmConfig.TINY, Device.cpu(), 2)) {
            model.save(dir, null);
        }
        byte[] weights = Files.readAllBytes(dir.resolve("weights.bin"));
        Files.write(dir.resolve("weights.bin"), java.util.Arrays.copyOf(weights, weights.length / 2));
        assertThrows(IOException.class, () -> SlmModel.load(dir, Device.cpu()));
    }
}

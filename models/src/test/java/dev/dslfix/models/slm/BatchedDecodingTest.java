package dev.dslfix.models.slm;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import dev.dslfix.lang.Analyses;
import dev.dslfix.lang.Cancellation;
import dev.dslfix.lang.shell.ShellLanguage;
import dev.dslfix.lang.sql.SqlLanguage;
import dev.dslfix.models.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Decoding tags several windows in one forward pass and shares the request's analyses; neither changes the result. */
class BatchedDecodingTest {
    private final SqlLanguage sql = new SqlLanguage();

    private List<TrainingPair> pairs() throws IOException {
        Path p = Fixtures.sqlValid().get(0);
        return TrainingData.corrupt(sql, Map.of(p.getFileName().toString(), Files.readString(p)), 1, 2);
    }

    /** A tiny model after a few supervised steps, and its training windows. */
    private record Trained(SlmModel model, TrainingData data) implements AutoCloseable {
        @Override
        public void close() {
            model.close();
        }
    }

    private Trained trained(List<TrainingPair> pairs, int steps, long seed) {
        SlmModel model = SlmModel.create(sql, TrainingData.vocabularyKeys(pairs, false), SlmConfig.TINY, Device.cpu(), seed);
        TrainingData data = TrainingData.build(pairs, model.encoder(), seed);
        new SftTrainer(model, 3e-3f, steps, seed).train(data.examples(), steps, 16, Progress.NONE);
        return new Trained(model, data);
    }

    @Test
    void aBatchPredictsWhatEachWindowAlonePredicts() throws IOException {
        try (Trained t = trained(pairs(), 5, 3)) {
            SlmModel model = t.model();
            List<Example> windows = t.data().examples().subList(0, 3);
            List<SlmModel.Prediction> batched = model.predict(windows);
            assertEquals(3, batched.size());
            for (int i = 0; i < windows.size(); i++) {
                SlmModel.Prediction alone = model.predict(windows.get(i));
                assertArrayEquals(alone.tags(), batched.get(i).tags(), 1e-5f);
                assertArrayEquals(alone.pointers(), batched.get(i).pointers(), 1e-5f);
            }
        }
    }

    @Test
    void sharedAnalysesGiveTheSameRepairsAndAreUsed() throws IOException {
        List<TrainingPair> pairs = pairs();
        try (Trained t = trained(pairs, 30, 4)) {
            SlmRepairer repairer = new SlmRepairer(t.model(), sql);
            int proposed = 0;
            for (TrainingPair p : pairs.subList(0, 6)) {
                Analyses analyses = new Analyses(sql, Cancellation.NONE);
                List<String> alone = repairer.repair(p.corrupted(), 3, Cancellation.NONE);
                assertEquals(alone, repairer.repair(p.corrupted(), 3, Cancellation.NONE, analyses));
                assertTrue(analyses.checks() >= 1, "the repairer did not ask the shared analyses");
                proposed += alone.size();
            }
            assertTrue(proposed > 0, "the model proposed nothing: the comparison covered no decoding");
            Analyses shell = new Analyses(new ShellLanguage(), Cancellation.NONE);
            assertThrows(IllegalArgumentException.class, () -> repairer.repair(pairs.get(0).corrupted(), 3, Cancellation.NONE, shell));
        }
    }
}

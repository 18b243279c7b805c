package dev.dslfix.models.slm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import java.util.Map;
import org.junit.jupiter.api.Test;

class UpdaterTest {

    @Test
    void aNonFiniteGradientIsDroppedAndLaterStepsStillLearn() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray w = manager.create(new float[] {1f, 2f});
            w.setRequiresGradient(true);
            Updater updater = new Updater(0.1f, 1f, 1, 10);
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                // d/dw sqrt(w - 5) at w < 5 is NaN
                gc.backward(w.sub(5f).sqrt().sum());
            }
            updater.step(Map.of("w", w));
            assertEquals(1, updater.skipped);
            assertEquals(1f, w.getFloat(0), 0f);
            try (GradientCollector gc = Engine.getInstance().newGradientCollector()) {
                gc.backward(w.square().sum());
            }
            updater.step(Map.of("w", w));
            assertEquals(1, updater.skipped, "the NaN must not survive into the next step's gradient");
            assertTrue(w.getFloat(0) < 1f && w.getFloat(1) < 2f, "moved downhill: " + w);
        }
    }
}

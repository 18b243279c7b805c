package dev.dslfix.models.slm;

import ai.djl.ndarray.NDArray;
import ai.djl.training.optimizer.Optimizer;
import ai.djl.training.tracker.ParameterTracker;
import java.util.Map;

/**
 * Adam over the network's named parameters. Runs outside the per-step NDScope: its state must
 * outlive the step.
 */
final class Updater {
    private final Optimizer adam;
    private final float clip;
    double lastNorm;
    int skipped;

    /**
     * @param warmup steps of linear warm-up (transformers diverge with a full rate at the start)
     * @param total  steps in all; the rate then decays along a cosine to a tenth
     */
    Updater(float learningRate, float clip, int warmup, int total) {
        ParameterTracker schedule = (id, update) -> {
            if (update < warmup) {
                return learningRate * (update + 1) / warmup;
            }
            double progress = Math.min(1.0, (update - warmup) / (double) Math.max(1, total - warmup));
            return (float) (learningRate * (0.1 + 0.9 * 0.5 * (1 + Math.cos(Math.PI * progress))));
        };
        this.adam = Optimizer.adam().optLearningRateTracker(schedule).build();
        this.clip = clip;
    }

    /**
     * Clips the gradients to a global norm, updates every parameter, and zeroes the gradients.
     *
     * @return false when the gradient was not finite and the step was dropped
     */
    boolean step(Map<String, NDArray> params) {
        double norm = 0;
        for (NDArray p : params.values()) {
            try (NDArray g = p.getGradient(); NDArray sq = g.square(); NDArray sum = sq.sum()) {
                norm += sum.getFloat();
            }
        }
        norm = Math.sqrt(norm);
        lastNorm = norm;
        if (!Double.isFinite(norm)) {
            // A step that overflowed teaches nothing: drop its gradients instead of poisoning the weights.
            // Non-finite entries are overwritten first: NaN * 0 is NaN, and gradients accumulate,
            // so a NaN left behind would poison every later step.
            params.values().forEach(p -> {
                try (NDArray g = p.getGradient(); NDArray nan = g.isNaN(); NDArray inf = g.isInfinite()) {
                    g.set(nan, 0f);
                    g.set(inf, 0f);
                    g.muli(0f);
                }
            });
            skipped++;
            return false;
        }
        float scale = norm > clip ? (float) (clip / norm) : 1f;
        for (Map.Entry<String, NDArray> e : params.entrySet()) {
            NDArray grad = e.getValue().getGradient();
            if (scale != 1f) {
                grad.muli(scale);
            }
            adam.update(e.getKey(), e.getValue(), grad);
            grad.muli(0f);
            grad.close();
        }
        return true;
    }
}

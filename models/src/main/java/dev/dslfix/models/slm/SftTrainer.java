package dev.dslfix.models.slm;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;
import ai.djl.training.GradientCollector;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** Supervised fine-tuning: cross-entropy of the gold edit tags (and copy pointers) of each window. */
public final class SftTrainer {
    private final SlmModel model;
    private final Updater updater;
    private final Random random;
    /** Steps whose gradient had to be computed twice, and those dropped because the retry failed too. */
    int retried;
    int dropped;

    public SftTrainer(SlmModel model, float learningRate, int steps, long seed) {
        this.model = model;
        this.updater = new Updater(learningRate, 1f, Math.max(1, steps / 15), steps);
        this.random = new Random(seed);
    }

    /** Runs {@code steps} steps over shuffled examples; returns the loss of each step. */
    public List<Double> train(List<Example> examples, int steps, int batch, Progress progress) {
        List<Example> order = new ArrayList<>(examples);
        Collections.shuffle(order, random);
        List<Double> losses = new ArrayList<>();
        int cursor = 0;
        for (int step = 1; step <= steps; step++) {
            List<Example> b = new ArrayList<>(batch);
            for (int k = 0; k < batch; k++) {
                if (cursor == order.size()) {
                    Collections.shuffle(order, random);
                    cursor = 0;
                }
                b.add(order.get(cursor++));
            }
            double loss = step(b);
            losses.add(loss);
            Map<String, Double> metrics = new java.util.LinkedHashMap<>();
            metrics.put("loss", loss);
            metrics.put("grad", updater.lastNorm);
            metrics.put("skipped", (double) dropped);
            metrics.put("retried", (double) retried);
            progress.update("SFT", step, steps, metrics);
        }
        return losses;
    }

    /**
     * One step. A non-finite gradient is computed once more from the same batch before the step
     * is given up. Such gradients came from freed memory (see {@link Network#constant}) and
     * differed from run to run; with that fixed, a retry that fails again is a real overflow.
     */
    double step(List<Example> batch) {
        double loss = backward(batch);
        if (!updater.step(model.network().parameters())) {
            retried++;
            loss = backward(batch);
            if (!updater.step(model.network().parameters())) {
                dropped++;
            }
        }
        return loss;
    }

    private double backward(List<Example> batch) {
        float loss;
        try (NDScope scope = new NDScope(); GradientCollector gc = Engine.getInstance().newGradientCollector()) {
            Batch b = Batch.of(batch, model.manager());
            Network.Output out = model.network().forward(b.types(), b.names(), b.flags(), b.mask());
            NDArray l = Losses.supervised(out, batch, model.manager());
            gc.backward(l);
            loss = l.getFloat();
            scope.suppressNotUsedWarning();
        }
        return loss;
    }
}

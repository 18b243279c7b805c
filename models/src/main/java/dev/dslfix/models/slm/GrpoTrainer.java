package dev.dslfix.models.slm;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import dev.dslfix.lang.Analyses;
import dev.dslfix.lang.Analysis;
import dev.dslfix.lang.Language;
import dev.dslfix.lang.similarity.Similarity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Reinforcement learning with the checker as judge, by GRPO: for each broken input, draw a
 * group of distinct first edits from the policy, complete each greedily, and score it with SLMFix's reward
 * r = (1 - pr) * pass + pr * similarity, pr being the fraction of the batch that passes (early
 * on passing is what matters; once most pass, faithfulness does). Advantages are rewards minus
 * the group's mean (no value network: GRPO suits a tiny model and a cheap, exact reward), and a
 * KL penalty keeps the policy near the supervised one. The checker-only ablation uses r = pass.
 *
 * <p>Advantages are not divided by the group's standard deviation: in a group where every
 * sample fails, the rewards differ only by hairs of similarity, and dividing by that tiny spread
 * turned noise into full-size updates (on SQL, with 4 inputs per step, the reward fell during RL
 * and the model lost to its supervised start; see the SQL model card).
 */
public final class GrpoTrainer {
    private final SlmModel model;
    private final Network reference;
    private final Updater updater;
    private final TrainOptions options;
    private final Random random;

    private final Map<Language, SlmRepairer> repairers = new java.util.HashMap<>();

    /** Each training pair brings its language (the checker that judges it). */
    public GrpoTrainer(SlmModel model, TrainOptions options) {
        this.model = model;
        this.options = options;
        this.reference = model.network().frozenCopy(model.manager());
        this.updater = new Updater(options.rlLearningRate(), 1f, Math.max(1, options.rlSteps() / 10), options.rlSteps());
        this.random = new Random(options.seed() + 17);
    }

    /** Metrics of one RL step. */
    public record StepMetrics(double reward, double passRate, double similarity, double kl) {
    }

    public List<StepMetrics> train(List<TrainingPair> pairs, Progress progress) {
        List<StepMetrics> out = new ArrayList<>();
        for (int step = 1; step <= options.rlSteps(); step++) {
            List<TrainingPair> batch = new ArrayList<>();
            for (int k = 0; k < options.rlBatch(); k++) {
                batch.add(pairs.get(random.nextInt(pairs.size())));
            }
            StepMetrics m = step(batch);
            out.add(m);
            Map<String, Double> metrics = new LinkedHashMap<>();
            metrics.put("reward", m.reward());
            metrics.put("pass", m.passRate());
            metrics.put("similarity", m.similarity());
            metrics.put("kl", m.kl());
            progress.update("RL", step, options.rlSteps(), metrics);
        }
        return out;
    }

    /**
     * Each sample's advantage: its reward minus its group's mean, divided by the group's size
     * (each input weighs the same however many distinct samples it had). Not divided by the
     * group's spread (see the class comment).
     */
    static double[] advantages(double[] rewards, int[] group) {
        Map<Integer, double[]> sums = new java.util.HashMap<>(); // group -> {sum, count}
        for (int k = 0; k < rewards.length; k++) {
            double[] s = sums.computeIfAbsent(group[k], x -> new double[2]);
            s[0] += rewards[k];
            s[1]++;
        }
        double[] out = new double[rewards.length];
        for (int k = 0; k < rewards.length; k++) {
            double[] s = sums.get(group[k]);
            out[k] = (rewards[k] - s[0] / s[1]) / s[1];
        }
        return out;
    }

    /**
     * One RL step. The policy's decision is the first edit, as at inference: sampled from the
     * model's probabilities over the edits the grammar allows near the error; the greedy rounds
     * that follow are the environment. The reward scores the finished text.
     */
    StepMetrics step(List<TrainingPair> batch) {
        int g = options.group();
        List<Example> windows = new ArrayList<>();
        List<int[]> choices = new ArrayList<>(); // {window index, position, tag} per sample
        List<Boolean> passedList = new ArrayList<>();
        List<Double> simsList = new ArrayList<>();
        for (TrainingPair p : batch) {
            Language language = p.language();
            SlmRepairer repairer = repairers.computeIfAbsent(language, l -> new SlmRepairer(model, l));
            // Tagging, finishing and the reward ask about the same texts: each is parsed once.
            Analyses analyses = new Analyses(language, dev.dslfix.lang.Cancellation.NONE);
            SlmRepairer.Step s = repairer.tag(p.corrupted(), analyses);
            if (s == null) {
                continue;
            }
            List<double[]> edits = s.rankedEdits();
            if (edits.isEmpty()) {
                continue;
            }
            int w = windows.size();
            windows.add(s.example()); // the model's input for the decision, as tagging encoded it
            // The group: g distinct first edits, drawn without replacement in proportion to the
            // policy's probabilities (Gumbel top-k). A peaked supervised policy would otherwise
            // draw the same edit g times, and identical outcomes carry no advantage to learn from.
            List<double[]> keyed = new ArrayList<>();
            for (double[] e : edits) {
                double gumbel = -Math.log(-Math.log(Math.max(1e-12, random.nextDouble())));
                keyed.add(new double[] {e[0], e[1], e[2], e[2] + gumbel});
            }
            keyed.sort((a, c) -> Double.compare(c[3], a[3]));
            dev.dslfix.lang.similarity.Profile original = Similarity.profile(language, p.original());
            for (int k = 0; k < Math.min(g, keyed.size()); k++) {
                double[] chosen = keyed.get(k);
                String text = repairer.complete(repairer.applyFirst(p.corrupted(), s, (int) chosen[0], (int) chosen[1]),
                        dev.dslfix.lang.Cancellation.NONE, analyses);
                Analysis analysis = analyses.of(text);
                boolean pass = analysis.passes();
                choices.add(new int[] {w, (int) chosen[0], (int) chosen[1]});
                passedList.add(pass);
                simsList.add(Similarity.between(original, Similarity.profile(language, analysis.parsed())));
            }
        }
        int n = choices.size();
        if (n == 0) {
            return new StepMetrics(0, 0, 0, 0);
        }
        double pr = passedList.stream().filter(b -> b).count() / (double) n;
        double[] rewards = new double[n];
        for (int k = 0; k < n; k++) {
            double pass = passedList.get(k) ? 1 : 0;
            rewards[k] = options.reward() == TrainOptions.Reward.PASS_ONLY ? pass : (1 - pr) * pass + pr * simsList.get(k);
        }
        int l = windows.get(0).types().length;
        int t = model.encoder().tags().size();
        float[] weights = new float[windows.size() * l * t];
        double[] advantages = advantages(rewards, choices.stream().mapToInt(c -> c[0]).toArray());
        for (int k = 0; k < n; k++) {
            int[] c = choices.get(k);
            // Each (window, position, tag) is drawn at most once; the mean over windows is folded
            // in here, not as scalar arithmetic in the graph (see Network.constant).
            weights[(c[0] * l + c[1]) * t + c[2]] += (float) advantages[k] / windows.size();
        }
        double meanSim = simsList.stream().mapToDouble(Double::doubleValue).average().orElse(0);
        double meanReward = java.util.Arrays.stream(rewards).average().orElse(0);
        boolean signal = false;
        for (float x : weights) {
            signal |= x != 0f;
        }
        if (!signal) {
            // Every sample of every group scored the same: no advantage to learn from, and an Adam
            // step on the KL term alone would only carry the old momentum on.
            return new StepMetrics(meanReward, pr, meanSim, 0);
        }
        float kl;
        try (NDScope scope = new NDScope(); GradientCollector gc = Engine.getInstance().newGradientCollector()) {
            Batch b = Batch.of(windows, model.manager());
            Network.Output out = model.network().forward(b.types(), b.names(), b.flags(), b.mask());
            NDArray logp = out.tagLogits().logSoftmax(-1);
            NDArray pg = logp.mul(model.manager().create(weights, new Shape(windows.size(), l, t))).sum().neg();
            // KL(policy || supervised policy) per real position keeps the tagger from drifting.
            Network.Output ref = reference.forward(b.types(), b.names(), b.flags(), b.mask());
            NDArray refLogp = ref.tagLogits().logSoftmax(-1);
            NDArray klMean = logp.exp().mul(logp.sub(refLogp)).sum(new int[] {-1}).mul(b.mask()).sum().div(b.mask().sum());
            gc.backward(pg.add(klMean.mul(Network.constant(model.manager(), options.klBeta()))));
            kl = klMean.getFloat();
            scope.suppressNotUsedWarning();
        }
        updater.step(model.network().parameters());
        return new StepMetrics(meanReward, pr, meanSim, kl);
    }
}

package dev.dslfix.models.slm;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDScope;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.Language;
import dev.dslfix.lang.LexToken;
import dev.dslfix.lang.similarity.Similarity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Reinforcement learning with the checker as judge, by GRPO: for each broken input, sample a
 * group of edit sets from the policy, apply each, and score it with SLMFix's reward
 * r = (1 - pr) * pass + pr * similarity, pr being the fraction of the batch that passes (early
 * on passing is what matters; once most pass, faithfulness does). Advantages are rewards relative
 * to the group's mean (no value network: GRPO suits a tiny model and a cheap, exact reward), and a
 * KL penalty keeps the policy near the supervised one. The checker-only ablation uses r = pass.
 */
public final class GrpoTrainer {
    private final SlmModel model;
    private final Network reference;
    private final Language language;
    private final Decoder decoder;
    private final Updater updater;
    private final TrainOptions options;
    private final Random random;

    public GrpoTrainer(SlmModel model, Language language, TrainOptions options) {
        this.model = model;
        this.language = language;
        this.options = options;
        this.reference = model.network().frozenCopy(model.manager());
        this.decoder = new Decoder(model.encoder().tags());
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

    /** One rollout: the window, and per sample the chosen tags, pointers and resulting text. */
    private record Rollout(TrainingPair pair, Example window, List<LexToken> tokens, int end,
                           List<int[]> tags, List<int[]> pointers, List<String> texts) {
    }

    StepMetrics step(List<TrainingPair> batch) {
        Encoder enc = model.encoder();
        int g = options.group();
        int t = enc.tags().size();
        List<Rollout> rollouts = new ArrayList<>();
        List<Example> windows = new ArrayList<>();
        for (TrainingPair p : batch) {
            List<LexToken> tokens = ModelTokens.of(language, p.corrupted());
            int focus = Math.max(0, ModelTokens.errorFocus(language, p.corrupted(), tokens));
            int start = enc.windowStart(tokens.size(), focus);
            Example ex = enc.encode(tokens, ModelTokens.flags(language, p.corrupted(), tokens, focus), start);
            windows.add(ex);
            rollouts.add(new Rollout(p, ex, tokens, enc.endPosition(tokens.size(), start), new ArrayList<>(), new ArrayList<>(), new ArrayList<>()));
        }
        float kl;
        double[] rewards;
        boolean[] passed;
        double[] sims;
        try (NDScope scope = new NDScope(); GradientCollector gc = Engine.getInstance().newGradientCollector()) {
            Batch b = Batch.of(windows, model.manager());
            Network.Output out = model.network().forward(b.types(), b.names(), b.flags(), b.mask());
            NDArray logp = out.tagLogits().logSoftmax(-1);
            NDArray plogp = out.pointerLogits().logSoftmax(-1);
            float[] probs = logp.exp().toFloatArray();
            float[] pprobs = plogp.exp().toFloatArray();
            int l = b.length();
            // Sample a group of edit sets per input.
            for (int i = 0; i < rollouts.size(); i++) {
                Rollout r = rollouts.get(i);
                for (int s = 0; s < g; s++) {
                    int[] tags = new int[r.end() + 1];
                    int[] ptr = new int[r.end() + 1];
                    for (int p = 0; p <= r.end(); p++) {
                        tags[p] = sample(probs, (i * l + p) * t, t);
                        ptr[p] = tags[p] == Tags.REPLACE_COPY || tags[p] == Tags.INSERT_COPY ? sample(pprobs, (i * l + p) * l, Math.max(1, r.end())) : -1;
                    }
                    r.tags().add(tags);
                    r.pointers().add(ptr);
                    r.texts().add(decoder.apply(r.pair().corrupted(), r.tokens(), r.window().start(), r.end(), tags, ptr));
                }
            }
            // Rewards: pass by the full checker, similarity to the original program.
            int n = rollouts.size() * g;
            passed = new boolean[n];
            sims = new double[n];
            int passCount = 0;
            for (int i = 0; i < rollouts.size(); i++) {
                for (int s = 0; s < g; s++) {
                    String text = rollouts.get(i).texts().get(s);
                    passed[i * g + s] = language.check(text).stream().noneMatch(Diagnostic::isError);
                    sims[i * g + s] = Similarity.between(language, rollouts.get(i).pair().original(), text);
                    passCount += passed[i * g + s] ? 1 : 0;
                }
            }
            double pr = passCount / (double) n;
            rewards = new double[n];
            for (int k = 0; k < n; k++) {
                double pass = passed[k] ? 1 : 0;
                rewards[k] = options.reward() == TrainOptions.Reward.PASS_ONLY ? pass : (1 - pr) * pass + pr * sims[k];
            }
            // Policy-gradient weights: group-relative advantages on the sampled tags and pointers.
            float[] tagWeights = new float[rollouts.size() * l * t];
            float[] ptrWeights = new float[rollouts.size() * l * l];
            for (int i = 0; i < rollouts.size(); i++) {
                double mean = 0;
                for (int s = 0; s < g; s++) {
                    mean += rewards[i * g + s];
                }
                mean /= g;
                double var = 0;
                for (int s = 0; s < g; s++) {
                    var += Math.pow(rewards[i * g + s] - mean, 2);
                }
                double std = Math.sqrt(var / g);
                Rollout r = rollouts.get(i);
                for (int s = 0; s < g; s++) {
                    float adv = (float) ((rewards[i * g + s] - mean) / (std + 1e-4) / g);
                    if (adv == 0f) {
                        continue;
                    }
                    for (int p = 0; p <= r.end(); p++) {
                        tagWeights[(i * l + p) * t + r.tags().get(s)[p]] += adv;
                        int src = r.pointers().get(s)[p];
                        if (src >= 0) {
                            ptrWeights[(i * l + p) * l + src] += adv;
                        }
                    }
                }
            }
            Shape tagShape = new Shape(rollouts.size(), l, t);
            NDArray pg = logp.mul(model.manager().create(tagWeights, tagShape)).sum()
                    .add(plogp.mul(model.manager().create(ptrWeights, new Shape(rollouts.size(), l, l))).sum())
                    .neg().div(rollouts.size());
            // KL(policy || reference) per real position, averaged.
            Network.Output ref = reference.forward(b.types(), b.names(), b.flags(), b.mask());
            NDArray refLogp = ref.tagLogits().logSoftmax(-1);
            NDArray klPer = logp.exp().mul(logp.sub(refLogp)).sum(new int[] {-1}).mul(b.mask());
            NDArray klMean = klPer.sum().div(b.mask().sum());
            NDArray loss = pg.add(klMean.mul(options.klBeta()));
            gc.backward(loss);
            kl = klMean.getFloat();
            scope.suppressNotUsedWarning();
        }
        updater.step(model.network().parameters());
        double meanReward = 0;
        double meanSim = 0;
        int passes = 0;
        for (int k = 0; k < rewards.length; k++) {
            meanReward += rewards[k];
            meanSim += sims[k];
            passes += passed[k] ? 1 : 0;
        }
        return new StepMetrics(meanReward / rewards.length, passes / (double) rewards.length, meanSim / rewards.length, kl);
    }

    private int sample(float[] probs, int offset, int count) {
        double u = random.nextDouble();
        double acc = 0;
        for (int k = 0; k < count; k++) {
            acc += probs[offset + k];
            if (u < acc) {
                return k;
            }
        }
        return 0;
    }
}

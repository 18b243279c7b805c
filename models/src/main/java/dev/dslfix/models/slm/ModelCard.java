package dev.dslfix.models.slm;

import java.time.LocalDate;
import java.util.Locale;

/** MODEL_CARD.md: what a model is, what it was trained on, how long it took, how well it does. */
public final class ModelCard {
    private ModelCard() {
    }

    public static String markdown(String languageId, Training.Result result, TrainOptions options, String command,
                                  String dataDescription, String evalTable) {
        SlmConfig c = options.model();
        long params = result.model().network().parameterCount();
        StringBuilder sb = new StringBuilder();
        sb.append("# Model card: dslfix repair model for `").append(languageId).append("`\n\n");
        sb.append("Date: ").append(LocalDate.now()).append(". Reproduce with:\n\n```sh\n").append(command).append("\n```\n\n");
        sb.append("## Model\n\n");
        sb.append(String.format(Locale.ROOT, "A tagger over the language's tokens (GECToR-style: keep, delete, replace with or insert a "
                + "grammar token, or copy a name from the window through a pointer head), %d pre-LayerNorm transformer blocks, "
                + "width %d, %d heads, feed-forward %d, window %d tokens, %d name buckets: %,d parameters (%.1f MB as float32). "
                + "Applied to the window around the first error, repeatedly while errors remain; every candidate is "
                + "verified by the checker before it is shown.%n%n", c.layers(), c.dim(), c.heads(), c.ffn(), c.window(),
                c.nameBuckets(), params, params * 4 / 1e6));
        sb.append("## Data\n\n").append(dataDescription).append("\n\n");
        sb.append(String.format(Locale.ROOT, "- %d training pairs (valid program, corrupted copy) from %d programs, %d supervised windows, "
                + "%d pairs usable for RL (original passes the checker).%n", result.pairs(), result.programs(), result.examples(), result.rlPairs()));
        sb.append("- Evaluation programs are the held-out split (by file name) and never enter training.\n\n");
        sb.append("## Training\n\n");
        sb.append(String.format(Locale.ROOT, "- Supervised: %d steps of %d windows, Adam %.1e with warm-up and cosine decay, "
                + "cross-entropy on gold tags and copy pointers, the mean over edits plus half the mean over keeps.%n", options.sftSteps(), options.batch(),
                options.learningRate()));
        sb.append(String.format(Locale.ROOT, "- RL: %d GRPO steps of %d inputs x %d samples, reward %s, KL penalty %.2f to the supervised "
                + "policy, Adam %.1e.%n", options.rlSteps(), options.rlBatch(), options.group(),
                options.reward() == TrainOptions.Reward.PASS_ONLY ? "pass (checker only: the ablation)"
                        : "(1 - pr) * pass + pr * similarity(original, repair), pr = batch pass rate",
                options.klBeta(), options.rlLearningRate()));
        sb.append(String.format(Locale.ROOT, "- Time on this machine (%d CPU cores): data %.0f s, supervised %.0f s, RL %.0f s.%n",
                Runtime.getRuntime().availableProcessors(), result.dataMillis() / 1e3, result.sftMillis() / 1e3, result.rlMillis() / 1e3));
        if (!result.sftLoss().isEmpty()) {
            int n = result.sftLoss().size();
            sb.append(String.format(Locale.ROOT, "- Supervised loss: first 20 steps %.3f, last 20 steps %.3f.%n",
                    mean(result.sftLoss().subList(0, Math.min(20, n))), mean(result.sftLoss().subList(Math.max(0, n - 20), n))));
        }
        if (!result.rl().isEmpty()) {
            int n = result.rl().size();
            var first = result.rl().subList(0, Math.min(20, n));
            var last = result.rl().subList(Math.max(0, n - 20), n);
            sb.append(String.format(Locale.ROOT, "- RL reward: first 20 steps %.3f (pass %.3f), last 20 steps %.3f (pass %.3f).%n",
                    first.stream().mapToDouble(GrpoTrainer.StepMetrics::reward).average().orElse(0),
                    first.stream().mapToDouble(GrpoTrainer.StepMetrics::passRate).average().orElse(0),
                    last.stream().mapToDouble(GrpoTrainer.StepMetrics::reward).average().orElse(0),
                    last.stream().mapToDouble(GrpoTrainer.StepMetrics::passRate).average().orElse(0)));
        }
        sb.append("\n![training curves](curve.svg)\n\n");
        sb.append("## Evaluation\n\n").append(evalTable == null ? "(not run)\n" : evalTable).append('\n');
        return sb.toString();
    }

    private static double mean(java.util.List<Double> xs) {
        return xs.stream().mapToDouble(Double::doubleValue).average().orElse(0);
    }
}

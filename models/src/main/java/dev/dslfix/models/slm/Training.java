package dev.dslfix.models.slm;

import ai.djl.Device;
import com.google.gson.JsonObject;
import dev.dslfix.lang.Language;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * SFT then RL for one language, with checkpoints and a metrics log in the output folder:
 * {@code sft/} (the supervised model), the final model at the top, {@code metrics.jsonl}
 * (every step of both phases) and {@code curve.svg}.
 */
public final class Training {
    private Training() {
    }

    public record Result(SlmModel model, List<Double> sftLoss, List<GrpoTrainer.StepMetrics> rl, long sftMillis, long rlMillis,
                         long dataMillis, int pairs, int examples, int rlPairs, int programs) {
    }

    public static Result run(Language language, Map<String, String> programs, TrainOptions options, Device device, Path out,
                             Progress progress) throws IOException {
        return run(language, programs, options, device, null, out, progress);
    }

    /**
     * @param from a saved model of the same language to start from (its weights, vocabulary and
     *             size), e.g. a supervised checkpoint to try RL settings on; null for a new model
     */
    public static Result run(Language language, Map<String, String> programs, TrainOptions options, Device device, Path from,
                             Path out, Progress progress) throws IOException {
        Files.createDirectories(out);
        long t0 = System.nanoTime();
        List<TrainingPair> pairs = TrainingData.corrupt(language, programs, options.perKind(), options.seed());
        SlmModel model;
        if (from != null) {
            model = SlmModel.load(from, device, true);
            if (!model.languageId().equals(language.id())) {
                String other = model.languageId();
                model.close();
                throw new IOException(from + " holds a model for '" + other + "', not '" + language.id() + "'");
            }
        } else {
            model = SlmModel.create(language, TrainingData.typeNames(language, pairs), options.model(), device, options.seed());
        }
        TrainingData data = TrainingData.build(language, pairs, model.encoder(), options.seed());
        long dataMillis = (System.nanoTime() - t0) / 1_000_000;
        try (Writer log = Files.newBufferedWriter(out.resolve("metrics.jsonl"), StandardCharsets.UTF_8)) {
            Progress logging = (phase, step, total, metrics) -> {
                progress.update(phase, step, total, metrics);
                JsonObject line = new JsonObject();
                line.addProperty("phase", phase);
                line.addProperty("step", step);
                metrics.forEach(line::addProperty);
                try {
                    log.write(SlmModel.GSON.toJson(line).replaceAll("\\s+", " ") + "\n");
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            };
            long t1 = System.nanoTime();
            List<Double> losses = new SftTrainer(model, options.learningRate(), options.sftSteps(), options.seed())
                    .train(data.examples(), options.sftSteps(), options.batch(), logging);
            long sftMillis = (System.nanoTime() - t1) / 1_000_000;
            model.save(out.resolve("sft"), info(options, "sft"));
            long t2 = System.nanoTime();
            List<GrpoTrainer.StepMetrics> rl = data.rlPairs().isEmpty() || options.rlSteps() == 0 ? List.of()
                    : new GrpoTrainer(model, language, options).train(data.rlPairs(), logging);
            long rlMillis = (System.nanoTime() - t2) / 1_000_000;
            model.save(out, info(options, "sft+rl"));
            Files.writeString(out.resolve("curve.svg"), Curve.svg(losses, rl), StandardCharsets.UTF_8);
            return new Result(model, losses, rl, sftMillis, rlMillis, dataMillis, data.pairs().size(), data.examples().size(),
                    data.rlPairs().size(), programs.size());
        }
    }

    private static JsonObject info(TrainOptions options, String stage) {
        JsonObject o = new JsonObject();
        o.addProperty("stage", stage);
        o.add("training", SlmModel.GSON.toJsonTree(options));
        return o;
    }

    /** Means of consecutive chunks: a readable curve from noisy steps. */
    static List<Double> smooth(List<Double> xs, int points) {
        List<Double> out = new ArrayList<>();
        int chunk = Math.max(1, xs.size() / Math.max(1, points));
        for (int i = 0; i < xs.size(); i += chunk) {
            double sum = 0;
            int n = 0;
            for (int k = i; k < Math.min(xs.size(), i + chunk); k++) {
                sum += xs.get(k);
                n++;
            }
            out.add(sum / n);
        }
        return out;
    }
}

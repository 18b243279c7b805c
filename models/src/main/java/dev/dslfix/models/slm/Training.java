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

    /** Valid programs of one language (its train split). */
    public record Corpus(Language language, Map<String, String> programs) {
    }

    public static Result run(Language language, Map<String, String> programs, TrainOptions options, Device device, Path out,
                             Progress progress) throws IOException {
        return run(List.of(new Corpus(language, programs)), options, device, null, out, progress);
    }

    /**
     * @param corpora one language (its own model), or several (a transfer model with a shared
     *                vocabulary, id {@value SlmModel#TRANSFER})
     * @param from    a saved model to start from, or null for a new one: a model of the same
     *                language (e.g. a supervised checkpoint to try RL settings on), or a model
     *                with a shared vocabulary, which is adapted (its vocabulary grows by what the
     *                new data needs)
     */
    public static Result run(List<Corpus> corpora, TrainOptions options, Device device, Path from, Path out, Progress progress)
            throws IOException {
        if (corpora.isEmpty()) {
            throw new IllegalArgumentException("no corpus to train on");
        }
        Files.createDirectories(out);
        long t0 = System.nanoTime();
        List<TrainingPair> pairs = new ArrayList<>();
        List<Language> languages = new ArrayList<>();
        int programCount = 0;
        for (Corpus c : corpora) {
            pairs.addAll(TrainingData.corrupt(c.language(), c.programs(), options.perKind(), options.seed()));
            languages.add(c.language());
            programCount += c.programs().size();
        }
        Language single = languages.size() == 1 ? languages.get(0) : null;
        SlmModel model;
        if (from != null) {
            model = SlmModel.load(from, device, true);
            boolean same = single != null && model.languageId().equals(single.id());
            if (!same) {
                if (!model.encoder().vocab().shared()) {
                    String other = model.languageId();
                    model.close();
                    throw new IOException(from + " holds a model for '" + other + "' only; a model to adapt to "
                            + (single != null ? "'" + single.id() + "'" : "several languages") + " needs a shared vocabulary"
                            + " (train one with several languages)");
                }
                List<String> keys = TrainingData.vocabularyKeys(pairs, true);
                if (single != null) {
                    model = model.adaptedTo(single, keys, options.seed());
                } else {
                    for (Language l : languages) {
                        model = model.adaptedTo(l, keys, options.seed());
                    }
                    model = model.renamed(SlmModel.TRANSFER);
                }
            }
        } else if (single != null) {
            model = SlmModel.create(single, TrainingData.vocabularyKeys(pairs, false), options.model(), device, options.seed());
        } else {
            model = SlmModel.createShared(SlmModel.TRANSFER, TrainingData.vocabularyKeys(pairs, true),
                    TrainingData.literalUnion(languages), options.model(), device, options.seed());
        }
        TrainingData data = TrainingData.build(pairs, model.encoder(), options.seed());
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
            model.save(out.resolve("sft"), info(options, "sft", languages));
            long t2 = System.nanoTime();
            List<GrpoTrainer.StepMetrics> rl = data.rlPairs().isEmpty() || options.rlSteps() == 0 ? List.of()
                    : new GrpoTrainer(model, options).train(data.rlPairs(), logging);
            long rlMillis = (System.nanoTime() - t2) / 1_000_000;
            model.save(out, info(options, "sft+rl", languages));
            Files.writeString(out.resolve("curve.svg"), Curve.svg(losses, rl), StandardCharsets.UTF_8);
            return new Result(model, losses, rl, sftMillis, rlMillis, dataMillis, data.pairs().size(), data.examples().size(),
                    data.rlPairs().size(), programCount);
        }
    }

    private static JsonObject info(TrainOptions options, String stage, List<Language> languages) {
        JsonObject o = new JsonObject();
        o.addProperty("stage", stage);
        o.add("trainedOn", SlmModel.GSON.toJsonTree(languages.stream().map(Language::id).toList()));
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

package dev.dslfix.server.cli;

import dev.dslfix.lang.Language;
import dev.dslfix.models.corrupt.DataSplit;
import dev.dslfix.models.data.GrammarSampler;
import dev.dslfix.models.eval.EvalCase;
import dev.dslfix.models.eval.EvalReport;
import dev.dslfix.models.eval.EvalRunner;
import dev.dslfix.models.eval.EvalSet;
import dev.dslfix.models.eval.Metrics;
import dev.dslfix.models.slm.BundledModels;
import dev.dslfix.models.slm.ModelCard;
import dev.dslfix.models.slm.SlmModel;
import dev.dslfix.models.slm.TrainOptions;
import dev.dslfix.models.slm.Training;
import dev.dslfix.server.repair.RepairOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train a repair model for one language: supervised on generated errors, then RL with the checker",
                "and similarity as reward. Writes weights, configuration, vocabulary, metrics, a curve and MODEL_CARD.md."})
final class TrainCommand implements Callable<Integer> {
    @Mixin
    LanguageChoice languageChoice;

    @Option(names = "--languages", split = ",", paramLabel = "ID,ID",
            description = {"Train one transfer model on several built-in languages with a shared vocabulary (each on the train",
                    "split of test-fixtures/ID/valid); it repairs languages it was not trained on and is the start for adapting."})
    List<String> transferLanguages;

    @Option(names = "--scratch",
            description = "With --grammar: train a new model instead of adapting the transfer model (the default when one is found).")
    boolean scratch;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Output folder.")
    Path out;

    @Option(names = "--examples", paramLabel = "DIR", description = "Valid programs (its train split is used). Default: test-fixtures/LANGUAGE/valid.")
    Path examples;

    @Option(names = "--generated", defaultValue = "0",
            description = "Extra programs sampled from the grammar itself (for DSLs with few examples). Default: ${DEFAULT-VALUE}.")
    int generated;

    @Option(names = "--sft-steps", description = "Supervised steps (default 1500).")
    Integer sftSteps;

    @Option(names = "--rl-steps", description = "RL steps (default 100).")
    Integer rlSteps;

    @Option(names = "--rl-lr", paramLabel = "LR", description = "RL learning rate (default 1e-4).")
    Float rlLearningRate;

    @Option(names = "--rl-batch", paramLabel = "N", description = "Inputs per RL step (default 16), each with a group of 4 samples.")
    Integer rlBatch;

    @Option(names = "--kl", paramLabel = "BETA", description = "Weight of RL's KL penalty to the supervised policy (default 0.3).")
    Float klBeta;

    @Option(names = "--reward", defaultValue = "similarity", description = "similarity (SLMFix's mix) or checker (pass only: the ablation).")
    String reward;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of everything random. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--device", defaultValue = "auto", description = "auto, cpu or gpu. Default: ${DEFAULT-VALUE}.")
    String device;

    @Option(names = "--from", paramLabel = "DIR",
            description = {"Start from this saved model instead of a new one: the same language's (e.g. OUT/sft with --sft-steps 0",
                    "to try RL settings), or a transfer model, which is adapted to the language. With --grammar the default is",
                    "the transfer model in " + TRANSFER_DIR + ", else the one built into dslfix."})
    Path from;

    static final String TRANSFER_DIR = "models/trained/transfer";

    @Option(names = "--tiny", description = "A tiny model and a few steps: seconds, for trying the pipeline.")
    boolean tiny;

    @Option(names = "--skip-eval", description = "Do not evaluate on the held-out split (the card then has no table).")
    boolean skipEval;

    @Override
    public Integer call() throws IOException {
        if (transferLanguages != null && !transferLanguages.isEmpty()) {
            return new TransferTraining(this).call();
        }
        Language language;
        LanguageChoice.Resolved resolved;
        try {
            resolved = languageChoice.resolve();
            language = resolved.fixed().orElseThrow(() -> new UsageException("name the language: --language ID or --grammar G.g4 --start RULE"));
        } catch (UsageException e) {
            System.err.println("dslfix: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Path dir = examples != null ? examples : Path.of("test-fixtures", language.id(), "valid");
        if (!Files.isDirectory(dir)) {
            System.err.println("dslfix: no folder of valid programs at " + dir + " (use --examples DIR)");
            return ExitCodes.USAGE;
        }
        String extension = extension(language);
        Map<String, String> programs = trainSplit(dir, extension);
        if (programs.isEmpty()) {
            System.err.println("dslfix: no training programs in " + dir + " (the train split is empty)");
            return ExitCodes.USAGE;
        }
        int examplesCount = programs.size();
        if (generated > 0) {
            List<String> samples = new GrammarSampler(language, List.copyOf(programs.values()), seed).samples(generated, generated * 20);
            for (int i = 0; i < samples.size(); i++) {
                programs.put("generated-" + i, samples.get(i));
            }
            System.err.println("dslfix: " + samples.size() + " programs sampled from the grammar");
        }
        TrainOptions options;
        try {
            options = options();
        } catch (UsageException e) {
            System.err.println("dslfix: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Path start = from;
        boolean runtimeGrammar = languageChoice.grammars != null && !languageChoice.grammars.isEmpty();
        // How the start model is named in the log, the card and the eval row.
        String startName = start == null ? null : "the model in `" + start + "`";
        String startRow = start == null ? null : start.getFileName().toString();
        if (start == null && runtimeGrammar && !scratch) {
            boolean here = Files.isRegularFile(Path.of(TRANSFER_DIR, "weights.bin"));
            start = here ? Path.of(TRANSFER_DIR) : BundledModels.extract(SlmModel.TRANSFER);
            startName = here ? "the model in `" + TRANSFER_DIR + "`" : "the transfer model built into dslfix";
            startRow = SlmModel.TRANSFER;
            if (start == null) {
                System.err.println("dslfix: no transfer model found (" + TRANSFER_DIR + " or built in): training a new model");
            }
        }
        System.err.printf("dslfix: training a %s model on %d programs from %s (seed %d)%s%n", language.id(), programs.size(), dir, seed,
                start != null ? ", starting from " + startName : "");
        Training.Result result = Training.run(List.of(new Training.Corpus(language, programs)), options, SlmModel.device(device), start,
                out, new ProgressBar(System.err));
        String table = null;
        if (!skipEval) {
            System.err.println("dslfix: evaluating on the held-out split");
            RepairOptions repair = resolved.config().repair();
            List<EvalCase> cases = EvalSet.build(language, dir, extension, seed, 1);
            try (EvalSystems systems = new EvalSystems(language, repair)) {
                systems.withModel("SFT", out.resolve("sft"), language, repair, false);
                systems.withModel("SFT+RL", out, language, repair, true);
                if (start != null) {
                    // The model before adapting: how much the few examples bought.
                    systems.withModel("start model, " + startRow, start, language, repair, true);
                }
                Map<String, List<Metrics.Outcome>> results = new EvalRunner(language, repair.top()).run(cases, systems.list(), m -> { });
                table = EvalReport.markdown("held-out evaluation (seed " + seed + ", 1 per kind)", cases, results, repair.top());
            }
            System.out.print(table);
        }
        String command = "java -jar server/target/dslfix.jar train"
                + (languageChoice.grammars == null ? " --language " + language.id() : "") + " --out " + out
                + (generated > 0 ? " --generated " + generated : "") + (tiny ? " --tiny" : "")
                + (languageChoice.grammars != null ? languageChoice.grammars.stream().map(g -> " --grammar " + g).reduce("", String::concat)
                        + " --start " + languageChoice.start + " --examples " + dir : "")
                + (from != null ? " --from " + from : "") + (scratch ? " --scratch" : "") + (sftSteps != null ? " --sft-steps " + sftSteps : "")
                + rlFlags()
                + (reward.equals("checker") ? " --reward checker" : "") + " --seed " + seed;
        String data = (start != null ? "Started from " + startName + ", adapted to this language. " : "")
                + "Valid programs: the train split of `" + dir + "` (" + examplesCount + " files)"
                + (generated > 0 ? " and " + (programs.size() - examplesCount) + " programs sampled from the grammar" : "")
                + "; errors from the shared generator (" + options.perKind() + " per program and error kind).";
        Files.writeString(out.resolve("MODEL_CARD.md"), ModelCard.markdown(language.id(), result, options, command, data, table),
                StandardCharsets.UTF_8);
        result.model().close();
        System.err.println("dslfix: wrote " + out.resolve("MODEL_CARD.md"));
        return ExitCodes.OK;
    }

    /** The RL options given, as they are written on the command line (for the card's command). */
    String rlFlags() {
        return (rlSteps != null ? " --rl-steps " + rlSteps : "") + (rlBatch != null ? " --rl-batch " + rlBatch : "")
                + (rlLearningRate != null ? " --rl-lr " + rlLearningRate : "") + (klBeta != null ? " --kl " + klBeta : "");
    }

    /** The options from --tiny, --sft-steps, --rl-steps, --rl-batch, --rl-lr, --kl and --reward. */
    TrainOptions options() throws UsageException {
        TrainOptions options = tiny ? TrainOptions.tiny(seed) : TrainOptions.defaults(seed);
        options = options.withSteps(sftSteps != null ? sftSteps : options.sftSteps(), rlSteps != null ? rlSteps : options.rlSteps());
        if (rlLearningRate != null || klBeta != null) {
            if (rlLearningRate != null && !(rlLearningRate > 0) || klBeta != null && !(klBeta >= 0)) {
                throw new UsageException("--rl-lr must be positive and --kl not negative");
            }
            options = options.withRl(rlLearningRate != null ? rlLearningRate : options.rlLearningRate(), klBeta != null ? klBeta : options.klBeta());
        }
        if (rlBatch != null) {
            if (rlBatch < 1) {
                throw new UsageException("--rl-batch must be at least 1");
            }
            options = options.withRlBatch(rlBatch);
        }
        if (reward.equals("checker")) {
            return options.withReward(TrainOptions.Reward.PASS_ONLY);
        }
        if (!reward.equals("similarity")) {
            throw new UsageException("--reward must be similarity or checker");
        }
        return options;
    }

    static String extension(Language language) {
        return language.fileExtensions().isEmpty() ? "" : language.fileExtensions().get(0);
    }

    /** The train split of a folder of valid programs, by file name. */
    static Map<String, String> trainSplit(Path dir, String extension) throws IOException {
        Map<String, String> programs = new TreeMap<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path p : s.sorted().toList()) {
                String name = p.getFileName().toString();
                if (Files.isRegularFile(p) && name.endsWith(extension) && DataSplit.isTrain(name)) {
                    programs.put(name, Files.readString(p, StandardCharsets.UTF_8));
                }
            }
        }
        return programs;
    }
}

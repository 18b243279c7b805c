package dev.dslfix.server.cli;

import dev.dslfix.lang.Language;
import dev.dslfix.models.eval.EvalCase;
import dev.dslfix.models.eval.EvalReport;
import dev.dslfix.models.eval.EvalRunner;
import dev.dslfix.models.eval.EvalSet;
import dev.dslfix.models.eval.Metrics;
import dev.dslfix.models.slm.ModelCard;
import dev.dslfix.models.slm.SlmModel;
import dev.dslfix.models.slm.TrainOptions;
import dev.dslfix.models.slm.Training;
import dev.dslfix.server.repair.RepairOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code train --languages A,B}: one model for several built-in languages with a shared
 * vocabulary, evaluated on each one's held-out split. Leaving a language out of the list gives the
 * model for its zero-shot row; the model is also where adapting to a new grammar starts.
 */
final class TransferTraining {
    private final TrainCommand c;

    TransferTraining(TrainCommand command) {
        this.c = command;
    }

    Integer call() throws IOException {
        LanguageChoice.Resolved resolved;
        TrainOptions options;
        List<Language> languages = new ArrayList<>();
        try {
            if (c.languageChoice.language != null || c.languageChoice.grammars != null || c.examples != null || c.generated > 0) {
                throw new UsageException("--languages trains on the built-in languages' fixtures: it takes no --language, --grammar,"
                        + " --examples or --generated");
            }
            resolved = c.languageChoice.resolve();
            for (String id : c.transferLanguages) {
                Language l = resolved.registry().byId(id).orElseThrow(() -> new UsageException("unknown language '" + id + "'"));
                if (languages.contains(l)) {
                    throw new UsageException("'" + id + "' is listed twice");
                }
                languages.add(l);
            }
            if (languages.size() < 2) {
                throw new UsageException("--languages needs at least two languages (one language: --language ID)");
            }
            options = c.options();
        } catch (UsageException e) {
            System.err.println("dslfix: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        List<Training.Corpus> corpora = new ArrayList<>();
        StringBuilder data = new StringBuilder("Valid programs: the train splits of ");
        for (Language l : languages) {
            Path dir = dir(l);
            Map<String, String> programs = TrainCommand.trainSplit(dir, TrainCommand.extension(l));
            if (programs.isEmpty()) {
                System.err.println("dslfix: no training programs in " + dir);
                return ExitCodes.USAGE;
            }
            corpora.add(new Training.Corpus(l, programs));
            data.append(corpora.size() > 1 ? ", " : "").append('`').append(dir).append("` (").append(programs.size()).append(" files)");
        }
        data.append("; errors from the shared generator (").append(options.perKind()).append(" per program and error kind).")
                .append(" One shared vocabulary: fixed tokens by their text, other tokens by their class.");
        System.err.printf("dslfix: training a transfer model on %s (seed %d)%n", String.join(", ", c.transferLanguages), c.seed);
        Training.Result result = Training.run(corpora, options, SlmModel.device(c.device), c.from, c.out, new ProgressBar(System.err));
        StringBuilder tables = new StringBuilder();
        if (!c.skipEval) {
            RepairOptions repair = resolved.config().repair();
            for (Language l : languages) {
                System.err.println("dslfix: evaluating on the held-out split of " + l.id());
                List<EvalCase> cases = EvalSet.build(l, dir(l), TrainCommand.extension(l), c.seed, 1);
                try (EvalSystems systems = new EvalSystems(l, repair)) {
                    systems.withModel("SFT", c.out.resolve("sft"), l, repair, false);
                    systems.withModel("SFT+RL", c.out, l, repair, true);
                    Map<String, List<Metrics.Outcome>> results = new EvalRunner(l, repair.top()).run(cases, systems.list(), m -> { });
                    tables.append(EvalReport.markdown(l.id() + " held-out evaluation (seed " + c.seed + ", 1 per kind)", cases, results,
                            repair.top())).append('\n');
                }
            }
            System.out.print(tables);
        }
        String command = "java -jar server/target/dslfix.jar train --languages " + String.join(",", c.transferLanguages) + " --out " + c.out
                + (c.tiny ? " --tiny" : "") + (c.sftSteps != null ? " --sft-steps " + c.sftSteps : "")
                + c.rlFlags() + " --seed " + c.seed;
        Files.writeString(c.out.resolve("MODEL_CARD.md"), ModelCard.markdown(SlmModel.TRANSFER + " (" + String.join(", ", c.transferLanguages) + ")",
                result, options, command, data.toString(), c.skipEval ? null : tables.toString()), StandardCharsets.UTF_8);
        result.model().close();
        System.err.println("dslfix: wrote " + c.out.resolve("MODEL_CARD.md"));
        return ExitCodes.OK;
    }

    private static Path dir(Language l) {
        return Path.of("test-fixtures", l.id(), "valid");
    }
}

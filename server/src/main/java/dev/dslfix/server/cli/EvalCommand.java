package dev.dslfix.server.cli;

import dev.dslfix.lang.Language;
import dev.dslfix.models.eval.EvalCase;
import dev.dslfix.models.eval.EvalReport;
import dev.dslfix.models.eval.EvalRunner;
import dev.dslfix.models.eval.Metrics;
import dev.dslfix.server.repair.RepairOptions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = {"Benchmark repair on held-out programs with generated errors: a markdown table of pass@1, pass@k,",
                "exact@1, similarity, drift and latency for every system in the same run (identity, the parser's own",
                "recovery, search), overall, per error kind and by document size."})
final class EvalCommand implements Callable<Integer> {
    @Mixin
    EvalCaseOptions caseOptions;

    @Option(names = "--per-kind", defaultValue = "3", description = "Corruptions per program and error kind. Default: ${DEFAULT-VALUE}.")
    int perKind;

    @Option(names = "--top", defaultValue = "5", description = "k of pass@k. Default: ${DEFAULT-VALUE}.")
    int k;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the report to this file.")
    Path out;

    @Option(names = "--model", paramLabel = "DIR",
            description = "A trained model (dslfix train --out DIR): adds rows for its SFT stage, the final model, and model + search.")
    Path model;

    @Option(names = "--slowest", defaultValue = "0", paramLabel = "N",
            description = "Also list each system's N slowest cases (program, error kind, lines, ms) on stderr.")
    int slowest;

    @Option(names = "--ablation", paramLabel = "DIR", description = "A model trained with the checker-only reward, for its own row.")
    Path ablation;

    @Option(names = "--also", paramLabel = "NAME=DIR",
            description = {"Another model for rows of its own (model only, and model + search), e.g. in-domain=models/trained/sql",
                    "zero-shot=DIR: a transfer model on a language it was not trained on. Repeatable."})
    Map<String, Path> also = new java.util.LinkedHashMap<>();

    @Override
    public Integer call() throws IOException {
        EvalInputs inputs;
        try {
            inputs = caseOptions.load(perKind);
        } catch (UsageException e) {
            System.err.println("dslfix: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        Language language = inputs.language();
        LanguageChoice.Resolved resolved = inputs.resolved();
        List<EvalCase> cases = inputs.cases();
        System.err.println("dslfix: " + cases.size() + " cases; running every system on each");
        RepairOptions options = resolved.config().repair().withTop(k);
        String report;
        try (EvalSystems systems = new EvalSystems(language, options)) {
            if (model != null) {
                if (java.nio.file.Files.isDirectory(model.resolve("sft"))) {
                    systems.withModel("SFT", model.resolve("sft"), language, options, false);
                }
                systems.withModel("SFT+RL", model, language, options, true);
            }
            for (Map.Entry<String, Path> e : also.entrySet()) {
                systems.withModel(e.getKey(), e.getValue(), language, options, true);
            }
            if (ablation != null) {
                systems.withModel("checker-only reward", ablation, language, options, false);
            }
            Map<String, List<Metrics.Outcome>> results = new EvalRunner(language, k).run(cases, systems.list(), m -> System.err.println("dslfix: " + m));
            if (slowest > 0) {
                results.forEach((system, outcomes) -> {
                    System.err.println("dslfix: slowest cases of " + system + ":");
                    java.util.stream.IntStream.range(0, outcomes.size()).boxed()
                            .sorted(java.util.Comparator.comparingLong((Integer i) -> -outcomes.get(i).nanos())).limit(slowest)
                            .forEach(i -> System.err.printf(java.util.Locale.ROOT, "  %8.1f ms  %4d lines  %-20s %s%n",
                                    outcomes.get(i).nanos() / 1e6, outcomes.get(i).lines(), cases.get(i).kind().id(), cases.get(i).source()));
                });
            }
            report = EvalReport.markdown("dslfix eval: " + language.id() + " (seed " + caseOptions.seed + ", " + perKind + " per kind)", cases, results, k);
        } catch (IOException e) {
            // A model that is missing, corrupt or for another language: say which, no stack trace.
            System.err.println("dslfix: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        System.out.print(report);
        if (out != null) {
            Files.writeString(out, report, StandardCharsets.UTF_8);
        }
        return ExitCodes.OK;
    }
}

package dev.dslfix.server.cli;

import dev.dslfix.lang.Cancellation;
import dev.dslfix.lang.Language;
import dev.dslfix.models.eval.EvalCase;
import dev.dslfix.models.eval.EvalReport;
import dev.dslfix.models.eval.EvalRunner;
import dev.dslfix.models.eval.EvalSet;
import dev.dslfix.models.eval.Metrics;
import dev.dslfix.models.eval.Repairer;
import dev.dslfix.server.repair.Candidate;
import dev.dslfix.server.repair.RepairEngine;
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
    LanguageChoice languageChoice;

    @Option(names = "--examples", paramLabel = "DIR",
            description = "Valid programs of the language (its eval split is used). Default: test-fixtures/LANGUAGE/valid.")
    Path examples;

    @Option(names = "--per-kind", defaultValue = "3", description = "Corruptions per program and error kind. Default: ${DEFAULT-VALUE}.")
    int perKind;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the error generator. Default: ${DEFAULT-VALUE}.")
    long seed;

    @Option(names = "--top", defaultValue = "5", description = "k of pass@k. Default: ${DEFAULT-VALUE}.")
    int k;

    @Option(names = "--out", paramLabel = "FILE", description = "Also write the report to this file.")
    Path out;

    @Override
    public Integer call() throws IOException {
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
        String extension = language.fileExtensions().isEmpty() ? "" : language.fileExtensions().get(0);
        List<EvalCase> cases = EvalSet.build(language, dir, extension, seed, perKind);
        if (cases.isEmpty()) {
            System.err.println("dslfix: no evaluation cases: the eval split of " + dir + " is empty or nothing could be corrupted");
            return ExitCodes.USAGE;
        }
        System.err.println("dslfix: " + cases.size() + " cases; running every system on each");
        RepairEngine engine = new RepairEngine();
        RepairOptions options = resolved.config().repair().withTop(k);
        List<Repairer> systems = List.of(
                repairer("identity (no repair)", text -> List.of(text)),
                repairer("parser recovery (ANTLR)", text -> List.of(language.parserRecovery(text))),
                repairer("search", text -> engine.repair(language, text, options, Cancellation.NONE).candidates().stream().map(Candidate::text).toList()));
        Map<String, List<Metrics.Outcome>> results = new EvalRunner(language, k).run(cases, systems, m -> System.err.println("dslfix: " + m));
        String report = EvalReport.markdown("dslfix eval: " + language.id() + " (seed " + seed + ", " + perKind + " per kind)", cases, results, k);
        System.out.print(report);
        if (out != null) {
            Files.writeString(out, report, StandardCharsets.UTF_8);
        }
        return ExitCodes.OK;
    }

    private static Repairer repairer(String name, java.util.function.Function<String, List<String>> f) {
        return new Repairer() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public List<String> repair(String broken) {
                return f.apply(broken);
            }
        };
    }
}

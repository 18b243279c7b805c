package dev.dslfix.server.cli;

import dev.dslfix.models.eval.DocumentSizes;
import dev.dslfix.models.eval.Repairer;
import dev.dslfix.server.bench.RepairBenchmark;
import dev.dslfix.server.repair.RepairOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "repair", mixinStandardHelpOptions = true,
        description = {"Repair latency on the eval cases of a language (held-out programs with generated errors):",
                "the parser's own recovery (one parse), search, the model alone and model + search, each case run",
                "several times; p50 / p95 of the per-case medians by document size, and each p95 as a multiple of",
                "the parser's."})
final class RepairBenchCommand implements Callable<Integer> {
    private static final String BASELINE = "parser recovery (ANTLR)";

    @Mixin
    EvalCaseOptions caseOptions;

    @Option(names = "--per-kind", defaultValue = "1", description = "Corruptions per program and error kind. Default: ${DEFAULT-VALUE}.")
    int perKind;

    @Option(names = "--repeat", defaultValue = "5", description = "Timed runs per case and system. Default: ${DEFAULT-VALUE}.")
    int repeat;

    @Option(names = "--warmup", defaultValue = "1", description = "Untimed rounds over all cases first (JIT). Default: ${DEFAULT-VALUE}.")
    int warmup;

    @Option(names = "--model", paramLabel = "DIR",
            description = "A trained model for the model rows. Default: models/trained/LANGUAGE when it exists, else no model rows.")
    Path model;

    @Option(names = "--min-lines", defaultValue = "0", paramLabel = "N",
            description = "Only cases whose program has at least N lines (e.g. 151 for the 300-line target). Default: ${DEFAULT-VALUE}.")
    int minLines;

    @Option(names = "--slowest", defaultValue = "0", paramLabel = "N",
            description = "Also list each system's N slowest cases (program, error kind, lines, ms) on stderr.")
    int slowest;

    @Override
    public Integer call() throws IOException {
        EvalInputs inputs;
        try {
            if (repeat < 1 || warmup < 0) {
                throw new UsageException("--repeat must be at least 1 and --warmup at least 0");
            }
            inputs = caseOptions.load(perKind);
        } catch (UsageException e) {
            System.err.println("dslfix: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        var cases = inputs.cases().stream().filter(c -> DocumentSizes.lines(c) >= minLines).toList();
        if (cases.isEmpty()) {
            System.err.println("dslfix: no case has a program of " + minLines + " lines or more");
            return ExitCodes.USAGE;
        }
        Path dir = model != null ? model : Path.of("models", "trained", inputs.language().id());
        RepairOptions options = inputs.resolved().config().repair();
        try (EvalSystems systems = new EvalSystems(inputs.language(), options)) {
            if (model != null || Files.isDirectory(dir)) {
                systems.withModel(dir.getFileName().toString(), dir, inputs.language(), options, true);
            } else {
                System.err.println("dslfix: no model at " + dir + "; model rows skipped (use --model DIR)");
            }
            List<Repairer> timed = systems.list().stream().filter(s -> !s.name().startsWith("identity")).toList();
            if (!timed.get(0).name().equals(BASELINE)) {
                throw new IllegalStateException("the first system should be the parser's recovery, not " + timed.get(0).name());
            }
            new RepairBenchmark(repeat, warmup, System.out).run("dslfix bench repair: " + inputs.language().id()
                    + " (seed " + caseOptions.seed + ", " + perKind + " per kind" + (minLines > 0 ? ", programs of " + minLines + "+ lines" : "") + ")", cases, timed, slowest, System.err);
        } catch (IOException e) {
            System.err.println("dslfix: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        return ExitCodes.OK;
    }
}

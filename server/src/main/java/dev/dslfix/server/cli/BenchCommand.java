package dev.dslfix.server.cli;

import dev.dslfix.server.bench.DiagnosticsBenchmark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "bench", mixinStandardHelpOptions = true, subcommands = RepairBenchCommand.class,
        description = {"Benchmarks that print numbers with their baselines in the same run.",
                "Without a subcommand, diagnostics: latency after a one-character edit (lex floor, parse, full check, LSP end to end).",
                "bench repair: repair latency on a language's eval cases (see bench repair --help)."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--lines", defaultValue = "2000", description = "Size of the generated documents. Default: ${DEFAULT-VALUE}.")
    int lines;

    @Option(names = "--iterations", defaultValue = "300", description = "Measured edits per row. Default: ${DEFAULT-VALUE}.")
    int iterations;

    @Option(names = "--warmup", defaultValue = "100", description = "Unmeasured edits first (JIT). Default: ${DEFAULT-VALUE}.")
    int warmup;

    @Option(names = "--calc-grammar", paramLabel = "G.g4", defaultValue = "test-fixtures/grammars/calc/Calc.g4",
            description = "Run-time grammar for the second document. Default: ${DEFAULT-VALUE}.")
    Path calcGrammar;

    @Option(names = "--fixtures", paramLabel = "DIR", defaultValue = "test-fixtures",
            description = "Fixtures whose valid playbooks and scripts make the playbook and shell documents. Default: ${DEFAULT-VALUE}.")
    Path fixtures;

    @Override
    public Integer call() throws Exception {
        Path grammar = Files.isRegularFile(calcGrammar) ? calcGrammar : null;
        if (grammar == null) {
            System.err.println("dslfix: " + calcGrammar + " not found; run-time grammar rows skipped (run from the repository root)");
        }
        System.out.printf("dslfix bench diagnostics: %d lines, %d measured edits after %d warm-up, %d CPU(s), Java %s%n%n",
                lines, iterations, warmup, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        Path fixtureDir = Files.isDirectory(fixtures.resolve("shell/valid")) ? fixtures : null;
        if (fixtureDir == null) {
            System.err.println("dslfix: " + fixtures + " has no shell/valid; playbook and shell rows skipped (run from the repository root)");
        }
        new DiagnosticsBenchmark(lines, iterations, warmup, System.out).run(grammar, fixtureDir);
        return ExitCodes.OK;
    }
}

package dev.dslfix.server.cli;

import dev.dslfix.lang.DeepStack;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "dslfix", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Checks and repairs code in domain-specific languages.",
        subcommands = {CheckCommand.class, RepairCommand.class, TrainCommand.class, EvalCommand.class, ServeCommand.class, BenchCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required (check, serve, ...)");
    }

    public static void main(String[] args) {
        // Models are trained here and bundled: the engine must never try to download anything.
        if (System.getProperty("ai.djl.offline") == null) {
            System.setProperty("ai.djl.offline", "true");
        }
        boolean training = args.length > 0 && args[0].equals("train");
        if (!training && System.getProperty(TORCH_THREADS) == null) {
            System.setProperty(TORCH_THREADS, "1");
        }
        System.exit(run(args));
    }

    /**
     * PyTorch's intra-op thread count, read when the engine starts. Repair runs the small network
     * on a few short windows at a time: with one thread a SQL eval runs 1.7x faster than with two
     * on this 2-core machine (hand-offs between threads cost more than the arithmetic they share),
     * with identical outputs. Training keeps PyTorch's default: the thread count changes how float
     * sums are split, hence the weights, and the shipped models were trained with the default.
     */
    private static final String TORCH_THREADS = "ai.djl.pytorch.num_threads";

    /** Runs a command line and returns its exit code (tests call this instead of main). */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            commandLine.getErr().println("dslfix: internal error: " + e);
            e.printStackTrace(commandLine.getErr());
            return ExitCodes.USAGE;
        });
        // Commands parse and walk trees recursively: run them on a large stack.
        return DeepStack.call(() -> cli.execute(args));
    }
}

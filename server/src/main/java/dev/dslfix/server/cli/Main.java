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
        System.exit(run(args));
    }

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

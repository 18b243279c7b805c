package dev.dslfix.server.cli;

import dev.dslfix.server.lsp.ServerLauncher;
import java.io.FileOutputStream;
import java.io.FileDescriptor;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Run the language server: LSP over stdin/stdout, or over a TCP port on 127.0.0.1 with --port.",
                "Logs go to stderr. The workspace's dslfix.json and the client's initializationOptions configure it."})
final class ServeCommand implements Callable<Integer> {
    @Option(names = "--port", paramLabel = "N", description = "Listen on this loopback TCP port instead of stdio (0 picks a free one).")
    Integer port;

    @Option(names = "--stdio", description = "Use stdin/stdout (the default; accepted because some clients pass it).")
    boolean stdio;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (port != null) {
            if (port < 0 || port > 65535) {
                System.err.println("dslfix: --port must be between 0 and 65535");
                return ExitCodes.USAGE;
            }
            ServerLauncher.serveTcp(port);
            return ExitCodes.OK;
        }
        // stdout carries the protocol: nothing else may write to it, so System.out becomes stderr.
        OutputStream protocolOut = new FileOutputStream(FileDescriptor.out);
        InputStream protocolIn = System.in;
        System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true));
        int code = ServerLauncher.serve(protocolIn, protocolOut, true);
        System.exit(code);
        return code;
    }
}

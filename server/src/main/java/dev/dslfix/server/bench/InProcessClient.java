package dev.dslfix.server.bench;

import dev.dslfix.server.lsp.ServerLauncher;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/** A JSON-RPC client and the dslfix server in one process, joined by pipes: the wire path without the OS. */
final class InProcessClient implements AutoCloseable {
    final BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
    final LanguageServer server;
    private final PipedOutputStream clientOut;
    private final Thread serverThread;

    InProcessClient(Object initializationOptions) throws Exception {
        PipedInputStream serverIn = new PipedInputStream(1 << 22);
        clientOut = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 22);
        PipedOutputStream serverOut = new PipedOutputStream(clientIn);
        serverThread = new Thread(() -> ServerLauncher.serve(serverIn, serverOut, false), "bench-server");
        serverThread.setDaemon(true);
        serverThread.start();
        LanguageClient client = new LanguageClient() {
            @Override
            public void telemetryEvent(Object object) {
            }

            @Override
            public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
                published.add(diagnostics);
            }

            @Override
            public void showMessage(MessageParams messageParams) {
                System.err.println(messageParams.getMessage());
            }

            @Override
            public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
                return CompletableFuture.completedFuture(null);
            }

            @Override
            public void logMessage(MessageParams message) {
            }
        };
        Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, clientIn, clientOut);
        launcher.startListening();
        server = launcher.getRemoteProxy();
        InitializeParams params = new InitializeParams();
        params.setCapabilities(new ClientCapabilities());
        params.setInitializationOptions(initializationOptions);
        server.initialize(params).get(30, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
    }

    PublishDiagnosticsParams awaitVersion(int version) throws InterruptedException {
        while (true) {
            PublishDiagnosticsParams p = published.poll(30, TimeUnit.SECONDS);
            if (p == null) {
                throw new IllegalStateException("no diagnostics for version " + version);
            }
            if (p.getVersion() != null && p.getVersion() == version) {
                return p;
            }
        }
    }

    @Override
    public void close() throws IOException, InterruptedException {
        try {
            server.shutdown().get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            // closing anyway
        }
        clientOut.close();
        serverThread.join(2000);
    }
}

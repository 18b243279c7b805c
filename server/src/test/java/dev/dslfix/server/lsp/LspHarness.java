package dev.dslfix.server.lsp;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DiagnosticCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * A real LSP4J client wired to a real server over piped streams, both in this JVM: what the
 * tests see is exactly what an editor would see on the wire.
 */
final class LspHarness implements AutoCloseable {
    final BlockingQueue<PublishDiagnosticsParams> published = new LinkedBlockingQueue<>();
    final BlockingQueue<MessageParams> messages = new LinkedBlockingQueue<>();
    final BlockingQueue<ModelStatus> modelStatuses = new LinkedBlockingQueue<>();
    final LanguageServer server;
    /** Raw access to the stream the server reads, for malformed input. */
    final OutputStream toServer;
    private final Thread serverThread;
    private final PipedOutputStream clientOut;

    LspHarness() throws IOException {
        PipedInputStream serverIn = new PipedInputStream(1 << 20);
        clientOut = new PipedOutputStream(serverIn);
        PipedInputStream clientIn = new PipedInputStream(1 << 20);
        PipedOutputStream serverOut = new PipedOutputStream(clientIn);
        toServer = clientOut;
        serverThread = new Thread(() -> ServerLauncher.serve(serverIn, serverOut, false), "test-server");
        serverThread.setDaemon(true);
        serverThread.start();
        DslfixClient client = new DslfixClient() {
            @Override
            public void modelStatus(ModelStatus status) {
                modelStatuses.add(status);
            }

            @Override
            public void telemetryEvent(Object object) {
            }

            @Override
            public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
                published.add(diagnostics);
            }

            @Override
            public void showMessage(MessageParams messageParams) {
                messages.add(messageParams);
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
    }

    InitializeResult initialize(boolean pullDiagnostics, Object initializationOptions, String rootUri) throws Exception {
        InitializeParams params = new InitializeParams();
        ClientCapabilities caps = new ClientCapabilities();
        TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
        if (pullDiagnostics) {
            text.setDiagnostic(new DiagnosticCapabilities());
        }
        caps.setTextDocument(text);
        params.setCapabilities(caps);
        params.setInitializationOptions(initializationOptions);
        if (rootUri != null) {
            params.setWorkspaceFolders(List.of(new org.eclipse.lsp4j.WorkspaceFolder(rootUri, "root")));
        }
        InitializeResult result = server.initialize(params).get(10, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
        return result;
    }

    void open(String uri, String languageId, int version, String text) {
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, languageId, version, text)));
    }

    /** The next diagnostics published for {@code uri} that satisfy {@code test}; others are skipped. */
    PublishDiagnosticsParams awaitDiagnostics(String uri, Predicate<PublishDiagnosticsParams> test) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        List<PublishDiagnosticsParams> seen = new ArrayList<>();
        while (System.nanoTime() < deadline) {
            PublishDiagnosticsParams p = published.poll(100, TimeUnit.MILLISECONDS);
            if (p == null) {
                continue;
            }
            seen.add(p);
            if (p.getUri().equals(uri) && test.test(p)) {
                return p;
            }
        }
        throw new AssertionError("no matching diagnostics for " + uri + "; saw " + seen);
    }

    void sendRaw(String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        synchronized (clientOut) {
            clientOut.write(("Content-Length: " + bytes.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            clientOut.write(bytes);
            clientOut.flush();
        }
    }

    @Override
    public void close() throws Exception {
        try {
            // Generous: on a loaded 2-core machine (CI beside an evaluation) the answer once took over 5 s.
            server.shutdown().get(20, TimeUnit.SECONDS);
            server.exit();
        } finally {
            clientOut.close();
            serverThread.join(5000);
        }
    }
}

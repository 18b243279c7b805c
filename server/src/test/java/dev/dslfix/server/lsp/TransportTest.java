package dev.dslfix.server.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;

/** The real transports: a loopback TCP port, and stdio of a separate server process. */
class TransportTest {

    @Test
    void tcpOnLoopbackServesAClient() throws Exception {
        try (ServerLauncher.TcpServer tcp = ServerLauncher.listen(0);
             Socket socket = new Socket(InetAddress.getLoopbackAddress(), tcp.port())) {
            CompletableFuture<PublishDiagnosticsParams> published = new CompletableFuture<>();
            Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(new Client(published), socket.getInputStream(), socket.getOutputStream());
            launcher.startListening();
            LanguageServer server = launcher.getRemoteProxy();
            InitializeParams init = new InitializeParams();
            init.setCapabilities(new ClientCapabilities());
            server.initialize(init).get(10, TimeUnit.SECONDS);
            server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(
                    new TextDocumentItem("file:///x.sql", "sql", 1, "SELECT (1;")));
            assertEquals(1, published.get(10, TimeUnit.SECONDS).getDiagnostics().size());
            server.shutdown().get(5, TimeUnit.SECONDS);
            assertTrue(tcp.socket().getInetAddress().isLoopbackAddress());
        }
    }

    @Test
    void stdioProcessKeepsStdoutForTheProtocolAndExitsCleanly() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                "dev.dslfix.server.cli.Main", "serve").start();
        // stderr is read as it comes: a server blocked on a full stderr pipe could not exit.
        CompletableFuture<String> stderr = CompletableFuture.supplyAsync(() -> {
            try {
                return new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                return e.toString();
            }
        });
        OutputStream in = process.getOutputStream();
        send(in, "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"capabilities\":{}}}");
        send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"initialized\",\"params\":{}}");
        send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":"
                + "{\"uri\":\"file:///a.sql\",\"languageId\":\"sql\",\"version\":1,\"text\":\"SELECT nope FROM;\"}}}");
        List<JsonObject> messages = new ArrayList<>();
        InputStream out = process.getInputStream();
        while (messages.stream().noneMatch(m -> "textDocument/publishDiagnostics".equals(str(m, "method")))) {
            messages.add(read(out));
        }
        send(in, "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"shutdown\"}");
        while (messages.stream().noneMatch(m -> m.has("id") && m.get("id").getAsInt() == 2)) {
            messages.add(read(out));
        }
        send(in, "{\"jsonrpc\":\"2.0\",\"method\":\"exit\"}");
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("server did not exit; stderr: " + stderr.get(5, TimeUnit.SECONDS));
        }
        assertEquals(0, process.exitValue());
        // Everything on stdout was a well-formed LSP message; the logs went to stderr.
        assertEquals("dslfix", messages.get(0).getAsJsonObject("result").getAsJsonObject("serverInfo").get("name").getAsString());
        String err = stderr.get(10, TimeUnit.SECONDS);
        assertTrue(err.contains("exit requested"), err);
    }

    private static String str(JsonObject o, String key) {
        return o.has(key) ? o.get(key).getAsString() : null;
    }

    private static void send(OutputStream out, String json) throws Exception {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        out.write(("Content-Length: " + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.write(body);
        out.flush();
    }

    /** One framed message; fails the test if stdout holds anything else. */
    private static JsonObject read(InputStream in) throws Exception {
        ByteArrayOutputStream header = new ByteArrayOutputStream();
        while (!header.toString(StandardCharsets.US_ASCII).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                throw new AssertionError("stdout ended; header so far: " + header);
            }
            header.write(b);
        }
        String h = header.toString(StandardCharsets.US_ASCII);
        assertTrue(h.startsWith("Content-Length: "), "not an LSP header on stdout: " + h);
        int length = Integer.parseInt(h.substring("Content-Length: ".length(), h.indexOf("\r\n")).trim());
        byte[] body = in.readNBytes(length);
        return JsonParser.parseString(new String(body, StandardCharsets.UTF_8)).getAsJsonObject();
    }

    private record Client(CompletableFuture<PublishDiagnosticsParams> published) implements LanguageClient {
        @Override
        public void telemetryEvent(Object object) {
        }

        @Override
        public void publishDiagnostics(PublishDiagnosticsParams diagnostics) {
            published.complete(diagnostics);
        }

        @Override
        public void showMessage(MessageParams messageParams) {
        }

        @Override
        public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams requestParams) {
            return CompletableFuture.completedFuture(null);
        }

        @Override
        public void logMessage(MessageParams message) {
        }
    }
}

package dev.dslfix.server.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.TextDocumentItem;
import org.junit.jupiter.api.Test;

/** The exit notification ends the server only once no model is loading: native teardown at process exit can hang on one that is. */
class ExitTest {
    @Test
    void exitRightAfterOpeningADocumentWaitsForTheModelLoadItStarted() throws Exception {
        List<Boolean> settledAtExit = new CopyOnWriteArrayList<>();
        List<Integer> codes = new CopyOnWriteArrayList<>();
        DslfixLanguageServer[] holder = new DslfixLanguageServer[1];
        DslfixLanguageServer server = new DslfixLanguageServer(code -> {
            codes.add(code);
            settledAtExit.add(holder[0].modelsSettled());
        });
        holder[0] = server;
        server.connect((DslfixClient) Proxy.newProxyInstance(DslfixClient.class.getClassLoader(), new Class<?>[] {DslfixClient.class},
                (proxy, method, args) -> method.getName().equals("toString") ? "client" : null));
        InitializeParams params = new InitializeParams();
        params.setCapabilities(new ClientCapabilities());
        server.initialize(params).get(10, TimeUnit.SECONDS);
        server.initialized(new InitializedParams());
        // Opening a SQL document starts loading the bundled SQL model in the background (seconds).
        server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem("file:///a.sql", "sql", 1, "SELECT FROM;")));
        server.shutdown().get(5, TimeUnit.SECONDS);
        server.exit();
        assertEquals(List.of(0), codes);
        assertEquals(List.of(true), settledAtExit, "exit went ahead while a model was loading or closing");
    }
}

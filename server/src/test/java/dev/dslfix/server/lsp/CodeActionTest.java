package dev.dslfix.server.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dslfix.lang.SourceText;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionCapabilities;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.CodeActionResolveSupportCapabilities;
import org.eclipse.lsp4j.CodeActionTriggerKind;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;

class CodeActionTest {
    private static final String URI = "file:///work/demo/report.sql";
    private static final String BROKEN = "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT, email TEXT);\n"
            + "SELECT name, emial FROM users;\n"
            + "SELECT name FROM users WHERE (id > 3;\n";

    /** A client as VS Code is: versioned document changes, optionally resolve support. */
    private static void initialize(LspHarness lsp, boolean resolve) throws Exception {
        InitializeParams params = new InitializeParams();
        ClientCapabilities caps = new ClientCapabilities();
        TextDocumentClientCapabilities text = new TextDocumentClientCapabilities();
        CodeActionCapabilities ca = new CodeActionCapabilities();
        if (resolve) {
            ca.setResolveSupport(new CodeActionResolveSupportCapabilities(List.of("edit")));
        }
        text.setCodeAction(ca);
        caps.setTextDocument(text);
        WorkspaceClientCapabilities ws = new WorkspaceClientCapabilities();
        WorkspaceEditCapabilities we = new WorkspaceEditCapabilities();
        we.setDocumentChanges(true);
        ws.setWorkspaceEdit(we);
        caps.setWorkspace(ws);
        params.setCapabilities(caps);
        lsp.server.initialize(params).get(10, TimeUnit.SECONDS);
        lsp.server.initialized(new InitializedParams());
    }

    private static List<CodeAction> actions(LspHarness lsp, CodeActionTriggerKind trigger) throws Exception {
        CodeActionContext context = new CodeActionContext(List.of());
        context.setTriggerKind(trigger);
        Range all = new Range(new Position(0, 0), new Position(5, 0));
        return lsp.server.getTextDocumentService().codeAction(new CodeActionParams(new TextDocumentIdentifier(URI), all, context))
                .get(30, TimeUnit.SECONDS).stream().map(Either::getRight).toList();
    }

    /** What an editor does with a versioned edit: refuse it unless it was computed for the current version. */
    private static String apply(WorkspaceEdit edit, String text, int currentVersion) {
        TextDocumentEdit change = edit.getDocumentChanges().get(0).getLeft();
        if (change.getTextDocument().getVersion() != currentVersion) {
            throw new IllegalStateException("edit for version " + change.getTextDocument().getVersion() + ", document is at " + currentVersion);
        }
        SourceText source = new SourceText(text);
        List<TextEdit> edits = new ArrayList<>(change.getEdits().stream().map(Either::getLeft).toList());
        edits.sort(Comparator.comparing((TextEdit e) -> TextEdits.offset(source, e.getRange().getStart())).reversed());
        String out = text;
        for (TextEdit e : edits) {
            int s = TextEdits.offset(source, e.getRange().getStart());
            int t = TextEdits.offset(source, e.getRange().getEnd());
            out = out.substring(0, s) + e.getNewText() + out.substring(t);
        }
        return out;
    }

    @Test
    void applyingTheDocumentRepairClearsTheDiagnostics() throws Exception {
        try (LspHarness lsp = new LspHarness()) {
            initialize(lsp, false);
            lsp.open(URI, "sql", 1, BROKEN);
            assertEquals(2, lsp.awaitDiagnostics(URI, p -> true).getDiagnostics().size());
            List<CodeAction> actions = actions(lsp, CodeActionTriggerKind.Invoked);
            CodeAction repair = actions.stream().filter(a -> a.getTitle().startsWith("Repair document")).findFirst().orElseThrow();
            assertEquals("quickfix", repair.getKind());
            assertTrue(repair.getTitle().contains("similarity"), repair.getTitle());
            String fixed = apply(repair.getEdit(), BROKEN, 1);
            lsp.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(URI, 2),
                    List.of(new TextDocumentContentChangeEvent(fixed))));
            PublishDiagnosticsParams after = lsp.awaitDiagnostics(URI, p -> p.getVersion() == 2);
            assertEquals(List.of(), after.getDiagnostics());
        }
    }

    @Test
    void quickFixPerDiagnosticWithPreferredOnlyForASingleDeterministicFix() throws Exception {
        try (LspHarness lsp = new LspHarness()) {
            initialize(lsp, false);
            lsp.open(URI, "sql", 1, BROKEN);
            lsp.awaitDiagnostics(URI, p -> true);
            List<CodeAction> actions = actions(lsp, CodeActionTriggerKind.Invoked);
            CodeAction column = actions.stream().filter(a -> a.getTitle().contains("'emial' with 'email'")).findFirst().orElseThrow();
            assertEquals("unknown-column", column.getDiagnostics().get(0).getCode().getLeft());
            assertEquals(Boolean.TRUE, column.getIsPreferred());
            CodeAction paren = actions.stream().filter(a -> a.getTitle().equals("Insert ')'")).findFirst().orElseThrow();
            assertEquals("syntax", paren.getDiagnostics().get(0).getCode().getLeft());
            assertEquals(Boolean.FALSE, paren.getIsPreferred());
            assertTrue(actions.stream().filter(a -> a.getTitle().startsWith("Repair document")).allMatch(a -> !Boolean.TRUE.equals(a.getIsPreferred())));
        }
    }

    @Test
    void automaticTriggerDoesNoSearch() throws Exception {
        try (LspHarness lsp = new LspHarness()) {
            initialize(lsp, false);
            lsp.open(URI, "sql", 1, BROKEN);
            lsp.awaitDiagnostics(URI, p -> true);
            List<CodeAction> actions = actions(lsp, CodeActionTriggerKind.Automatic);
            assertFalse(actions.isEmpty());
            assertTrue(actions.stream().noneMatch(a -> a.getTitle().startsWith("Repair document") || a.getTitle().equals("Insert ')'")),
                    actions.toString());
        }
    }

    @Test
    void anEditForAnOlderVersionIsRefusedByTheClient() throws Exception {
        try (LspHarness lsp = new LspHarness()) {
            initialize(lsp, false);
            lsp.open(URI, "sql", 1, BROKEN);
            lsp.awaitDiagnostics(URI, p -> true);
            CodeAction repair = actions(lsp, CodeActionTriggerKind.Invoked).stream()
                    .filter(a -> a.getTitle().startsWith("Repair document")).findFirst().orElseThrow();
            // The user typed meanwhile: the document is at version 2.
            String edited = BROKEN + "-- note\n";
            lsp.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(URI, 2),
                    List.of(new TextDocumentContentChangeEvent(edited))));
            assertEquals(1, repair.getEdit().getDocumentChanges().get(0).getLeft().getTextDocument().getVersion());
            org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> apply(repair.getEdit(), edited, 2));
        }
    }

    @Test
    void resolveFillsInTheEditAndRefusesAChangedDocument() throws Exception {
        try (LspHarness lsp = new LspHarness()) {
            initialize(lsp, true);
            lsp.open(URI, "sql", 1, BROKEN);
            lsp.awaitDiagnostics(URI, p -> true);
            List<CodeAction> actions = actions(lsp, CodeActionTriggerKind.Invoked);
            CodeAction repair = actions.stream().filter(a -> a.getTitle().startsWith("Repair document")).findFirst().orElseThrow();
            assertNull(repair.getEdit());
            assertNotNull(repair.getData());
            CodeAction resolved = lsp.server.getTextDocumentService().resolveCodeAction(repair).get(10, TimeUnit.SECONDS);
            assertEquals(BROKEN.replace("emial", "email").replace("id > 3;", "id > 3);"), apply(resolved.getEdit(), BROKEN, 1));

            lsp.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(URI, 2),
                    List.of(new TextDocumentContentChangeEvent(BROKEN + "\n"))));
            ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                    () -> lsp.server.getTextDocumentService().resolveCodeAction(repair).get(10, TimeUnit.SECONDS));
            ResponseErrorException error = assertInstanceOf(ResponseErrorException.class, e.getCause());
            assertEquals(ResponseErrorCode.ContentModified.getValue(), error.getResponseError().getCode());
        }
    }

    @Test
    void resolvingAnUnknownActionIsAnErrorNotASilentNoOp() throws Exception {
        try (LspHarness lsp = new LspHarness()) {
            initialize(lsp, true);
            CodeAction stale = new CodeAction("Repair document");
            stale.setData(CodeActionProvider.dataFor("no-such-key"));
            ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class,
                    () -> lsp.server.getTextDocumentService().resolveCodeAction(stale).get(10, TimeUnit.SECONDS));
            assertEquals(ResponseErrorCode.ContentModified.getValue(),
                    assertInstanceOf(ResponseErrorException.class, e.getCause()).getResponseError().getCode());
        }
    }

    @Test
    void unknownDocumentGetsNoActions() throws Exception {
        try (LspHarness lsp = new LspHarness()) {
            initialize(lsp, false);
            assertTrue(actions(lsp, CodeActionTriggerKind.Invoked).isEmpty());
        }
    }
}

package dev.dslfix.server.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LspServerTest {
    private static final String URI = "file:///work/demo/query.sql";
    private static final String SCHEMA = "CREATE TABLE cities (id INTEGER PRIMARY KEY, name TEXT, population INTEGER);\n";
    /** The stray ')' comes after 'Zürich 😀': column 28 in UTF-16 units (27 in code points). */
    private static final String BROKEN = SCHEMA + "SELECT name FROM cities WHERE name = 'Zürich 😀' ) AND id > 1;\n";

    private static Path fixtures() {
        String p = System.getProperty("dslfix.fixtures");
        return p != null ? Path.of(p) : Path.of("../test-fixtures");
    }

    @Test
    void capabilitiesAreTruthful() throws Exception {
        try (LspHarness lsp = new LspHarness()) {
            InitializeResult pull = lsp.initialize(true, null, null);
            assertEquals(TextDocumentSyncKind.Incremental, pull.getCapabilities().getTextDocumentSync().getRight().getChange());
            assertTrue(pull.getCapabilities().getTextDocumentSync().getRight().getOpenClose());
            assertEquals("utf-16", pull.getCapabilities().getPositionEncoding());
            assertNotNull(pull.getCapabilities().getDiagnosticProvider());
            assertEquals("dslfix", pull.getServerInfo().getName());
        }
        try (LspHarness lsp = new LspHarness()) {
            assertNull(lsp.initialize(false, null, null).getCapabilities().getDiagnosticProvider());
        }
    }

    @Test
    void brokenDocumentGetsDiagnosticsAndTheFixClearsThem() throws Exception {
        try (LspHarness lsp = new LspHarness()) {
            lsp.initialize(false, null, null);
            lsp.open(URI, "sql", 1, BROKEN);
            PublishDiagnosticsParams first = lsp.awaitDiagnostics(URI, p -> true);
            assertEquals(1, first.getVersion());
            assertEquals(1, first.getDiagnostics().size(), first.toString());
            Diagnostic d = first.getDiagnostics().get(0);
            assertEquals(new Range(new Position(1, 49), new Position(1, 50)), d.getRange());
            assertEquals(DiagnosticSeverity.Error, d.getSeverity());
            assertEquals("syntax", d.getCode().getLeft());
            assertEquals("dslfix", d.getSource());

            // Delete the stray " )" with an incremental edit (UTF-16 columns 48..50).
            lsp.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(
                    new VersionedTextDocumentIdentifier(URI, 2),
                    List.of(new TextDocumentContentChangeEvent(new Range(new Position(1, 48), new Position(1, 50)), ""))));
            PublishDiagnosticsParams fixed = lsp.awaitDiagnostics(URI, p -> p.getVersion() == 2);
            assertEquals(List.of(), fixed.getDiagnostics());
        }
    }

    @Test
    void editorLanguageIdsReachTheBuiltInShellAndPlaybookLanguages() throws Exception {
        try (LspHarness lsp = new LspHarness()) {
            lsp.initialize(false, null, null);
            // A script without .sh: only VS Code's language id says it is shell.
            String script = "file:///ws/deploy";
            lsp.open(script, "shellscript", 1, "#!/bin/sh\nif [ -f x ]; then\n  echo yes\n");
            Diagnostic d = lsp.awaitDiagnostics(script, p -> true).getDiagnostics().get(0);
            assertEquals("unclosed-block", d.getCode().getLeft(), d.toString());
            String playbook = "file:///ws/site.playbook.yml";
            lsp.open(playbook, "dslfix-playbook", 1, "- hosts: all\n  tasks:\n    - name: x\n      ansible.builtin.cpoy:\n        src: a\n        dest: b\n");
            Diagnostic p = lsp.awaitDiagnostics(playbook, x -> true).getDiagnostics().get(0);
            assertEquals("unknown-module", p.getCode().getLeft(), p.toString());
        }
    }

    @Test
    void theBundledModelLoadsWhenADocumentOpensAndTheClientIsTold() throws Exception {
        try (LspHarness lsp = new LspHarness()) {
            lsp.initialize(false, null, null);
            lsp.open(URI, "sql", 1, BROKEN);
            ModelStatus status = lsp.modelStatuses.poll(60, java.util.concurrent.TimeUnit.SECONDS);
            assertNotNull(status, "no dslfix/modelStatus");
            assertEquals("ready", status.state, status.message);
            assertEquals(List.of("sql"), status.languages);
            assertTrue(status.device != null && status.device.startsWith("cpu"), status.device);
        }
    }

    @Test
    void aDisabledModelIsNeverLoaded() throws Exception {
        try (LspHarness lsp = new LspHarness()) {
            JsonObject options = JsonParser.parseString("{\"model\": {\"enabled\": false}}").getAsJsonObject();
            lsp.initialize(false, options, null);
            lsp.open(URI, "sql", 1, BROKEN);
            lsp.awaitDiagnostics(URI, p -> true);
            assertNull(lsp.modelStatuses.poll(2, java.util.concurrent.TimeUnit.SECONDS));
        }
    }

    @Test
    void aPathPatternFromTheSettingsClaimsAYamlFileAsAPlaybook() throws Exception {
        try (LspHarness lsp = new LspHarness()) {
            lsp.initialize(false, JsonParser.parseString("{\"playbook\": {\"patterns\": [\"playbooks/*.yml\"]}}"), null);
            String uri = "file:///ws/playbooks/site.yml";
            lsp.open(uri, "yaml", 1, "- hosts: all\n  tasks:\n    - name: x\n      ansible.builtin.cpoy:\n        src: a\n        dest: b\n");
            Diagnostic d = lsp.awaitDiagnostics(uri, p -> true).getDiagnostics().get(0);
            assertEquals("unknown-module", d.getCode().getLeft(), d.toString());
        }
    }

    @Test
    void staticErrorAfterNonAsciiTextHasUtf16Range() throws Exception {
        try (LspHarness lsp = new LspHarness()) {
            lsp.initialize(false, null, null);
            lsp.open(URI, "sql", 1, SCHEMA + "SELECT '→ ok', nme FROM cities;\n");
            Diagnostic d = lsp.awaitDiagnostics(URI, p -> true).getDiagnostics().get(0);
            assertEquals("unknown-column", d.getCode().getLeft());
            assertEquals(new Range(new Position(1, 15), new Position(1, 18)), d.getRange());
        }
    }

    @Test
    void pullDiagnosticsAnswerForOpenDocumentsOnly() throws Exception {
        try (LspHarness lsp = new LspHarness()) {
            lsp.initialize(true, null, null);
            lsp.open(URI, "sql", 7, BROKEN);
            DocumentDiagnosticReport report = lsp.server.getTextDocumentService()
                    .diagnostic(new DocumentDiagnosticParams(new TextDocumentIdentifier(URI))).get(10, TimeUnit.SECONDS);
            assertEquals(1, report.getLeft().getItems().size());
            assertEquals("v7", report.getLeft().getResultId());
            // A client that pulls is not also pushed to (it would show every problem twice).
            assertNull(lsp.published.poll(700, TimeUnit.MILLISECONDS));
            DocumentDiagnosticParams again = new DocumentDiagnosticParams(new TextDocumentIdentifier(URI));
            again.setPreviousResultId("v7");
            assertTrue(lsp.server.getTextDocumentService().diagnostic(again).get(10, TimeUnit.SECONDS).isRight());

            ExecutionException e = org.junit.jupiter.api.Assertions.assertThrows(ExecutionException.class, () -> lsp.server.getTextDocumentService()
                    .diagnostic(new DocumentDiagnosticParams(new TextDocumentIdentifier("file:///never/opened.sql"))).get(10, TimeUnit.SECONDS));
            ResponseErrorException error = assertInstanceOf(ResponseErrorException.class, e.getCause());
            assertEquals(ResponseErrorCode.InvalidParams.getValue(), error.getResponseError().getCode());
            assertTrue(error.getResponseError().getMessage().contains("not open"));
        }
    }

    @Test
    void rapidEditsEndWithTheLatestVersion() throws Exception {
        try (LspHarness lsp = new LspHarness()) {
            lsp.initialize(false, null, null);
            lsp.open(URI, "sql", 1, SCHEMA);
            lsp.awaitDiagnostics(URI, p -> p.getVersion() == 1);
            String text = SCHEMA;
            for (int v = 2; v <= 30; v++) {
                String added = v % 2 == 0 ? "SELECT (1;\n" : "SELECT 1;\n";
                int line = text.split("\n", -1).length - 1;
                text += added;
                lsp.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(URI, v),
                        List.of(new TextDocumentContentChangeEvent(new Range(new Position(line, 0), new Position(line, 0)), added))));
            }
            PublishDiagnosticsParams last = lsp.awaitDiagnostics(URI, p -> p.getVersion() == 30);
            // Versions 2, 4, ..., 30 each added "SELECT (1;": 15 syntax errors.
            assertEquals(15, last.getDiagnostics().size());
            Thread.sleep(300);
            for (PublishDiagnosticsParams late : lsp.published) {
                assertTrue(late.getVersion() == null || late.getVersion() >= 30, "stale diagnostics after newer ones: " + late.getVersion());
            }
        }
    }

    @Test
    void closingADocumentClearsItsDiagnostics() throws Exception {
        try (LspHarness lsp = new LspHarness()) {
            lsp.initialize(false, null, null);
            lsp.open(URI, "sql", 1, BROKEN);
            lsp.awaitDiagnostics(URI, p -> !p.getDiagnostics().isEmpty());
            lsp.server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(URI)));
            assertEquals(List.of(), lsp.awaitDiagnostics(URI, p -> p.getDiagnostics().isEmpty()).getDiagnostics());
        }
    }

    @Test
    void malformedMessagesDoNotStopTheServer() throws Exception {
        try (LspHarness lsp = new LspHarness()) {
            lsp.initialize(true, null, null);
            lsp.sendRaw("{this is not json");
            lsp.sendRaw("{\"jsonrpc\":\"2.0\",\"id\":99,\"method\":\"textDocument/noSuchMethod\",\"params\":{}}");
            lsp.sendRaw("{\"jsonrpc\":\"2.0\",\"method\":\"textDocument/didOpen\",\"params\":{\"textDocument\":42}}");
            lsp.sendRaw("[1,2,3]");
            // Still alive: a normal request round-trips.
            lsp.open(URI, "sql", 3, BROKEN);
            DocumentDiagnosticReport report = lsp.server.getTextDocumentService()
                    .diagnostic(new DocumentDiagnosticParams(new TextDocumentIdentifier(URI))).get(10, TimeUnit.SECONDS);
            assertEquals(1, report.getLeft().getItems().size());
        }
    }

    @Test
    void deeplyNestedInputIsAnalysedOnALargeStack() throws Exception {
        try (LspHarness lsp = new LspHarness()) {
            lsp.initialize(false, null, null);
            lsp.open(URI, "sql", 1, "SELECT " + "(".repeat(20_000) + "1" + ")".repeat(19_999) + ";");
            PublishDiagnosticsParams p = lsp.awaitDiagnostics(URI, x -> true);
            assertEquals(1, p.getDiagnostics().size());
        }
    }

    @Test
    void runTimeGrammarFromInitializationOptionsAndReloadOnChange(@TempDir Path dir) throws Exception {
        Path grammar = dir.resolve("Calc.g4");
        Files.copy(fixtures().resolve("grammars/calc/Calc.g4"), grammar);
        JsonObject options = JsonParser.parseString("{\"languages\":[{\"id\":\"calc\",\"grammar\":\"Calc.g4\",\"start\":\"program\","
                + "\"extensions\":[\".calc\"]}],\"diagnostics\":{\"debounceMs\":0}}").getAsJsonObject();
        try (LspHarness lsp = new LspHarness()) {
            lsp.initialize(false, options, dir.toUri().toString());
            String uri = dir.resolve("a.calc").toUri().toString();
            lsp.open(uri, "plaintext", 1, "let x = 1;\nprint x;\nwhile x { }\n");
            PublishDiagnosticsParams before = lsp.awaitDiagnostics(uri, p -> true);
            assertEquals(1, before.getDiagnostics().size(), before.toString());
            assertEquals(2, before.getDiagnostics().get(0).getRange().getStart().getLine());

            // Teach the grammar 'while': the server reloads it and re-checks the open document.
            String text = Files.readString(grammar).replace("| 'if' expr block ('else' block)? # if",
                    "| 'if' expr block ('else' block)? # if\n          | 'while' expr block # while");
            Files.writeString(grammar, text);
            Files.setLastModifiedTime(grammar, FileTime.fromMillis(System.currentTimeMillis() + 5000));
            lsp.server.getWorkspaceService().didChangeWatchedFiles(new DidChangeWatchedFilesParams(
                    List.of(new FileEvent(grammar.toUri().toString(), FileChangeType.Changed))));
            PublishDiagnosticsParams after = lsp.awaitDiagnostics(uri, p -> p.getDiagnostics().isEmpty());
            assertEquals(1, after.getVersion());
        }
    }

    @Test
    void settingsWithoutADslfixSectionKeepTheInitializationOptions(@TempDir Path dir) throws Exception {
        Path grammar = dir.resolve("Calc.g4");
        Files.copy(fixtures().resolve("grammars/calc/Calc.g4"), grammar);
        JsonObject options = JsonParser.parseString("{\"languages\":[{\"id\":\"calc\",\"grammar\":\"Calc.g4\",\"start\":\"program\","
                + "\"extensions\":[\".calc\"]}]}").getAsJsonObject();
        try (LspHarness lsp = new LspHarness()) {
            lsp.initialize(false, options, dir.toUri().toString());
            // What Eglot sends right after connecting, and what a client with other servers' settings sends.
            lsp.server.getWorkspaceService().didChangeConfiguration(new org.eclipse.lsp4j.DidChangeConfigurationParams(new JsonObject()));
            lsp.server.getWorkspaceService().didChangeConfiguration(new org.eclipse.lsp4j.DidChangeConfigurationParams(
                    JsonParser.parseString("{\"pylsp\":{\"plugins\":{}}}")));
            // A dslfix section merges in without dropping what it does not mention.
            lsp.server.getWorkspaceService().didChangeConfiguration(new org.eclipse.lsp4j.DidChangeConfigurationParams(
                    JsonParser.parseString("{\"dslfix\":{\"repair\":{\"top\":1}}}")));
            String uri = dir.resolve("a.calc").toUri().toString();
            lsp.open(uri, "plaintext", 1, "let x = ;\n");
            assertEquals(1, lsp.awaitDiagnostics(uri, p -> true).getDiagnostics().size());
        }
    }

    @Test
    void brokenGrammarInConfigurationIsReportedNotFatal(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("dslfix.json"), "{\"languages\":[{\"grammar\":\"Missing.g4\",\"start\":\"s\",\"extensions\":[\".m\"]}]}");
        try (LspHarness lsp = new LspHarness()) {
            lsp.initialize(false, null, dir.toUri().toString());
            assertTrue(lsp.messages.poll(10, TimeUnit.SECONDS).getMessage().contains("grammar file not found"));
            String uri = dir.resolve("x.m").toUri().toString();
            lsp.open(uri, "m", 1, "anything");
            Diagnostic d = lsp.awaitDiagnostics(uri, p -> true).getDiagnostics().get(0);
            assertEquals("grammar", d.getCode().getLeft());
        }
    }
}

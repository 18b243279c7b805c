package dev.dslfix.server.lsp;

import dev.dslfix.lang.CancelledException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import java.util.concurrent.CompletionException;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.RelatedFullDocumentDiagnosticReport;
import org.eclipse.lsp4j.RelatedUnchangedDocumentDiagnosticReport;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Document synchronisation and pull diagnostics. Runs on LSP4J's reader thread: only cheap work here. */
final class DslfixTextDocumentService implements TextDocumentService {
    private static final Logger LOG = LoggerFactory.getLogger(DslfixTextDocumentService.class);

    private final DslfixLanguageServer server;

    DslfixTextDocumentService(DslfixLanguageServer server) {
        this.server = server;
    }

    @Override
    public void didOpen(DidOpenTextDocumentParams params) {
        TextDocumentItem item = params.getTextDocument();
        String text = item.getText() == null ? "" : item.getText();
        OpenDocument doc = new OpenDocument(item.getUri(), item.getLanguageId(), item.getVersion(), text);
        server.documents().put(item.getUri(), doc);
        server.scheduleDiagnostics(item.getUri(), true);
        server.warmModel(doc);
    }

    @Override
    public void didChange(DidChangeTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        OpenDocument doc = server.documents().get(uri);
        if (doc == null) {
            LOG.warn("didChange for a document that is not open: {}", uri);
            return;
        }
        String text = TextEdits.apply(doc.text(), params.getContentChanges());
        Integer version = params.getTextDocument().getVersion();
        server.documents().put(uri, new OpenDocument(uri, doc.languageId(), version != null ? version : doc.version() + 1, text));
        server.scheduleDiagnostics(uri, false);
    }

    @Override
    public void didClose(DidCloseTextDocumentParams params) {
        String uri = params.getTextDocument().getUri();
        server.documents().remove(uri);
        server.diagnosticsEngine().forget(uri);
        server.clearDiagnostics(uri);
    }

    @Override
    public void didSave(DidSaveTextDocumentParams params) {
        // Diagnostics follow the edits, not the saves.
    }

    @Override
    public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
        return server.codeActionProvider().codeActions(params);
    }

    @Override
    public CompletableFuture<CodeAction> resolveCodeAction(CodeAction unresolved) {
        return server.codeActionProvider().resolve(unresolved);
    }

    @Override
    public CompletableFuture<DocumentDiagnosticReport> diagnostic(DocumentDiagnosticParams params) {
        String uri = params.getTextDocument().getUri();
        OpenDocument doc = server.documents().get(uri);
        if (doc == null) {
            return CompletableFuture.failedFuture(new ResponseErrorException(new ResponseError(
                    ResponseErrorCode.InvalidParams, "document not open: " + uri, null)));
        }
        String resultId = "v" + doc.version();
        if (resultId.equals(params.getPreviousResultId())) {
            return CompletableFuture.completedFuture(new DocumentDiagnosticReport(new RelatedUnchangedDocumentDiagnosticReport(resultId)));
        }
        return server.diagnosticsEngine().diagnostics(doc).handle((diagnostics, error) -> {
            if (error != null) {
                Throwable cause = error instanceof CompletionException ? error.getCause() : error;
                if (cause instanceof CancelledException) {
                    throw new ResponseErrorException(new ResponseError(ResponseErrorCode.ContentModified,
                            "the document changed while its diagnostics were computed", null));
                }
                throw new ResponseErrorException(new ResponseError(ResponseErrorCode.InternalError,
                        "diagnostics failed: " + cause, null));
            }
            RelatedFullDocumentDiagnosticReport full = new RelatedFullDocumentDiagnosticReport(LspDiagnostics.convert(doc.text(), diagnostics));
            full.setResultId(resultId);
            return new DocumentDiagnosticReport(full);
        });
    }
}

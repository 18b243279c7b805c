package dev.dslfix.server.lsp;

import org.eclipse.lsp4j.jsonrpc.services.JsonNotification;
import org.eclipse.lsp4j.services.LanguageClient;

/** The client as dslfix sees it: the LSP client plus dslfix's own notifications. */
public interface DslfixClient extends LanguageClient {

    /** Which repair models are resident, for status displays (the VS Code status bar). */
    @JsonNotification("dslfix/modelStatus")
    void modelStatus(ModelStatus status);
}

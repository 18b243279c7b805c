package dev.dslfix.server.lsp;

import com.google.gson.JsonElement;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * Settings and watched-file notifications. Both reload the configuration, which compiles run-time
 * grammars (seconds on a busy machine): that runs off LSP4J's reader thread, so a request such as
 * shutdown is never stuck behind it.
 */
final class DslfixWorkspaceService implements WorkspaceService {
    private final DslfixLanguageServer server;

    DslfixWorkspaceService(DslfixLanguageServer server) {
        this.server = server;
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        if (params.getSettings() instanceof JsonElement settings) {
            server.offReaderThread(() -> server.settingsChanged(settings));
        }
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        java.util.List<String> uris = params.getChanges().stream().map(FileEvent::getUri).toList();
        server.offReaderThread(() -> server.filesChanged(uris));
    }
}

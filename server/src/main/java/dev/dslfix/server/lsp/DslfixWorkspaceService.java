package dev.dslfix.server.lsp;

import com.google.gson.JsonElement;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.services.WorkspaceService;

/** Settings and watched-file notifications. */
final class DslfixWorkspaceService implements WorkspaceService {
    private final DslfixLanguageServer server;

    DslfixWorkspaceService(DslfixLanguageServer server) {
        this.server = server;
    }

    @Override
    public void didChangeConfiguration(DidChangeConfigurationParams params) {
        if (params.getSettings() instanceof JsonElement settings) {
            server.settingsChanged(settings);
        }
    }

    @Override
    public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
        server.filesChanged(params.getChanges().stream().map(FileEvent::getUri).toList());
    }
}

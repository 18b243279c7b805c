package dev.dslfix.server.lsp;

import dev.dslfix.lang.Language;
import dev.dslfix.lang.LanguageRegistry;
import dev.dslfix.server.config.DslfixConfig;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/** The configuration and the languages built from it; replaced whole when the configuration changes. */
record WorkspaceState(DslfixConfig config, LanguageRegistry registry) {

    /**
     * Editors' own ids for the built-in DSLs: VS Code's shellscript, Vim's and Emacs's sh and bash,
     * the clients' dslfix-playbook. A file without a telling name (a shell script without .sh) is
     * still found through them.
     */
    private static final java.util.Map<String, String> EDITOR_IDS = java.util.Map.of(
            "shellscript", "shell", "sh", "shell", "bash", "shell", "dslfix-playbook", "playbook", "dslfix_playbook", "playbook");

    /** By the client's language id when it names a known language, else by the file name. */
    Optional<Language> languageFor(OpenDocument doc) {
        if (doc.languageId() != null) {
            Optional<Language> byId = registry.byId(EDITOR_IDS.getOrDefault(doc.languageId(), doc.languageId()));
            if (byId.isPresent()) {
                return byId;
            }
        }
        Optional<Path> path = path(doc.uri());
        return path.isPresent() ? registry.forFile(path.get()) : registry.forFileName(fileName(doc.uri()));
    }

    /** The file a file: URI names; empty for other schemes (untitled:, git:). */
    static Optional<Path> path(String uri) {
        try {
            URI u = URI.create(uri);
            if ("file".equalsIgnoreCase(u.getScheme())) {
                return Optional.of(Path.of(u));
            }
        } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
            // not a usable file URI: fall back to the name
        }
        return Optional.empty();
    }

    static String fileName(String uri) {
        try {
            String path = URI.create(uri).getPath();
            if (path != null) {
                return Path.of(path).getFileName() == null ? path : Path.of(path).getFileName().toString();
            }
        } catch (IllegalArgumentException e) {
            // not a well-formed URI: use the tail of the string
        }
        int slash = uri.lastIndexOf('/');
        return slash >= 0 ? uri.substring(slash + 1) : uri;
    }
}

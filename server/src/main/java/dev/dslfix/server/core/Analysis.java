package dev.dslfix.server.core;

import dev.dslfix.lang.Cancellation;
import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.Language;
import java.util.ArrayList;
import java.util.List;

/** Diagnostics of one document, with the guards every front end (CLI, LSP) wants. */
public final class Analysis {
    private Analysis() {
    }

    public static List<Diagnostic> diagnose(Language language, String text, int maxChars, Cancellation cancel) {
        if (text.length() > maxChars) {
            return List.of(Diagnostic.warning(0, 0, "too-large", "document not analysed: " + text.length()
                    + " characters is more than the limit of " + maxChars + " (setting maxDocumentChars)"));
        }
        return language.check(text, cancel);
    }

    /** Diagnostics after the reader's own (encoding problems first). */
    public static List<Diagnostic> withReadProblems(List<Diagnostic> readProblems, List<Diagnostic> diagnostics) {
        if (readProblems.isEmpty()) {
            return diagnostics;
        }
        List<Diagnostic> all = new ArrayList<>(readProblems);
        all.addAll(diagnostics);
        all.sort(Diagnostic.BY_POSITION);
        return all;
    }
}

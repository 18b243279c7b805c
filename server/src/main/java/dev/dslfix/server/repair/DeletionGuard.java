package dev.dslfix.server.repair;

import dev.dslfix.lang.Language;
import dev.dslfix.lang.LexToken;
import dev.dslfix.lang.TextEdit;
import java.util.List;

/**
 * Rejects a model candidate that repairs by deleting: removing the broken statement always
 * satisfies the checker, and a model trained with the checker as judge may learn to. A candidate
 * may not delete, net of what it inserts, more than a third of the visible tokens of the region
 * around the first error (its statement, where the language knows one) and more than three.
 */
final class DeletionGuard {
    private static final int ALWAYS_ALLOWED = 3;

    private final Language language;
    private final List<LexToken> visible;
    private final int inRegion;

    /** The input's visible tokens ({@code tokens}: the input's, as lexed) and the size of the region around its first error. */
    DeletionGuard(Language language, String text, List<LexToken> tokens, int errorOffset) {
        this.language = language;
        this.visible = tokens.stream().filter(t -> !t.hidden()).toList();
        int[] region = language.independentRegion(text, Math.max(0, Math.min(errorOffset, Math.max(0, text.length() - 1))));
        int from = region != null ? region[0] : 0;
        int to = region != null ? region[1] : text.length();
        this.inRegion = (int) visible.stream().filter(t -> t.start() >= from && t.end() <= to).count();
    }

    boolean deletesTooMuch(List<TextEdit> edits) {
        int removed = 0;
        int inserted = 0;
        for (TextEdit e : edits) {
            removed += (int) visible.stream().filter(t -> t.end() > t.start() && t.start() >= e.start() && t.end() <= e.end()).count();
            if (!e.newText().isBlank()) {
                inserted += (int) language.tokenize(e.newText()).stream().filter(t -> !t.hidden()).count();
            }
        }
        return removed - inserted > Math.max(ALWAYS_ALLOWED, inRegion / 3);
    }
}

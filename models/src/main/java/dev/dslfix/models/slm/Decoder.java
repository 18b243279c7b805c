package dev.dslfix.models.slm;

import dev.dslfix.lang.Fix;
import dev.dslfix.lang.LexToken;
import dev.dslfix.lang.TextEdit;
import dev.dslfix.lang.TokenEdits;
import java.util.ArrayList;
import java.util.List;

/** Tags of a window to character edits of the document, and the edited text. */
public final class Decoder {
    private final Tags tags;
    private final Literals literals;

    /** @param literals the document language's fixed tokens: a shared model's tag is spelled as the language spells it */
    public Decoder(Tags tags, Literals literals) {
        this.tags = tags;
        this.literals = literals;
    }

    private String spell(int tag) {
        String t = tags.literalOf(tag);
        String own = literals.spell(t);
        return own != null ? own : t;
    }

    /**
     * @param chosen   a tag per position of the window (KEEP where nothing happens)
     * @param pointers for copy tags, the window position to copy from
     */
    public String apply(String text, List<LexToken> tokens, int start, int end, int[] chosen, int[] pointers) {
        List<TextEdit> edits = new ArrayList<>();
        int lastEnd = -1;
        for (int p = 0; p <= end; p++) {
            int tag = chosen[p];
            if (tag == Tags.KEEP || tag < 0) {
                continue;
            }
            int i = start + p;
            LexToken tok = i < tokens.size() && p < end ? tokens.get(i) : null;
            String copy = (tag == Tags.REPLACE_COPY || tag == Tags.INSERT_COPY) && pointers[p] >= 0 && pointers[p] < end
                    ? tokens.get(start + pointers[p]).text() : null;
            TextEdit e = null;
            if (tag == Tags.DELETE && tok != null) {
                e = TokenEdits.delete(text, tok);
            } else if (tags.isReplace(tag) && tok != null) {
                e = TokenEdits.replace(tok, spell(tag));
            } else if (tag == Tags.REPLACE_COPY && tok != null && copy != null) {
                e = TokenEdits.replace(tok, copy);
            } else if (tags.isInsert(tag) || (tag == Tags.INSERT_COPY && copy != null)) {
                String t = tags.isInsert(tag) ? spell(tag) : copy;
                int prevEnd = i > 0 && i - 1 < tokens.size() ? tokens.get(i - 1).end() : 0;
                e = TokenEdits.insertBefore(text, prevEnd, tok, t);
            }
            // Edits are produced left to right; skip one that would overlap the previous.
            if (e != null && e.start() >= lastEnd) {
                edits.add(e);
                lastEnd = Math.max(e.end(), e.start());
            }
        }
        return edits.isEmpty() ? text : Fix.apply(text, edits);
    }
}

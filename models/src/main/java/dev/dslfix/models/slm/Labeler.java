package dev.dslfix.models.slm;

import dev.dslfix.lang.LexToken;
import java.util.List;
import java.util.Random;

/**
 * Gold tags for a corrupted program from its original: the token sequences are aligned (common
 * head and tail, then a longest common subsequence of the middle), and each corrupted token gets
 * KEEP, DELETE or REPLACE; a gap before a token where original tokens are missing gets INSERT on
 * that token (the first missing token; iterative decoding restores the rest).
 */
public final class Labeler {
    /**
     * With a shared vocabulary, how often a fixed token is shown by its class alone: the model
     * then also learns what to do around keywords it has never seen (those of a new DSL).
     */
    static final double KEYWORD_DROPOUT = 0.1;

    private final Encoder encoder;
    private final Literals literals;

    /** @param literals the fixed tokens of the language the examples are in */
    public Labeler(Encoder encoder, Literals literals) {
        this.encoder = encoder;
        this.literals = literals;
    }

    /** A window around the first change, with gold labels; null when nothing differs. */
    /**
     * @param focus the token where the corrupted text's first error shows; the window goes where
     *              inference would put it (a little jitter so the model does not learn one offset)
     */
    public Example label(List<LexToken> corrupted, int[] flags, List<LexToken> original, int focus, Random random) {
        int n = corrupted.size();
        int m = original.size();
        int head = 0;
        while (head < n && head < m && corrupted.get(head).text().equals(original.get(head).text())) {
            head++;
        }
        int tail = 0;
        while (tail < n - head && tail < m - head && corrupted.get(n - 1 - tail).text().equals(original.get(m - 1 - tail).text())) {
            tail++;
        }
        if (head == n && head == m) {
            return null;
        }
        // Per corrupted token: its tag and, for insertions before it, the first inserted text.
        String[] replaceWith = new String[n + 1];
        boolean[] deleted = new boolean[n + 1];
        String[] insertBefore = new String[n + 1];
        align(corrupted, original, head, n - tail, head, m - tail, replaceWith, deleted, insertBefore);
        int jitter = Math.max(1, encoder.config().window() / 12);
        int start = encoder.windowStart(n, Math.max(0, focus) + random.nextInt(2 * jitter + 1) - jitter);
        if (head < start) {
            return null; // the change lies before the window inference would use: nothing to learn here
        }
        Example ex = encoder.encode(corrupted, flags, start, literals);
        int end = encoder.endPosition(n, start);
        if (encoder.vocab().shared()) {
            for (int p = 0; p < end; p++) {
                LexToken t = corrupted.get(start + p);
                if (literals.contains(t.text()) && random.nextDouble() < KEYWORD_DROPOUT) {
                    ex.types()[p] = encoder.vocab().classId(t);
                }
            }
        }
        for (int p = 0; p <= end; p++) {
            int i = start + p;
            ex.tags()[p] = Tags.KEEP;
            String text = null;
            boolean insert = false;
            if (i < n && deleted[i]) {
                ex.tags()[p] = Tags.DELETE;
            } else if (i < n && replaceWith[i] != null) {
                text = replaceWith[i];
            } else if (insertBefore[i] != null) {
                text = insertBefore[i];
                insert = true;
            }
            if (text != null) {
                // A word that is fixed in another language of a shared vocabulary is a name here.
                int literal = literals.contains(text) ? encoder.tags().literalIndex(text) : -1;
                if (literal >= 0) {
                    ex.tags()[p] = insert ? encoder.tags().insert(literal) : encoder.tags().replace(literal);
                } else {
                    int source = copySource(corrupted, start, end, text);
                    ex.tags()[p] = source < 0 ? -1 : insert ? Tags.INSERT_COPY : Tags.REPLACE_COPY;
                    ex.pointers()[p] = source;
                }
            }
        }
        return ex;
    }

    /** The window position holding {@code text} (exact, else ignoring case), nearest the window start. */
    private static int copySource(List<LexToken> tokens, int start, int end, String text) {
        for (int p = 0; p < end; p++) {
            if (tokens.get(start + p).text().equals(text)) {
                return p;
            }
        }
        for (int p = 0; p < end; p++) {
            if (tokens.get(start + p).text().equalsIgnoreCase(text)) {
                return p;
            }
        }
        return -1;
    }

    private static void align(List<LexToken> a, List<LexToken> b, int a0, int a1, int b0, int b1,
                              String[] replaceWith, boolean[] deleted, String[] insertBefore) {
        int n = a1 - a0;
        int m = b1 - b0;
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = a.get(a0 + i).text().equals(b.get(b0 + j).text()) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a.get(a0 + i).text().equals(b.get(b0 + j).text())) {
                i++;
                j++;
            } else if (i < n && j < m && lcs[i + 1][j + 1] == lcs[i][j]) {
                replaceWith[a0 + i] = b.get(b0 + j).text(); // one for one: a replacement
                i++;
                j++;
            } else if (j < m && (i >= n || lcs[i][j + 1] >= lcs[i + 1][j])) {
                if (insertBefore[a0 + i] == null) {
                    insertBefore[a0 + i] = b.get(b0 + j).text();
                }
                j++;
            } else {
                deleted[a0 + i] = true;
                i++;
            }
        }
    }
}

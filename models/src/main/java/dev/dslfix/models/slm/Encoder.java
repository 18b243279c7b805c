package dev.dslfix.models.slm;

import dev.dslfix.lang.LexToken;
import java.util.List;

/** Model tokens of a window to model inputs; the last position stands for "after the window". */
public final class Encoder {
    private final SlmConfig config;
    private final TokenVocab vocab;
    private final Tags tags;

    public Encoder(SlmConfig config, TokenVocab vocab, Tags tags) {
        this.config = config;
        this.vocab = vocab;
        this.tags = tags;
    }

    public Tags tags() {
        return tags;
    }

    public TokenVocab vocab() {
        return vocab;
    }

    public SlmConfig config() {
        return config;
    }

    /** The window start that puts token {@code focus} a quarter into the window. */
    public int windowStart(int tokenCount, int focus) {
        int start = Math.max(0, focus - config.window() / 4);
        return Math.max(0, Math.min(start, tokenCount - config.window()));
    }

    /** @param literals the fixed tokens of the language the tokens are in */
    public Example encode(List<LexToken> tokens, int[] tokenFlags, int start, Literals literals) {
        int n = config.positions();
        int[] types = new int[n];
        int[] names = new int[n];
        int[] flags = new int[n];
        float[] mask = new float[n];
        int[] gold = new int[n];
        int[] pointers = new int[n];
        java.util.Arrays.fill(gold, -1);
        java.util.Arrays.fill(pointers, -1);
        int w = Math.min(config.window(), Math.max(0, tokens.size() - start));
        for (int i = 0; i < w; i++) {
            LexToken t = tokens.get(start + i);
            boolean fixed = literals.contains(t.text());
            types[i] = vocab.typeId(t, fixed);
            names[i] = vocab.nameId(t.text(), fixed);
            flags[i] = tokenFlags[start + i];
            mask[i] = 1f;
        }
        types[w] = TokenVocab.END;
        mask[w] = 1f;
        return new Example(types, names, flags, mask, gold, pointers, start);
    }

    /** Index of the end position for a window of this many tokens from {@code start}. */
    public int endPosition(int tokenCount, int start) {
        return Math.min(config.window(), Math.max(0, tokenCount - start));
    }
}

package dev.dslfix.lang.similarity;

import dev.dslfix.lang.Language;
import dev.dslfix.lang.LexToken;
import dev.dslfix.lang.ParseResult;
import dev.dslfix.lang.SyntaxIssue;
import java.util.List;

/**
 * What {@link Similarity} compares of one program, computed once: a repair's original is
 * profiled once and compared with every candidate. Immutable and thread-safe.
 */
public final class Profile {
    /** n-gram sizes compared: 1..MAX_N. */
    static final int MAX_N = 4;

    final String languageId;
    final int tokenCount;
    /** n-gram hashes; index n-1 holds the n-grams. */
    final HashMultiset[] ngrams;
    /** Subtree hashes; null when the program has syntax errors (token-level fallback). */
    final HashMultiset subtrees;

    private Profile(String languageId, int tokenCount, HashMultiset[] ngrams, HashMultiset subtrees) {
        this.languageId = languageId;
        this.tokenCount = tokenCount;
        this.ngrams = ngrams;
        this.subtrees = subtrees;
    }

    /** Must run on a large-stack thread: parsing and the language's token hook may recurse. */
    static Profile build(Language language, String text) {
        return build(language, language.parse(text));
    }

    static Profile build(Language language, ParseResult parsed) {
        return build(language, parsed, Sequence.of(language, parsed));
    }

    /** The same, from the parse's sequence already taken. */
    static Profile build(Language language, ParseResult parsed, Sequence seq) {
        long[] sequence = seq.hashes;
        int count = seq.count;
        long[] byIndex = seq.byIndex;
        HashMultiset[] grams = ngrams(sequence, count, 0, 0);
        boolean clean = parsed.issues().isEmpty() && parsed.tree() != null;
        HashMultiset subtrees = clean ? SubtreeHashes.of(parsed.tree(), byIndex) : null;
        return new Profile(language.id(), count, grams, subtrees);
    }

    /**
     * The n-grams (index n-1) of the first {@code count} hashes, without those that lie wholly
     * within the first {@code skipStart} or the last {@code skipEnd} of them.
     */
    static HashMultiset[] ngrams(long[] sequence, int count, int skipStart, int skipEnd) {
        HashMultiset[] grams = new HashMultiset[MAX_N];
        long[] chained = java.util.Arrays.copyOf(sequence, count);
        for (int size = 1; size <= MAX_N; size++) {
            // chained[i] holds the (size-1)-gram starting at i; extend it by one token.
            int starts = Math.max(0, count - size + 1);
            if (size > 1) {
                for (int i = 0; i < starts; i++) {
                    chained[i] = Hashes.append(chained[i], sequence[i + size - 1]);
                }
            }
            // Kept: the n-grams that end after the first skipStart and start before the last skipEnd.
            int from = Math.max(0, skipStart - size + 1);
            int to = Math.min(starts, count - skipEnd);
            grams[size - 1] = HashMultiset.of(java.util.Arrays.copyOfRange(chained, from, Math.max(from, to)), Math.max(0, to - from));
        }
        return grams;
    }

    /**
     * The hashes of a program's comparable tokens in order, each with the offset of the token it
     * comes from (a string that never closes gives several), and each token's hash by index.
     */
    static final class Sequence {
        long[] hashes = new long[16];
        int[] offsets = new int[16];
        int count;
        long[] byIndex;

        private void add(long hash, int offset) {
            if (count == hashes.length) {
                hashes = java.util.Arrays.copyOf(hashes, count * 2);
                offsets = java.util.Arrays.copyOf(offsets, count * 2);
            }
            hashes[count] = hash;
            offsets[count++] = offset;
        }

        static Sequence of(Language language, ParseResult parsed) {
            List<String> comparable = language.comparableTokens(parsed);
            int n = parsed.tokens().size();
            Sequence seq = new Sequence();
            seq.byIndex = new long[n];
            java.util.Set<Integer> unterminated = new java.util.HashSet<>();
            for (SyntaxIssue issue : parsed.issues()) {
                if (issue.kind() == SyntaxIssue.Kind.UNTERMINATED) {
                    unterminated.add(issue.diagnostic().start());
                }
            }
            for (int i = 0; i < n && i < comparable.size(); i++) {
                String canonical = comparable.get(i);
                LexToken t = parsed.tokens().get(i);
                if (canonical != null) {
                    seq.byIndex[i] = Hashes.ofText(canonical);
                    seq.add(seq.byIndex[i], t.start());
                } else if (unterminated.contains(t.start())) {
                    // A string that never closes swallowed the rest of the text; what the author wrote
                    // there still counts, as the tokens it would be without the opening quote.
                    String rest = t.text().startsWith("/*") ? t.text().substring(2) : t.text().substring(1);
                    ParseResult inner = language.parse(rest);
                    for (String c : language.comparableTokens(inner)) {
                        if (c != null) {
                            seq.add(Hashes.ofText(c), t.start());
                        }
                    }
                }
            }
            return seq;
        }
    }

    public String languageId() {
        return languageId;
    }

    /** Number of tokens that count (non-null comparable texts). */
    public int tokenCount() {
        return tokenCount;
    }

    /** Whether the program parsed without syntax errors, so its tree is compared too. */
    public boolean parsedCleanly() {
        return subtrees != null;
    }
}

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

    private static long[] grow(long[] a, int size) {
        return size <= a.length ? a : java.util.Arrays.copyOf(a, Math.max(size, a.length * 2));
    }

    static Profile build(Language language, ParseResult parsed) {
        List<String> comparable = language.comparableTokens(parsed);
        int n = parsed.tokens().size();
        long[] byIndex = new long[n];
        long[] sequence = new long[n];
        int count = 0;
        java.util.Set<Integer> unterminated = new java.util.HashSet<>();
        for (SyntaxIssue issue : parsed.issues()) {
            if (issue.kind() == SyntaxIssue.Kind.UNTERMINATED) {
                unterminated.add(issue.diagnostic().start());
            }
        }
        for (int i = 0; i < n && i < comparable.size(); i++) {
            String canonical = comparable.get(i);
            if (canonical != null) {
                byIndex[i] = Hashes.ofText(canonical);
                sequence = grow(sequence, count + 1);
                sequence[count++] = byIndex[i];
            } else if (unterminated.contains(parsed.tokens().get(i).start())) {
                // A string that never closes swallowed the rest of the text; what the author wrote
                // there still counts, as the tokens it would be without the opening quote.
                LexToken t = parsed.tokens().get(i);
                String rest = t.text().startsWith("/*") ? t.text().substring(2) : t.text().substring(1);
                ParseResult inner = language.parse(rest);
                for (String c : language.comparableTokens(inner)) {
                    if (c != null) {
                        sequence = grow(sequence, count + 1);
                        sequence[count++] = Hashes.ofText(c);
                    }
                }
            }
        }
        HashMultiset[] grams = new HashMultiset[MAX_N];
        long[] chained = sequence.clone();
        grams[0] = HashMultiset.of(chained, count);
        for (int size = 2; size <= MAX_N; size++) {
            // chained[i] holds the (size-1)-gram starting at i; extend it by one token.
            int starts = Math.max(0, count - size + 1);
            for (int i = 0; i < starts; i++) {
                chained[i] = Hashes.append(chained[i], sequence[i + size - 1]);
            }
            grams[size - 1] = HashMultiset.of(chained, starts);
        }
        boolean clean = parsed.issues().isEmpty() && parsed.tree() != null;
        HashMultiset subtrees = clean ? SubtreeHashes.of(parsed.tree(), byIndex) : null;
        return new Profile(language.id(), count, grams, subtrees);
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

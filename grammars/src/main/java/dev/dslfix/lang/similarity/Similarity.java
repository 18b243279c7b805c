package dev.dslfix.lang.similarity;

import dev.dslfix.lang.DeepStack;
import dev.dslfix.lang.Language;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Semantic similarity of two programs of one language, in [0, 1]: used to rank repair candidates
 * by closeness to what the author wrote, and to report how far a repair drifted from the original.
 * It is symmetric, and 1.0 for programs that are the same up to whitespace, comments and the
 * language's canonicalisation ({@link Language#comparableTokens}).
 *
 * <p>Formula:
 * <ul>
 * <li><b>tokens</b>: the language's comparable token texts of each side
 *     ({@link Language#comparableTokens}), in order, null entries left out.</li>
 * <li><b>ngram</b> = mean over n = 1..4 of the Dice coefficient of the multisets of token
 *     n-grams: 2|A &cap; B| / (|A| + |B|) (multiset intersection); if both sides have no n-grams of
 *     size n (too short) that n is skipped; if both token lists are empty, similarity is 1.0; if
 *     exactly one is empty, 0.0.</li>
 * <li><b>syntax</b> = Dice coefficient of the multisets of subtree hashes of the two parse trees,
 *     where each subtree (every rule node) hashes its rule index plus the ordered hashes of its
 *     children, and a terminal hashes its comparable token text (terminals whose comparable text
 *     is null are skipped, and so is EOF; error nodes hash as their text). A rule node with no
 *     counted terminal below it is skipped like a null terminal (so a dropped table alias leaves
 *     no empty {@code alias} node behind). Hashes are 64-bit (FNV-1a over the text, splitmix64
 *     mixing); two empty multisets have Dice 1.0.</li>
 * <li><b>similarity</b> = (ngram + syntax) / 2 when both sides parse with no syntax errors
 *     ({@code ParseResult.issues()} empty and tree non-null); otherwise ngram alone (token-level
 *     fallback).</li>
 * </ul>
 *
 * <p>Cost: one parse per side plus a few linear passes over its tokens and tree. When one program is
 * compared with many, {@link #profile} it once and use {@link #between(Profile, Profile)}.
 */
public final class Similarity {

    /**
     * The components of one comparison.
     *
     * @param similarity     the result, in [0, 1]
     * @param ngram          mean n-gram Dice over the sizes that were not skipped
     * @param syntax         subtree Dice; NaN when not compared (a side has syntax errors)
     * @param syntaxCompared whether both sides parsed cleanly, so syntax is part of the result
     * @param ngramDice      Dice for n = 1..4 (index n-1); NaN for a size that was skipped
     */
    public record Breakdown(double similarity, double ngram, double syntax, boolean syntaxCompared,
                            List<Double> ngramDice) {
    }

    private Similarity() {
    }

    public static double between(Language language, String a, String b) {
        return explain(language, a, b).similarity();
    }

    public static Breakdown explain(Language language, String a, String b) {
        // One large-stack thread for both sides: parsing and token hooks may recurse deeply.
        return DeepStack.call(() -> explain(Profile.build(language, a), Profile.build(language, b)));
    }

    /** What is compared of one program; reuse it to compare one program with many. */
    public static Profile profile(Language language, String text) {
        return DeepStack.call(() -> Profile.build(language, text));
    }

    /** The same, from a parse the caller already has. */
    public static Profile profile(Language language, dev.dslfix.lang.ParseResult parsed) {
        return DeepStack.call(() -> Profile.build(language, parsed));
    }

    public static double between(Profile a, Profile b) {
        return explain(a, b).similarity();
    }

    public static Breakdown explain(Profile a, Profile b) {
        if (!a.languageId.equals(b.languageId)) {
            throw new IllegalArgumentException("profiles of different languages: " + a.languageId + ", " + b.languageId);
        }
        List<Double> perSize = new ArrayList<>(Profile.MAX_N);
        double sum = 0;
        int sizes = 0;
        for (int n = 0; n < Profile.MAX_N; n++) {
            HashMultiset x = a.ngrams[n];
            HashMultiset y = b.ngrams[n];
            if (x.size == 0 && y.size == 0) {
                perSize.add(Double.NaN);
                continue;
            }
            double dice = HashMultiset.dice(x, y);
            perSize.add(dice);
            sum += dice;
            sizes++;
        }
        // No size compared means both token lists are empty: the programs are equal.
        double ngram = sizes == 0 ? 1.0 : sum / sizes;
        boolean syntaxCompared = a.subtrees != null && b.subtrees != null;
        double syntax = syntaxCompared ? HashMultiset.dice(a.subtrees, b.subtrees) : Double.NaN;
        double similarity;
        if (a.tokenCount == 0 || b.tokenCount == 0) {
            similarity = a.tokenCount == b.tokenCount ? 1.0 : 0.0;
        } else {
            similarity = syntaxCompared ? (ngram + syntax) / 2 : ngram;
        }
        return new Breakdown(similarity, ngram, syntax, syntaxCompared, Collections.unmodifiableList(perSize));
    }
}

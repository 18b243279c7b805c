package dev.dslfix.lang.similarity;

import dev.dslfix.lang.DeepStack;
import dev.dslfix.lang.Language;
import dev.dslfix.lang.ParseResult;

/**
 * {@link Similarity} between a document and the same document with one region's text replaced,
 * computed from parses of the region's texts alone. Outside the region both documents have the
 * same n-grams and subtrees, and in a Dice coefficient a part shared by both sides only adds its
 * count (min(p + a, p + b) = p + min(a, b)): the region's n-grams (with up to three of the
 * document's tokens on each side, for those that cross its edges), its subtrees below the root,
 * and the root itself are all that differ.
 *
 * <p>Exact where the region's parse is the document's parse of it, as a language's
 * {@link Language#regionChecker} promises: the same comparable tokens, and the same subtrees
 * directly under a root of the same rule. A repair of one statement of a 300-line script then
 * ranks its candidates as the whole document's repair would, without parsing the script for each.
 * One difference is deliberate: where a text does not parse, ANTLR's recovery can change how the
 * tokens after the error read in the whole document (an alias of the next statement no longer
 * resolved); computed from the region, the rest of the document counts as it is written.
 */
public final class RegionSimilarity {
    private final Language regionLanguage;
    private final Profile document;
    private final long[] before;
    private final long[] after;
    private final Part input;

    /** What the region contributes to the document's profile. */
    private record Part(int tokens, HashMultiset[] ngrams, HashMultiset subtrees, long root) {
    }

    private RegionSimilarity(Language regionLanguage, Profile document, long[] before, long[] after, Part input) {
        this.regionLanguage = regionLanguage;
        this.document = document;
        this.before = before;
        this.after = after;
        this.input = input;
    }

    /**
     * @param document       the document's parse
     * @param start          where the region starts in the document
     * @param end            where it ends
     * @param regionLanguage the language that parses the region's texts
     * @param region         its parse of the region's text as the document has it
     */
    public static RegionSimilarity of(Language language, ParseResult document, int start, int end, Language regionLanguage, ParseResult region) {
        return DeepStack.call(() -> {
            Profile.Sequence seq = Profile.Sequence.of(language, document);
            int first = 0;
            while (first < seq.count && seq.offsets[first] < start) {
                first++;
            }
            int last = first;
            while (last < seq.count && seq.offsets[last] < end) {
                last++;
            }
            long[] before = java.util.Arrays.copyOfRange(seq.hashes, Math.max(0, first - (Profile.MAX_N - 1)), first);
            long[] after = java.util.Arrays.copyOfRange(seq.hashes, last, Math.min(seq.count, last + Profile.MAX_N - 1));
            Profile whole = Profile.build(language, document, seq);
            return new RegionSimilarity(regionLanguage, whole, before, after, part(regionLanguage, before, after, region));
        });
    }

    /** What a parse of the region contributes, between the document's tokens {@code before} and {@code after} it. */
    private static Part part(Language regionLanguage, long[] before, long[] after, ParseResult region) {
        Profile.Sequence seq = Profile.Sequence.of(regionLanguage, region);
        long[] window = new long[before.length + seq.count + after.length];
        System.arraycopy(before, 0, window, 0, before.length);
        System.arraycopy(seq.hashes, 0, window, before.length, seq.count);
        System.arraycopy(after, 0, window, before.length + seq.count, after.length);
        HashMultiset[] grams = Profile.ngrams(window, window.length, before.length, after.length);
        boolean clean = region.issues().isEmpty() && region.tree() != null;
        SubtreeHashes.Split split = clean ? SubtreeHashes.split(region.tree(), seq.byIndex) : null;
        return new Part(seq.count, grams, split == null ? null : split.below(), split == null ? Hashes.NONE : split.root());
    }

    /** The similarity of the document to the document with the region's text replaced by the parsed one. */
    public double to(ParseResult region) {
        return DeepStack.call(() -> between(part(regionLanguage, before, after, region)));
    }

    private double between(Part other) {
        int tokens = document.tokenCount - input.tokens() + other.tokens();
        if (document.tokenCount == 0 || tokens == 0) {
            return document.tokenCount == tokens ? 1.0 : 0.0;
        }
        double sum = 0;
        int sizes = 0;
        for (int n = 0; n < Profile.MAX_N; n++) {
            int shared = document.ngrams[n].size - input.ngrams()[n].size;
            int a = document.ngrams[n].size;
            int b = shared + other.ngrams()[n].size;
            if (a == 0 && b == 0) {
                continue;
            }
            sum += 2.0 * (shared + HashMultiset.intersection(input.ngrams()[n], other.ngrams()[n])) / (a + b);
            sizes++;
        }
        double ngram = sizes == 0 ? 1.0 : sum / sizes;
        if (document.subtrees == null || input.subtrees() == null || other.subtrees() == null) {
            return ngram;
        }
        // The root is one subtree on each side, the same only where the region's roots are.
        int shared = document.subtrees.size - input.subtrees().size - 1;
        int a = document.subtrees.size;
        int b = shared + other.subtrees().size + 1;
        int common = shared + HashMultiset.intersection(input.subtrees(), other.subtrees()) + (input.root() == other.root() ? 1 : 0);
        double syntax = a + b == 0 ? 1.0 : 2.0 * common / (a + b);
        return (ngram + syntax) / 2;
    }
}

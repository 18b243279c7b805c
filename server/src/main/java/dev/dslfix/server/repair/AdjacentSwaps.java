package dev.dslfix.server.repair;

import dev.dslfix.lang.LexToken;
import java.util.List;
import java.util.Map;

/**
 * Repairs that only swap two adjacent words of the input back into order ("NOT TEXT NULL" to
 * "TEXT NOT NULL", "for in pid" to "for pid in"). Such a repair keeps every word the author wrote,
 * yet the n-gram similarity scores it below deleting one of the two words (the swap breaks more
 * n-grams than the deletion does), by 0.005 in a long document and 0.06 in a one-line one; so
 * where both pass, the swap is ranked above the deletion. Brackets and separators are left out:
 * a stray closer or a doubled comma swapped into a neighbouring construct ("]])" to ")]]") is not
 * a repair of order.
 */
final class AdjacentSwaps {
    private AdjacentSwaps() {
    }

    /** The visible token texts of a text, in order. */
    static List<String> words(List<LexToken> tokens) {
        return tokens.stream().filter(t -> !t.hidden()).map(LexToken::text).toList();
    }

    /**
     * Raises the closeness (by candidate text) of each passing swap by {@code margin} (as for the
     * checker's own choice), and to just above that of any candidate that deletes one of the two
     * swapped words instead.
     */
    static void lift(List<String> input, List<Candidate> candidates, Map<String, List<String>> wordsOf, Map<String, Double> closeness, double margin) {
        for (Candidate swap : candidates) {
            int k = swap.passes() ? swapped(input, wordsOf.get(swap.text())) : -1;
            if (k < 0) {
                continue;
            }
            closeness.merge(swap.text(), swap.similarity() + margin, Math::max);
            for (Candidate other : candidates) {
                List<String> w = wordsOf.get(other.text());
                if (dropped(input, w, k) || dropped(input, w, k + 1)) {
                    closeness.merge(swap.text(), closeness.get(other.text()) + STEP, Math::max);
                }
            }
        }
    }

    /** One step of the ranking's two-decimal comparison. */
    private static final double STEP = 0.01;

    /** Where {@code repaired} is {@code input} with tokens k and k + 1 (not punctuation) exchanged; -1 when it is not. */
    static int swapped(List<String> input, List<String> repaired) {
        if (input.size() != repaired.size()) {
            return -1;
        }
        int k = 0;
        while (k < input.size() && input.get(k).equals(repaired.get(k))) {
            k++;
        }
        if (k + 1 >= input.size() || !input.get(k).equals(repaired.get(k + 1)) || !input.get(k + 1).equals(repaired.get(k))
                || punctuation(input.get(k)) || punctuation(input.get(k + 1))) {
            return -1;
        }
        return input.subList(k + 2, input.size()).equals(repaired.subList(k + 2, repaired.size())) ? k : -1;
    }

    /** Whether {@code repaired} is {@code input} without its token {@code k}. */
    static boolean dropped(List<String> input, List<String> repaired, int k) {
        return repaired.size() == input.size() - 1 && input.subList(0, k).equals(repaired.subList(0, k))
                && input.subList(k + 1, input.size()).equals(repaired.subList(k, repaired.size()));
    }

    private static boolean punctuation(String token) {
        return token.chars().allMatch(c -> "()[]{},;".indexOf(c) >= 0);
    }
}

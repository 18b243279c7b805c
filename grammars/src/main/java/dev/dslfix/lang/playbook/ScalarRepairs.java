package dev.dslfix.lang.playbook;

import dev.dslfix.lang.EnglishNumbers;
import dev.dslfix.lang.Suggestions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a scalar of the wrong type was probably meant to be: the boolean a typo spells ("ture",
 * "ys", "falsee", "true_id") and the number that words or a quoted numeral spell ("five", "10").
 * Only values within reach are offered: a word like "maybe" gets no boolean, since picking true or
 * false for the author would change what the playbook does.
 */
final class ScalarRepairs {
    private static final List<String> BOOLEANS = List.of("true", "false", "yes", "no");

    private ScalarRepairs() {
    }

    /** Booleans the text is a slip of, or starts with as a whole word; closest first. */
    static List<String> booleans(String text) {
        String t = text.strip().toLowerCase(Locale.ROOT);
        if (t.isEmpty() || Scalars.boolLike(t)) {
            return List.of();
        }
        int limit = t.length() >= 4 ? 2 : 1;
        record Found(String value, int distance) {
        }
        List<Found> found = new ArrayList<>();
        for (String b : BOOLEANS) {
            int d = Suggestions.distance(t, b, limit);
            if (d <= limit) {
                found.add(new Found(b, d));
            } else if (t.length() > b.length() && t.startsWith(b) && !Character.isLetterOrDigit(t.charAt(b.length()))) {
                found.add(new Found(b, limit + 1)); // "true_id", "yes please": a suffix glued on
            }
        }
        found.sort(Comparator.comparingInt(Found::distance)); // stable: list order breaks ties
        return found.stream().map(Found::value).toList();
    }

    /** The integer the text spells ("five", "twenty-one", " 42 "), if it spells a whole number. */
    static Optional<String> integer(String text) {
        return number(text).filter(n -> n.matches("[+-]?\\d+"));
    }

    /** The number the text spells, integer or not. */
    static Optional<String> number(String text) {
        return EnglishNumbers.asNumber(text);
    }
}

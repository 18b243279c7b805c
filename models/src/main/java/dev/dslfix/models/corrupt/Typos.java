package dev.dslfix.models.corrupt;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * One-letter typos as people and models make them: a dropped, swapped, doubled or neighbouring
 * letter. The first letter is kept (typos rarely hit it, and readers recognise the word by it).
 */
final class Typos {
    private Typos() {
    }

    private static final String[] ROWS = {"qwertyuiop", "asdfghjkl", "zxcvbnm"};

    /** All one-edit typos of the word, in a random order; never the word itself (ignoring case). */
    static List<String> of(String word, Random rnd) {
        List<String> out = new ArrayList<>();
        int n = word.length();
        for (int i = 1; i < n; i++) {
            out.add(word.substring(0, i) + word.substring(i + 1));
            out.add(word.substring(0, i + 1) + word.charAt(i) + word.substring(i + 1));
            if (i + 1 < n) {
                out.add(word.substring(0, i) + word.charAt(i + 1) + word.charAt(i) + word.substring(i + 2));
            }
            char neighbour = neighbour(word.charAt(i), rnd);
            if (neighbour != 0) {
                out.add(word.substring(0, i) + neighbour + word.substring(i + 1));
            }
        }
        if (n == 1) {
            out.add(word + word);
        }
        String lower = word.toLowerCase(Locale.ROOT);
        out.removeIf(s -> s.isEmpty() || s.toLowerCase(Locale.ROOT).equals(lower));
        Collections.shuffle(out, rnd);
        return out;
    }

    /** A key next to c on a QWERTY keyboard, in c's case; 0 for non-letters. */
    static char neighbour(char c, Random rnd) {
        char lc = Character.toLowerCase(c);
        for (int r = 0; r < ROWS.length; r++) {
            int k = ROWS[r].indexOf(lc);
            if (k < 0) {
                continue;
            }
            List<Character> options = new ArrayList<>();
            if (k > 0) {
                options.add(ROWS[r].charAt(k - 1));
            }
            if (k + 1 < ROWS[r].length()) {
                options.add(ROWS[r].charAt(k + 1));
            }
            char pick = options.get(rnd.nextInt(options.size()));
            return Character.isUpperCase(c) ? Character.toUpperCase(pick) : pick;
        }
        return 0;
    }
}

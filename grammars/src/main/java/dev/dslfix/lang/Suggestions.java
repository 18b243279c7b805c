package dev.dslfix.lang;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean ...?" for misspelled names: the closest candidate by edit distance, if close enough. */
public final class Suggestions {
    private Suggestions() {
    }

    public static Optional<String> closest(String name, Collection<String> candidates) {
        String target = name.toLowerCase(Locale.ROOT);
        if (target.length() < 3) {
            return Optional.empty(); // every short name is one edit from another: no signal
        }
        int limit = Math.max(1, Math.min(3, target.length() / 3));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String c = candidate.toLowerCase(Locale.ROOT);
            if (c.equals(target)) {
                continue;
            }
            int d = distance(target, c, limit);
            if (d <= limit && (d < bestDistance || (d == bestDistance && candidate.compareTo(best) < 0))) {
                best = candidate;
                bestDistance = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Up to {@code max} candidates within reach, closest first (ties by name). */
    public static java.util.List<String> closestAll(String name, Collection<String> candidates, int max) {
        String target = name.toLowerCase(Locale.ROOT);
        if (target.length() < 3) {
            return java.util.List.of();
        }
        int limit = Math.max(1, Math.min(3, target.length() / 3));
        java.util.List<java.util.Map.Entry<String, Integer>> found = new java.util.ArrayList<>();
        for (String candidate : new java.util.LinkedHashSet<>(candidates)) {
            String c = candidate.toLowerCase(Locale.ROOT);
            int d = c.equals(target) ? limit + 1 : distance(target, c, limit);
            if (d <= limit) {
                found.add(java.util.Map.entry(candidate, d));
            }
        }
        found.sort(java.util.Map.Entry.<String, Integer>comparingByValue().thenComparing(java.util.Map.Entry.comparingByKey()));
        return found.stream().limit(max).map(java.util.Map.Entry::getKey).toList();
    }

    /**
     * Up to {@code max} candidates that share parts with the name even when no typo explains the
     * difference ("customer_name" and "full_name" share "name"): scored by the Dice coefficient
     * of character trigrams, ties by name. Used when {@link #closestAll} finds nothing.
     */
    public static java.util.List<String> related(String name, Collection<String> candidates, int max) {
        java.util.Set<String> a = trigrams(name.toLowerCase(Locale.ROOT));
        java.util.List<java.util.Map.Entry<String, Double>> scored = new java.util.ArrayList<>();
        for (String c : new java.util.LinkedHashSet<>(candidates)) {
            java.util.Set<String> b = trigrams(c.toLowerCase(Locale.ROOT));
            if (a.isEmpty() || b.isEmpty()) {
                continue;
            }
            long shared = a.stream().filter(b::contains).count();
            double dice = 2.0 * shared / (a.size() + b.size());
            if (dice >= 0.25 && !c.equalsIgnoreCase(name)) {
                scored.add(java.util.Map.entry(c, dice));
            }
        }
        scored.sort(java.util.Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(java.util.Map.Entry.comparingByKey()));
        return scored.stream().limit(max).map(java.util.Map.Entry::getKey).toList();
    }

    private static java.util.Set<String> trigrams(String s) {
        String padded = "^" + s + "$";
        java.util.Set<String> out = new java.util.HashSet<>();
        for (int i = 0; i + 3 <= padded.length(); i++) {
            out.add(padded.substring(i, i + 3));
        }
        return out;
    }

    /**
     * A keyword written in the case of the word it replaces or follows: all lower, all upper, or
     * as given ("frrom" is "from" in lower-case SQL).
     */
    public static String casedLike(String written, String keyword) {
        if (written.equals(written.toLowerCase(Locale.ROOT)) && !written.equals(written.toUpperCase(Locale.ROOT))) {
            return keyword.toLowerCase(Locale.ROOT);
        }
        if (written.equals(written.toUpperCase(Locale.ROOT)) && !written.equals(written.toLowerCase(Locale.ROOT))) {
            return keyword.toUpperCase(Locale.ROOT);
        }
        return keyword;
    }

    /** Optimal string alignment distance (Levenshtein plus adjacent transpositions), stopping past {@code limit}. */
    public static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int v = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    v = Math.min(v, d[i - 2][j - 2] + 1);
                }
                d[i][j] = v;
                rowMin = Math.min(rowMin, v);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
        }
        return d[a.length()][b.length()];
    }
}

package dev.dslfix.server.repair;

import dev.dslfix.lang.TextEdit;
import java.util.ArrayList;
import java.util.List;

/**
 * The edits that turn one text into another, as few small hunks: a Myers diff over runs of word
 * characters, runs of whitespace and single other characters, so that a repair shows as
 * "insert ')' here" rather than "replace these lines".
 */
final class TextDiff {
    private TextDiff() {
    }

    static List<TextEdit> edits(String from, String to) {
        // Common prefix and suffix first: repairs are local, and this keeps the diff small.
        int prefix = 0;
        int max = Math.min(from.length(), to.length());
        while (prefix < max && from.charAt(prefix) == to.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix && from.charAt(from.length() - 1 - suffix) == to.charAt(to.length() - 1 - suffix)) {
            suffix++;
        }
        // Widen to run boundaries so hunks do not split words.
        while (prefix > 0 && Character.isLetterOrDigit(from.charAt(prefix - 1))) {
            prefix--;
        }
        while (suffix > 0 && Character.isLetterOrDigit(from.charAt(from.length() - suffix))) {
            suffix--;
        }
        String a = from.substring(prefix, from.length() - suffix);
        String b = to.substring(prefix, to.length() - suffix);
        if (a.isEmpty() && b.isEmpty()) {
            return List.of();
        }
        List<int[]> ra = runs(a);
        List<int[]> rb = runs(b);
        if ((long) ra.size() * rb.size() > 4_000_000L) {
            return List.of(new TextEdit(prefix, from.length() - suffix, b));
        }
        List<TextEdit> out = new ArrayList<>();
        for (int[] h : hunks(a, ra, b, rb)) {
            int aStart = h[0] < ra.size() ? ra.get(h[0])[0] : a.length();
            int aEnd = h[1] > 0 ? (h[1] <= ra.size() ? ra.get(h[1] - 1)[1] : a.length()) : aStart;
            int bStart = h[2] < rb.size() ? rb.get(h[2])[0] : b.length();
            int bEnd = h[3] > 0 ? (h[3] <= rb.size() ? rb.get(h[3] - 1)[1] : b.length()) : bStart;
            if (h[1] == h[0]) {
                aEnd = aStart;
            }
            if (h[3] == h[2]) {
                bEnd = bStart;
            }
            out.add(new TextEdit(prefix + aStart, prefix + aEnd, b.substring(bStart, bEnd)));
        }
        return out;
    }

    private static List<int[]> runs(String s) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int j = i + 1;
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '_') {
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
                    j++;
                }
            } else if (Character.isWhitespace(c)) {
                while (j < s.length() && Character.isWhitespace(s.charAt(j))) {
                    j++;
                }
            }
            out.add(new int[] {i, j});
            i = j;
        }
        return out;
    }

    /** Hunks as [aFrom, aTo, bFrom, bTo] run indices, from a longest-common-subsequence table. */
    private static List<int[]> hunks(String a, List<int[]> ra, String b, List<int[]> rb) {
        int n = ra.size();
        int m = rb.size();
        String[] x = new String[n];
        String[] y = new String[m];
        for (int i = 0; i < n; i++) {
            x[i] = a.substring(ra.get(i)[0], ra.get(i)[1]);
        }
        for (int j = 0; j < m; j++) {
            y[j] = b.substring(rb.get(j)[0], rb.get(j)[1]);
        }
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = x[i].equals(y[j]) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && x[i].equals(y[j])) {
                i++;
                j++;
                continue;
            }
            int i0 = i;
            int j0 = j;
            while ((i < n || j < m) && !(i < n && j < m && x[i].equals(y[j]))) {
                if (j >= m || (i < n && lcs[i + 1][j] >= lcs[i][j + 1])) {
                    i++;
                } else {
                    j++;
                }
            }
            out.add(new int[] {i0, i, j0, j});
        }
        return out;
    }
}

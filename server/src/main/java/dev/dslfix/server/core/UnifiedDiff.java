package dev.dslfix.server.core;

import java.util.ArrayList;
import java.util.List;

/** A unified diff (the `diff -u` format) between two texts, line by line, with 3 lines of context. */
public final class UnifiedDiff {
    private static final int CONTEXT = 3;

    private UnifiedDiff() {
    }

    public static String of(String oldName, String newName, String a, String b) {
        List<String> x = lines(a);
        List<String> y = lines(b);
        int n = x.size();
        int m = y.size();
        // Trim the common head and tail: the table below is then small for local repairs.
        int head = 0;
        while (head < n && head < m && x.get(head).equals(y.get(head))) {
            head++;
        }
        int tail = 0;
        while (tail < n - head && tail < m - head && x.get(n - 1 - tail).equals(y.get(m - 1 - tail))) {
            tail++;
        }
        List<String[]> ops = new ArrayList<>(); // {" ", line} | {"-", line} | {"+", line}
        for (int i = 0; i < head; i++) {
            ops.add(new String[] {" ", x.get(i)});
        }
        List<String> xs = x.subList(head, n - tail);
        List<String> ys = y.subList(head, m - tail);
        int[][] lcs = new int[xs.size() + 1][ys.size() + 1];
        for (int i = xs.size() - 1; i >= 0; i--) {
            for (int j = ys.size() - 1; j >= 0; j--) {
                lcs[i][j] = xs.get(i).equals(ys.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < xs.size() || j < ys.size()) {
            if (i < xs.size() && j < ys.size() && xs.get(i).equals(ys.get(j))) {
                ops.add(new String[] {" ", xs.get(i++)});
                j++;
            } else if (j >= ys.size() || (i < xs.size() && lcs[i + 1][j] >= lcs[i][j + 1])) {
                ops.add(new String[] {"-", xs.get(i++)});
            } else {
                ops.add(new String[] {"+", ys.get(j++)});
            }
        }
        for (int k = n - tail; k < n; k++) {
            ops.add(new String[] {" ", x.get(k)});
        }
        return render(oldName, newName, ops);
    }

    private static String render(String oldName, String newName, List<String[]> ops) {
        StringBuilder out = new StringBuilder();
        int k = 0;
        boolean any = false;
        while (k < ops.size()) {
            if (ops.get(k)[0].equals(" ")) {
                k++;
                continue;
            }
            if (!any) {
                out.append("--- ").append(oldName).append('\n').append("+++ ").append(newName).append('\n');
                any = true;
            }
            int from = Math.max(0, k - CONTEXT);
            int to = k;
            // Extend the hunk while changes are within 2*CONTEXT lines of each other.
            int lastChange = k;
            while (to < ops.size() && (to - lastChange) <= 2 * CONTEXT) {
                if (!ops.get(to)[0].equals(" ")) {
                    lastChange = to;
                }
                to++;
            }
            to = Math.min(ops.size(), lastChange + CONTEXT + 1);
            int oldStart = 1;
            int newStart = 1;
            for (int q = 0; q < from; q++) {
                if (!ops.get(q)[0].equals("+")) {
                    oldStart++;
                }
                if (!ops.get(q)[0].equals("-")) {
                    newStart++;
                }
            }
            int oldCount = 0;
            int newCount = 0;
            StringBuilder body = new StringBuilder();
            for (int q = from; q < to; q++) {
                String[] op = ops.get(q);
                body.append(op[0]).append(op[1]).append('\n');
                if (!op[0].equals("+")) {
                    oldCount++;
                }
                if (!op[0].equals("-")) {
                    newCount++;
                }
            }
            out.append("@@ -").append(oldCount == 0 ? oldStart - 1 : oldStart).append(',').append(oldCount)
                    .append(" +").append(newCount == 0 ? newStart - 1 : newStart).append(',').append(newCount).append(" @@\n")
                    .append(body);
            k = to;
        }
        return out.toString();
    }

    private static List<String> lines(String s) {
        List<String> out = new ArrayList<>(List.of(s.split("\n", -1)));
        if (!out.isEmpty() && out.get(out.size() - 1).isEmpty()) {
            out.remove(out.size() - 1);
        }
        return out;
    }
}

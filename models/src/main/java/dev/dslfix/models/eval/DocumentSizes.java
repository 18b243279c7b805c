package dev.dslfix.models.eval;

import java.util.ArrayList;
import java.util.List;

/** The document sizes (lines of the original program) that latency is reported by. */
public final class DocumentSizes {
    private DocumentSizes() {
    }

    /** Inclusive line ranges. */
    public static final List<int[]> RANGES = List.of(new int[] {0, 50}, new int[] {51, 150}, new int[] {151, 300},
            new int[] {301, Integer.MAX_VALUE});

    /** Lines of the case's original program. */
    public static int lines(EvalCase c) {
        return (int) c.original().lines().count();
    }

    /** Lines of each case's original program. */
    public static int[] lines(List<EvalCase> cases) {
        return cases.stream().mapToInt(DocumentSizes::lines).toArray();
    }

    /** Indexes of the cases whose line count lies in the range. */
    public static List<Integer> casesIn(int[] lines, int[] range) {
        List<Integer> idx = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            if (lines[i] >= range[0] && lines[i] <= range[1]) {
                idx.add(i);
            }
        }
        return idx;
    }

    /** "0-50", "151-300", ">300". */
    public static String label(int[] range) {
        return range[1] == Integer.MAX_VALUE ? ">" + (range[0] - 1) : range[0] + "-" + range[1];
    }
}

package dev.dslfix.models.eval;

import java.util.Arrays;
import java.util.List;

/**
 * The metrics of DESIGN.md over a group of cases, for one system.
 *
 * @param passAt1    the top candidate passes the full checker
 * @param passAtK    any of the top k passes
 * @param exactAt1   the top candidate equals the original ignoring whitespace
 * @param similarity mean similarity of the top candidate (the input itself when there is none) to the original
 * @param drift      mean 1 - similarity
 * @param p50Millis  median wall time per repair
 * @param p95Millis  95th percentile wall time per repair
 */
public record Metrics(int cases, double passAt1, double passAtK, double exactAt1, double similarity, double drift,
                      double p50Millis, double p95Millis) {

    public static Metrics of(List<Outcome> outcomes) {
        int n = outcomes.size();
        if (n == 0) {
            return new Metrics(0, 0, 0, 0, 0, 0, 0, 0);
        }
        double pass1 = outcomes.stream().filter(Outcome::passAt1).count() / (double) n;
        double passK = outcomes.stream().filter(Outcome::passAtK).count() / (double) n;
        double exact = outcomes.stream().filter(Outcome::exactAt1).count() / (double) n;
        double sim = outcomes.stream().mapToDouble(Outcome::similarity).average().orElse(0);
        long[] nanos = outcomes.stream().mapToLong(Outcome::nanos).sorted().toArray();
        return new Metrics(n, pass1, passK, exact, sim, 1 - sim, percentile(nanos, 50), percentile(nanos, 95));
    }

    private static double percentile(long[] sorted, int p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }

    /** What one system did on one case. */
    public record Outcome(boolean passAt1, boolean passAtK, boolean exactAt1, double similarity, long nanos, int lines) {
    }

    static String pct(double x) {
        return String.format(java.util.Locale.ROOT, "%.1f%%", 100 * x);
    }

    static double median(int[] xs) {
        int[] s = xs.clone();
        Arrays.sort(s);
        return s.length == 0 ? 0 : s[s.length / 2];
    }
}

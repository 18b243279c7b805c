package dev.dslfix.server.bench;

import java.util.Arrays;

/** Percentiles of a sample of durations in nanoseconds, printed in milliseconds. */
public record Stats(double p50, double p95, double mean, int n) {

    public static Stats of(long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
        return new Stats(percentile(sorted, 50), percentile(sorted, 95), mean, sorted.length);
    }

    private static double percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))] / 1e6;
    }
}

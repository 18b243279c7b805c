package dev.dslfix.server.bench;

import dev.dslfix.models.eval.DocumentSizes;
import dev.dslfix.models.eval.EvalCase;
import dev.dslfix.models.eval.Repairer;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Repair latency on a language's evaluation cases. Every system repairs every case several times,
 * interleaved (case by case, system by system) so that the machine's noise falls on all systems
 * alike; a case's latency is the median of its runs, and the table gives p50 / p95 over cases by
 * document size (lines of the original program, as `eval` counts them), with each system's p95
 * as a multiple of the first system's.
 */
public final class RepairBenchmark {
    private final int repeats;
    private final int warmup;
    private final PrintStream out;

    public RepairBenchmark(int repeats, int warmup, PrintStream out) {
        if (repeats < 1 || warmup < 0) {
            throw new IllegalArgumentException("repeats must be at least 1 and warm-up rounds at least 0");
        }
        this.repeats = repeats;
        this.warmup = warmup;
        this.out = out;
    }

    /** Per system, per case: the median latency in nanoseconds. */
    public long[][] measure(List<EvalCase> cases, List<Repairer> systems) {
        for (int w = 0; w < warmup; w++) {
            for (EvalCase c : cases) {
                systems.forEach(s -> s.repair(c.corrupted()));
            }
        }
        long[][][] runs = new long[systems.size()][cases.size()][repeats];
        for (int r = 0; r < repeats; r++) {
            for (int i = 0; i < cases.size(); i++) {
                for (int s = 0; s < systems.size(); s++) {
                    long t0 = System.nanoTime();
                    systems.get(s).repair(cases.get(i).corrupted());
                    runs[s][i][r] = System.nanoTime() - t0;
                }
            }
        }
        long[][] medians = new long[systems.size()][cases.size()];
        for (int s = 0; s < systems.size(); s++) {
            for (int i = 0; i < cases.size(); i++) {
                long[] sorted = runs[s][i].clone();
                Arrays.sort(sorted);
                medians[s][i] = sorted[(sorted.length - 1) / 2];
            }
        }
        return medians;
    }

    /** Measures and prints the table, then each system's {@code slowest} slowest cases on {@code err}. */
    public void run(String title, List<EvalCase> cases, List<Repairer> systems, int slowest, PrintStream err) {
        long[][] medians = measure(cases, systems);
        table(title, cases, systems, medians);
        for (int s = 0; s < systems.size() && slowest > 0; s++) {
            err.println("dslfix: slowest cases of " + systems.get(s).name() + ":");
            long[] m = medians[s];
            java.util.stream.IntStream.range(0, cases.size()).boxed().sorted(java.util.Comparator.comparingLong((Integer i) -> -m[i])).limit(slowest)
                    .forEach(i -> err.printf(Locale.ROOT, "  %8.1f ms  %4d lines  %-20s %s%n", m[i] / 1e6,
                            DocumentSizes.lines(cases.get(i)), cases.get(i).kind().id(), cases.get(i).source()));
        }
    }

    private void table(String title, List<EvalCase> cases, List<Repairer> systems, long[][] medians) {
        int[] lines = DocumentSizes.lines(cases);
        out.printf(Locale.ROOT, "%s: %d cases, median of %d runs per case after %d warm-up round(s), %d CPU(s); baseline: %s%n%n",
                title, cases.size(), repeats, warmup, Runtime.getRuntime().availableProcessors(), systems.get(0).name());
        StringBuilder header = new StringBuilder("| lines | cases |");
        StringBuilder rule = new StringBuilder("|---|---|");
        for (Repairer s : systems) {
            header.append(' ').append(s.name()).append(" p50 / p95 ms |");
            rule.append("---|");
        }
        for (int s = 1; s < systems.size(); s++) {
            header.append(' ').append(systems.get(s).name()).append(" p95 / baseline |");
            rule.append("---|");
        }
        out.println(header);
        out.println(rule);
        List<int[]> rows = new ArrayList<>(DocumentSizes.RANGES);
        rows.add(new int[] {0, Integer.MAX_VALUE});
        for (int[] b : rows) {
            List<Integer> idx = DocumentSizes.casesIn(lines, b);
            if (idx.isEmpty()) {
                continue;
            }
            String label = b[0] == 0 && b[1] == Integer.MAX_VALUE ? "all" : DocumentSizes.label(b);
            StringBuilder row = new StringBuilder("| " + label + " | " + idx.size() + " |");
            Stats[] stats = new Stats[systems.size()];
            for (int s = 0; s < systems.size(); s++) {
                int system = s;
                stats[s] = Stats.of(idx.stream().mapToLong(i -> medians[system][i]).toArray());
                row.append(String.format(Locale.ROOT, " %.1f / %.1f |", stats[s].p50(), stats[s].p95()));
            }
            for (int s = 1; s < systems.size(); s++) {
                row.append(String.format(Locale.ROOT, " %.2f |", stats[0].p95() == 0 ? Double.NaN : stats[s].p95() / stats[0].p95()));
            }
            out.println(row);
        }
    }
}

package dev.dslfix.models.eval;

import dev.dslfix.models.corrupt.ErrorKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The markdown tables of an evaluation: overall, per error kind, and latency by document size. */
public final class EvalReport {
    private EvalReport() {
    }

    public static String markdown(String title, List<EvalCase> cases, Map<String, List<Metrics.Outcome>> results, int k) {
        StringBuilder sb = new StringBuilder();
        int[] lines = DocumentSizes.lines(cases);
        long sources = cases.stream().map(EvalCase::source).distinct().count();
        sb.append("### ").append(title).append("\n\n");
        sb.append(String.format(Locale.ROOT, "%d cases from %d held-out programs (%d to %d lines, median %.0f); k = %d.%n%n",
                cases.size(), sources, min(lines), max(lines), Metrics.median(lines), k));
        sb.append("| system | pass@1 | pass@").append(k).append(" | exact@1 | similarity | drift | p50 ms | p95 ms |\n");
        sb.append("|---|---|---|---|---|---|---|---|\n");
        for (var e : results.entrySet()) {
            Metrics m = Metrics.of(e.getValue());
            sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %.3f | %.3f | %.1f | %.1f |%n", e.getKey(), Metrics.pct(m.passAt1()),
                    Metrics.pct(m.passAtK()), Metrics.pct(m.exactAt1()), m.similarity(), m.drift(), m.p50Millis(), m.p95Millis()));
        }
        sb.append("\n#### pass@1 / exact@1 by error kind\n\n| kind | cases |");
        results.keySet().forEach(name -> sb.append(' ').append(name).append(" |"));
        sb.append("\n|---|---|");
        results.keySet().forEach(name -> sb.append("---|"));
        sb.append('\n');
        for (ErrorKind kind : ErrorKind.values()) {
            int n = (int) cases.stream().filter(c -> c.kind() == kind).count();
            if (n == 0) {
                continue;
            }
            sb.append("| ").append(kind.id()).append(" | ").append(n).append(" |");
            for (var e : results.entrySet()) {
                Metrics m = Metrics.of(EvalRunner.ofKind(cases, e.getValue(), kind));
                sb.append(' ').append(Metrics.pct(m.passAt1())).append(" / ").append(Metrics.pct(m.exactAt1())).append(" |");
            }
            sb.append('\n');
        }
        sb.append("\n#### latency by document size (ms, p50 / p95)\n\n| lines | cases |");
        results.keySet().forEach(name -> sb.append(' ').append(name).append(" |"));
        sb.append("\n|---|---|");
        results.keySet().forEach(name -> sb.append("---|"));
        sb.append('\n');
        for (int[] b : DocumentSizes.RANGES) {
            List<Integer> idx = DocumentSizes.casesIn(lines, b);
            if (idx.isEmpty()) {
                continue;
            }
            sb.append("| ").append(DocumentSizes.label(b)).append(" | ").append(idx.size()).append(" |");
            for (var e : results.entrySet()) {
                Metrics m = Metrics.of(idx.stream().map(e.getValue()::get).toList());
                sb.append(String.format(Locale.ROOT, " %.1f / %.1f |", m.p50Millis(), m.p95Millis()));
            }
            sb.append('\n');
        }
        return sb.toString();
    }

    private static int min(int[] xs) {
        return java.util.Arrays.stream(xs).min().orElse(0);
    }

    private static int max(int[] xs) {
        return java.util.Arrays.stream(xs).max().orElse(0);
    }
}

package dev.dslfix.server.cli;

import dev.dslfix.models.slm.Progress;
import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;

/** A one-line progress bar with ETA on stderr (redrawn in place on a terminal, every 5% otherwise). */
final class ProgressBar implements Progress {
    private final PrintStream out;
    private final boolean terminal;
    private long phaseStart;
    private String phase = "";
    private int lastPercent = -1;

    ProgressBar(PrintStream out) {
        this.out = out;
        this.terminal = System.console() != null;
    }

    @Override
    public void update(String phase, int step, int total, Map<String, Double> metrics) {
        if (!phase.equals(this.phase)) {
            this.phase = phase;
            this.phaseStart = System.nanoTime();
            this.lastPercent = -1;
        }
        int percent = (int) (100L * step / Math.max(1, total));
        if (!terminal && percent / 5 == lastPercent / 5 && step != total) {
            return;
        }
        lastPercent = percent;
        double elapsed = (System.nanoTime() - phaseStart) / 1e9;
        double eta = step == 0 ? 0 : elapsed / step * (total - step);
        int filled = percent / 5;
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "%-4s [%s%s] %4d/%d %3d%% ETA %s", phase, "#".repeat(filled), ".".repeat(20 - filled),
                step, total, percent, duration(eta)));
        metrics.forEach((k, v) -> sb.append(String.format(Locale.ROOT, " %s %.3f", k, v)));
        if (terminal) {
            out.print("\r" + sb);
            if (step == total) {
                out.println();
            }
        } else {
            out.println(sb);
        }
        out.flush();
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        return s >= 60 ? (s / 60) + "m" + String.format("%02d", s % 60) + "s" : s + "s";
    }
}

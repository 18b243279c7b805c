package dev.dslfix.models.slm;

import java.util.List;
import java.util.Locale;

/** The training curves as one SVG: SFT loss, then RL reward, pass rate and similarity by step. */
final class Curve {
    private static final int W = 720;
    private static final int H = 260;
    private static final int PAD = 40;

    private Curve() {
    }

    static String svg(List<Double> loss, List<GrpoTrainer.StepMetrics> rl) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "<svg xmlns='http://www.w3.org/2000/svg' width='%d' height='%d' font-family='sans-serif' font-size='11'>%n", 2 * W, H));
        sb.append("<rect width='100%' height='100%' fill='white'/>\n");
        List<Double> l = Training.smooth(loss, 100);
        double max = l.stream().mapToDouble(Double::doubleValue).max().orElse(1);
        panel(sb, 0, "SFT loss (cross-entropy) by step", List.of(l), List.of("#1f77b4"), List.of("loss"), max, loss.size());
        if (!rl.isEmpty()) {
            List<Double> reward = Training.smooth(rl.stream().map(GrpoTrainer.StepMetrics::reward).toList(), 100);
            List<Double> pass = Training.smooth(rl.stream().map(GrpoTrainer.StepMetrics::passRate).toList(), 100);
            List<Double> sim = Training.smooth(rl.stream().map(GrpoTrainer.StepMetrics::similarity).toList(), 100);
            panel(sb, W, "RL by step", List.of(reward, pass, sim), List.of("#d62728", "#2ca02c", "#9467bd"),
                    List.of("reward", "pass rate", "similarity"), 1.0, rl.size());
        }
        return sb.append("</svg>\n").toString();
    }

    private static void panel(StringBuilder sb, int x0, String title, List<List<Double>> series, List<String> colors,
                              List<String> names, double max, int steps) {
        int w = W - 2 * PAD;
        int h = H - 2 * PAD;
        sb.append(String.format(Locale.ROOT, "<text x='%d' y='20'>%s</text>%n", x0 + PAD, title));
        sb.append(String.format(Locale.ROOT, "<line x1='%d' y1='%d' x2='%d' y2='%d' stroke='black'/>%n", x0 + PAD, H - PAD, x0 + PAD + w, H - PAD));
        sb.append(String.format(Locale.ROOT, "<line x1='%d' y1='%d' x2='%d' y2='%d' stroke='black'/>%n", x0 + PAD, PAD, x0 + PAD, H - PAD));
        sb.append(String.format(Locale.ROOT, "<text x='%d' y='%d'>%.2f</text>%n", x0 + 2, PAD + 4, max));
        sb.append(String.format(Locale.ROOT, "<text x='%d' y='%d'>0</text>%n", x0 + PAD - 12, H - PAD));
        sb.append(String.format(Locale.ROOT, "<text x='%d' y='%d'>step %d</text>%n", x0 + PAD + w - 50, H - PAD + 16, steps));
        for (int s = 0; s < series.size(); s++) {
            List<Double> ys = series.get(s);
            StringBuilder pts = new StringBuilder();
            for (int i = 0; i < ys.size(); i++) {
                double x = x0 + PAD + (ys.size() == 1 ? 0 : (double) i / (ys.size() - 1) * w);
                double y = H - PAD - Math.max(0, Math.min(1, ys.get(i) / max)) * h;
                pts.append(String.format(Locale.ROOT, "%.1f,%.1f ", x, y));
            }
            sb.append(String.format(Locale.ROOT, "<polyline fill='none' stroke='%s' stroke-width='1.5' points='%s'/>%n", colors.get(s), pts));
            sb.append(String.format(Locale.ROOT, "<text x='%d' y='%d' fill='%s'>%s</text>%n", x0 + PAD + 10 + 90 * s, H - 8, colors.get(s), names.get(s)));
        }
    }
}

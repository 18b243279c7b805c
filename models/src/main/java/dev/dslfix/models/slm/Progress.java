package dev.dslfix.models.slm;

import java.util.Map;

/** Where training is, for a progress bar and the metrics log. */
@FunctionalInterface
public interface Progress {
    Progress NONE = (phase, step, total, metrics) -> {
    };

    /** @param metrics named values of this step (loss, reward, pass rate, ...) */
    void update(String phase, int step, int total, Map<String, Double> metrics);
}

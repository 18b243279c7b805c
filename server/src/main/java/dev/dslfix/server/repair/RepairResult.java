package dev.dslfix.server.repair;

import dev.dslfix.lang.Diagnostic;
import java.util.List;

/**
 * Diagnostics of the input and its ranked candidates (best first).
 *
 * @param probes how many trial parses and checks the search made (for benchmarks)
 */
public record RepairResult(List<Diagnostic> diagnostics, List<Candidate> candidates, int probes) {

    public RepairResult {
        diagnostics = List.copyOf(diagnostics);
        candidates = List.copyOf(candidates);
    }

    public boolean hasVerifiedRepair() {
        return !candidates.isEmpty() && candidates.get(0).passes();
    }
}

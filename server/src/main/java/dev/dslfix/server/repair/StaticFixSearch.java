package dev.dslfix.server.repair;

import dev.dslfix.lang.Analyses;
import dev.dslfix.lang.Cancellation;
import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.Fix;
import dev.dslfix.lang.TextEdit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Repairs what the checker finds after the syntax is right (an unknown column, a missing
 * value): applies the checker's own fixes, first error first, trying the alternatives it offers.
 */
final class StaticFixSearch {
    private final Analyses analyses;
    private final Aggressiveness level;
    private final Cancellation cancel;
    private final long deadline;
    private int checks;

    StaticFixSearch(Analyses analyses, Aggressiveness level, Cancellation cancel, long deadlineNanos) {
        this.analyses = analyses;
        this.level = level;
        this.cancel = cancel;
        this.deadline = deadlineNanos;
    }

    /** States from {@code start} that pass the full analyses, cheapest first; at most {@code wanted}. */
    List<RepairState> run(RepairState start, int wanted) {
        List<RepairState> done = new ArrayList<>();
        PriorityQueue<RepairState> queue = new PriorityQueue<>(Comparator.comparingDouble(RepairState::cost));
        Set<String> seen = new HashSet<>();
        queue.add(start);
        int budget = level.maxStaticChecks;
        while (!queue.isEmpty() && done.size() < wanted && checks < budget && System.nanoTime() < deadline) {
            cancel.check();
            RepairState state = queue.poll();
            checks++;
            List<Diagnostic> errors = analyses.errors(state.text());
            if (errors.isEmpty()) {
                done.add(state);
                continue;
            }
            if (state.steps().size() - start.steps().size() >= level.maxSyntaxEdits + level.maxStaticFixes) {
                continue;
            }
            Optional<Diagnostic> fixable = errors.stream().filter(d -> !d.fixes().isEmpty()).findFirst();
            if (fixable.isEmpty()) {
                continue; // nothing the checker knows how to fix
            }
            Diagnostic d = fixable.get();
            List<Fix> fixes = d.fixes().subList(0, Math.min(d.fixes().size(), level.fixesPerDiagnostic));
            for (int k = 0; k < fixes.size(); k++) {
                RepairState child = state.then(asStep(state.text(), d, fixes.get(k), 1.0 + 0.5 * k));
                if (seen.add(child.text())) {
                    queue.add(child);
                }
            }
        }
        return done;
    }

    /** A fix's edits as one step: one edit from the first changed offset to the last. */
    private static Step asStep(String text, Diagnostic d, Fix fix, double cost) {
        int from = fix.edits().stream().mapToInt(TextEdit::start).min().orElse(d.start());
        int to = fix.edits().stream().mapToInt(TextEdit::end).max().orElse(d.start());
        String applied = fix.applyTo(text);
        String replacement = applied.substring(from, applied.length() - (text.length() - to));
        return new Step(new TextEdit(from, to, replacement), fix.title() + " {pos}", cost, d.start());
    }
}

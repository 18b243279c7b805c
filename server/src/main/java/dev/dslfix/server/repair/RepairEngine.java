package dev.dslfix.server.repair;

import dev.dslfix.lang.Cancellation;
import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.Language;
import dev.dslfix.lang.similarity.Similarity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Repairs a document: cleanup of LLM artifacts, grammar-guided search for syntax errors, the
 * checker's own fixes for static errors. Every candidate is re-checked with the full checker;
 * candidates are ranked by similarity to the input, then by edit cost. Thread-safe: it holds
 * no state between calls.
 */
public final class RepairEngine {
    /** Syntax-clean states carried into the static stage, per start state. */
    private static final int SYNTAX_WANTED = 6;
    /** Passing states kept per syntax-clean state. */
    private static final int STATIC_WANTED = 3;

    public RepairResult repair(Language language, String text, RepairOptions options, Cancellation cancel) {
        long deadline = System.nanoTime() + options.budgetMillis() * 1_000_000L;
        List<Diagnostic> diagnostics = language.check(text, cancel);
        if (diagnostics.stream().noneMatch(Diagnostic::isError)) {
            return new RepairResult(diagnostics, List.of(), 0);
        }
        // Cleaned-up variants first: when an LLM wrapped the code in chat, they are the answer.
        List<RepairState> starts = new ArrayList<>(Cleanup.variants(text));
        starts.add(RepairState.start(text));
        SyntaxSearch syntax = new SyntaxSearch(language, options.aggressiveness(), cancel, deadline);
        StaticFixSearch statics = new StaticFixSearch(language, options.aggressiveness(), cancel, deadline);
        Map<String, RepairState> finals = new LinkedHashMap<>();
        for (RepairState start : starts) {
            for (RepairState parsed : syntax.run(start, SYNTAX_WANTED)) {
                for (RepairState fixed : statics.run(parsed, STATIC_WANTED)) {
                    finals.merge(fixed.text(), fixed, (a, b) -> a.cost() <= b.cost() ? a : b);
                }
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        for (RepairState s : finals.values()) {
            cancel.check();
            boolean passes = language.check(s.text(), cancel).stream().noneMatch(Diagnostic::isError);
            if (!passes && !options.includeFailing()) {
                continue;
            }
            candidates.add(new Candidate(s.text(), passes, Similarity.between(language, text, s.text()), s.origin(),
                    TextDiff.edits(text, s.text()), Explanations.of(s, text), s.cost()));
        }
        candidates.sort(RANKING);
        List<Candidate> top = candidates.size() > options.top() ? candidates.subList(0, options.top()) : candidates;
        return new RepairResult(diagnostics, top, syntax.probes() + statics.checks());
    }

    /** Passing first (a failing candidate is never first), then closest to the input, then fewest edits. */
    static final Comparator<Candidate> RANKING = Comparator.comparing((Candidate c) -> !c.passes())
            .thenComparing(Comparator.comparingDouble(Candidate::similarity).reversed())
            .thenComparingDouble(Candidate::cost)
            .thenComparing(Candidate::text);
}

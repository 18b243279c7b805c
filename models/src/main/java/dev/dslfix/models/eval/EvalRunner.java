package dev.dslfix.models.eval;

import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.Language;
import dev.dslfix.lang.similarity.Similarity;
import dev.dslfix.models.corrupt.ErrorKind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Runs every system on every case and scores the candidates with the language's checker and
 * similarity: the same cases, checker and clock for all rows, so the table compares like with like.
 */
public final class EvalRunner {
    private final Language language;
    private final int k;

    public EvalRunner(Language language, int k) {
        this.language = language;
        this.k = k;
    }

    /** Outcomes per system, in case order. */
    public Map<String, List<Metrics.Outcome>> run(List<EvalCase> cases, List<Repairer> systems, Consumer<String> progress) {
        Map<String, List<Metrics.Outcome>> out = new LinkedHashMap<>();
        for (Repairer system : systems) {
            List<Metrics.Outcome> outcomes = new ArrayList<>();
            int done = 0;
            for (EvalCase c : cases) {
                outcomes.add(score(c, system));
                if (++done % 100 == 0) {
                    progress.accept(system.name() + ": " + done + "/" + cases.size());
                }
            }
            out.put(system.name(), outcomes);
        }
        return out;
    }

    private Metrics.Outcome score(EvalCase c, Repairer system) {
        long t0 = System.nanoTime();
        List<String> candidates = system.repair(c.corrupted());
        long nanos = System.nanoTime() - t0;
        List<String> top = candidates.subList(0, Math.min(k, candidates.size()));
        boolean pass1 = !top.isEmpty() && passes(top.get(0));
        boolean passK = pass1 || top.stream().skip(1).anyMatch(this::passes);
        String best = top.isEmpty() ? c.corrupted() : top.get(0);
        boolean exact = withoutWhitespace(best).equals(withoutWhitespace(c.original()));
        double sim = Similarity.between(language, c.original(), best);
        return new Metrics.Outcome(pass1, passK, exact, sim, nanos, DocumentSizes.lines(c));
    }

    private boolean passes(String text) {
        return language.check(text).stream().noneMatch(Diagnostic::isError);
    }

    private static String withoutWhitespace(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                sb.append(s.charAt(i));
            }
        }
        return sb.toString();
    }

    /** Outcomes of one error kind. */
    public static List<Metrics.Outcome> ofKind(List<EvalCase> cases, List<Metrics.Outcome> outcomes, ErrorKind kind) {
        List<Metrics.Outcome> out = new ArrayList<>();
        for (int i = 0; i < cases.size(); i++) {
            if (cases.get(i).kind() == kind) {
                out.add(outcomes.get(i));
            }
        }
        return out;
    }
}

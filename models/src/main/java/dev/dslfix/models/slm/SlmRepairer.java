package dev.dslfix.models.slm;

import dev.dslfix.lang.Cancellation;
import dev.dslfix.lang.Language;
import dev.dslfix.lang.LexToken;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Repairs with the model: the window around the first error is tagged, the tags applied, and
 * again while errors remain (edits are local; later errors get their own window). Besides the
 * greedy result, the most likely alternative tags at the most uncertain positions give a few
 * more candidates. Candidates are not verified here; the pipeline verifies everything.
 */
public final class SlmRepairer {
    /** Rounds of tagging per candidate. */
    private static final int ROUNDS = 5;

    private final SlmModel model;
    private final Language language;
    private final Decoder decoder;
    private final Literals literals;
    /** Per tag: false for a fixed-token tag whose token this language lacks (a shared model knows other languages' tokens). */
    private final boolean[] ownTag;

    /** @throws IllegalArgumentException when the model is for another language (and has no shared vocabulary) */
    public SlmRepairer(SlmModel model, Language language) {
        if (!model.supports(language)) {
            throw new IllegalArgumentException("the model is for '" + model.languageId() + "', not '" + language.id() + "'");
        }
        this.model = model;
        this.language = language;
        this.literals = Literals.of(language);
        this.decoder = new Decoder(model.encoder().tags(), literals);
        Tags tags = model.encoder().tags();
        this.ownTag = new boolean[tags.size()];
        for (int t = 0; t < ownTag.length; t++) {
            ownTag[t] = !(tags.isInsert(t) || tags.isReplace(t)) || literals.contains(tags.literalOf(t));
        }
    }

    public Language language() {
        return language;
    }

    public SlmModel model() {
        return model;
    }

    /** Rounds after the first edit. */
    private static final double MIN_EDIT_LOGP = Math.log(0.01);
    /** How far before and after the flagged token edits are considered. */
    private static final int NEAR_BEFORE = 6;
    private static final int NEAR_AFTER = 2;

    /**
     * Up to {@code max} distinct repaired texts, likeliest first. The model is often less sure
     * of an edit than of "keep", so decoding does not take the argmax blindly: each candidate
     * starts from one of the likeliest single edits in the window (plus every edit the model
     * prefers to keeping), then continues greedily, one round per remaining error.
     */
    public List<String> repair(String text, int max, Cancellation cancel) {
        Step first = tag(text);
        if (first == null) {
            return List.of();
        }
        List<double[]> starts = first.rankedEdits(); // {position, tag, logp}
        List<Scored> scored = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (int k = 0; k < starts.size() && k < Math.max(1, max); k++) {
            cancel.check();
            double[] e = starts.get(k);
            int[] chosen = first.with((int) e[0], (int) e[1]);
            String next = decoder.apply(text, first.tokens, first.start, first.end, chosen, first.pointers);
            double logp = e[2];
            String done = finish(next, cancel, logp, scored);
            if (!done.equals(text)) {
                seen.add(done);
            }
        }
        scored.sort(Comparator.comparingDouble((Scored x) -> -x.logp));
        Set<String> out = new LinkedHashSet<>();
        for (Scored x : scored) {
            if (seen.contains(x.text) && !x.text.equals(text)) {
                out.add(x.text);
            }
        }
        return List.copyOf(out).subList(0, Math.min(max, out.size()));
    }

    private record Scored(String text, double logp) {
    }

    /** The text after greedy rounds (what follows a first edit at inference; RL's environment). */
    String complete(String text, Cancellation cancel) {
        return finish(text, cancel, 0, new ArrayList<>());
    }

    /** The text with one edit of a tagged window applied (a deletion takes its run of deletions). */
    String applyFirst(String text, Step step, int position, int tag) {
        return decoder.apply(text, step.tokens, step.start, step.end, step.with(position, tag), step.pointers);
    }

    /** Greedy rounds after the first edit, while errors remain and the model proposes something likely. */
    private String finish(String text, Cancellation cancel, double logp, List<Scored> scored) {
        String current = text;
        double total = logp;
        for (int round = 1; round < ROUNDS; round++) {
            cancel.check();
            Step s = tag(current);
            if (s == null) {
                break;
            }
            List<double[]> ranked = s.rankedEdits();
            if (ranked.isEmpty() || ranked.get(0)[2] < MIN_EDIT_LOGP) {
                break;
            }
            int[] chosen = s.with((int) ranked.get(0)[0], (int) ranked.get(0)[1]);
            String next = decoder.apply(current, s.tokens, s.start, s.end, chosen, s.pointers);
            if (next.equals(current)) {
                break;
            }
            total += ranked.get(0)[2];
            current = next;
        }
        scored.add(new Scored(current, total));
        return current;
    }

    /** One tagging of the window around the first error; null when there is no error. */
    Step tag(String text) {
        List<LexToken> tokens = ModelTokens.of(language, text);
        // One check serves both the focus and the flags: on a long document each parse counts.
        dev.dslfix.lang.SyntaxProbe probe = language.probe(text);
        List<dev.dslfix.lang.Diagnostic> diagnostics = language.check(text);
        int focus = ModelTokens.errorFocus(probe, diagnostics, tokens);
        if (focus < 0) {
            return null;
        }
        Encoder enc = model.encoder();
        int start = enc.windowStart(tokens.size(), focus);
        Example ex = enc.encode(tokens, ModelTokens.flags(diagnostics, tokens, focus), start, literals);
        int end = enc.endPosition(tokens.size(), start);
        SlmModel.Prediction pred = model.predict(ex);
        int t = enc.tags().size();
        int[] greedy = new int[end + 1];
        int[] pointers = new int[end + 1];
        for (int p = 0; p <= end; p++) {
            int best = 0;
            for (int k = 1; k < t; k++) {
                if (pred.tag(p, k) > pred.tag(p, best)) {
                    best = k;
                }
            }
            greedy[p] = best;
            pointers[p] = pred.bestPointer(p, end);
        }
        // The grammar knows which fixed tokens may stand at a place the parse reached: inserted or
        // replacing tokens must be among them (the model ranks, the parser rules out).
        String current = text;
        java.util.Map<Integer, Set<String>> cache = new java.util.HashMap<>();
        java.util.function.IntFunction<Set<String>> grammar = i -> cache.computeIfAbsent(i, k -> {
            int offset = k < tokens.size() ? tokens.get(k).start() : current.length();
            Set<String> set = new java.util.HashSet<>();
            language.expectedAt(current, offset).forEach(x -> {
                if (x.literal() != null) {
                    set.add(x.literal().toUpperCase(java.util.Locale.ROOT));
                }
            });
            return set;
        });
        return new Step(tokens, start, end, focus, ex, pred, greedy, pointers, enc.tags(), grammar, ownTag);
    }

    /** A tagged window. */
    public record Step(List<LexToken> tokens, int start, int end, int focusIndex, Example example, SlmModel.Prediction prediction, int[] greedy, int[] pointers,
                Tags tags, java.util.function.IntFunction<Set<String>> grammar, boolean[] ownTag) {
        /**
         * One edit, and for a deletion the run of neighbours the model would also delete (a line of
         * prose or a fence goes in one round, not one token per round).
         */
        int[] with(int position, int tag) {
            int[] chosen = new int[greedy.length];
            chosen[position] = tag;
            if (tag == Tags.DELETE) {
                for (int p = position - 1; p >= 0 && greedy[p] == Tags.DELETE; p--) {
                    chosen[p] = Tags.DELETE;
                }
                for (int p = position + 1; p < greedy.length && greedy[p] == Tags.DELETE; p++) {
                    chosen[p] = Tags.DELETE;
                }
            }
            return chosen;
        }

        /**
         * The (position, edit tag, log-probability) triples near the first error, likeliest first:
         * errors show at or a few tokens after the mistake, so edits far from the flag are noise.
         */
        public List<double[]> rankedEdits() {
            List<double[]> out = new ArrayList<>();
            int flag = -1;
            for (int p = 0; p <= end && flag < 0; p++) {
                if (start + p < tokens.size() && focusIndex == start + p) {
                    flag = p;
                }
            }
            if (flag < 0) {
                flag = Math.min(end, Math.max(0, focusIndex - start));
            }
            for (int p = Math.max(0, flag - NEAR_BEFORE); p <= Math.min(end, flag + NEAR_AFTER); p++) {
                Set<String> allowed = null; // asked of the parser only where a fixed token is likely: each ask parses the prefix
                for (int t = 1; t < prediction.tagCount(); t++) {
                    double lp = prediction.tag(p, t);
                    boolean fixedTag = tags.isInsert(t) || tags.isReplace(t);
                    // A shared model knows fixed tokens of other languages: those are never proposed.
                    if (!ownTag[t] || lp <= MIN_EDIT_LOGP) {
                        continue;
                    }
                    if (fixedTag && p <= flag && allowed == null) {
                        allowed = grammar.apply(start + p);
                    }
                    if (!fixedTag || p > flag || allowed.contains(tags.literalOf(t).toUpperCase(java.util.Locale.ROOT))) {
                        out.add(new double[] {p, t, lp});
                    }
                }
            }
            out.sort(Comparator.comparingDouble((double[] x) -> -x[2]));
            return out;
        }
    }
}

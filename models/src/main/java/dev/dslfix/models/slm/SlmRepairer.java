package dev.dslfix.models.slm;

import dev.dslfix.lang.Analyses;
import dev.dslfix.lang.Analysis;
import dev.dslfix.lang.Cancellation;
import dev.dslfix.lang.Language;
import dev.dslfix.lang.LexToken;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
    /**
     * Rounds when the search runs beside the model ({@link #proposeBesideSearch}): what needs a
     * third edit the search repairs too. The top candidate of model + search is the same with 2 as
     * with 5 on the eval sets of all five languages (two seeds), and a round costs a forward pass
     * per candidate.
     */
    private static final int ROUNDS_BESIDE_SEARCH = 2;

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
        return repair(text, max, cancel, new Analyses(language, cancel));
    }

    /**
     * The same, asking {@code analyses} (the repair request's, of this language) for every parse
     * and check, so that what the model checks is checked once for the whole request.
     */
    public List<String> repair(String text, int max, Cancellation cancel, Analyses analyses) {
        return repair(text, max, cancel, analyses, ROUNDS);
    }

    /** The same with fewer rounds, for a repair pipeline in which the search runs too. */
    public List<String> proposeBesideSearch(String text, int max, Cancellation cancel, Analyses analyses) {
        return repair(text, max, cancel, analyses, ROUNDS_BESIDE_SEARCH);
    }

    private List<String> repair(String text, int max, Cancellation cancel, Analyses analyses, int rounds) {
        if (!analyses.language().id().equals(language.id())) {
            throw new IllegalArgumentException("analyses of '" + analyses.language().id() + "' for a repairer of '" + language.id() + "'");
        }
        Map<String, Step> tagged = new HashMap<>(); // by text: starts often meet on the same text
        Step first = tagAll(List.of(text), analyses, tagged).get(0);
        if (first == null) {
            return List.of();
        }
        List<double[]> starts = first.rankedEdits(); // {position, tag, logp}
        int n = Math.min(starts.size(), Math.max(1, max));
        String[] current = new String[n];
        double[] logp = new double[n];
        for (int k = 0; k < n; k++) {
            double[] e = starts.get(k);
            current[k] = applyFirst(text, first, (int) e[0], (int) e[1]);
            logp[k] = e[2];
        }
        finishAll(current, logp, cancel, analyses, tagged, rounds);
        // Likeliest first; between equals, the order of their first edits.
        Integer[] order = new Integer[n];
        for (int k = 0; k < n; k++) {
            order[k] = k;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer k) -> -logp[k]));
        Set<String> out = new LinkedHashSet<>();
        for (int k : order) {
            if (!current[k].equals(text)) {
                out.add(current[k]);
            }
        }
        return List.copyOf(out).subList(0, Math.min(max, out.size()));
    }

    /** The text after greedy rounds (what follows a first edit at inference; RL's environment). */
    String complete(String text, Cancellation cancel, Analyses analyses) {
        String[] current = {text};
        finishAll(current, new double[1], cancel, analyses, new HashMap<>(), ROUNDS);
        return current[0];
    }

    /** The text with one edit of a tagged window applied (a deletion takes its run of deletions). */
    String applyFirst(String text, Step step, int position, int tag) {
        return decoder.apply(text, step.tokens, step.start, step.end, step.with(position, tag), step.pointers);
    }

    /**
     * Greedy rounds after the first edits, while errors remain and the model proposes something
     * likely; texts and their summed log-probabilities are updated in place. The texts advance
     * together, so that each round tags all of them in one forward pass.
     */
    private void finishAll(String[] current, double[] logp, Cancellation cancel, Analyses analyses, Map<String, Step> tagged, int rounds) {
        boolean[] done = new boolean[current.length];
        for (int round = 1; round < rounds; round++) {
            cancel.check();
            List<Integer> live = new ArrayList<>();
            for (int k = 0; k < current.length; k++) {
                if (!done[k]) {
                    live.add(k);
                }
            }
            if (live.isEmpty()) {
                return;
            }
            List<Step> steps = tagAll(live.stream().map(k -> current[k]).toList(), analyses, tagged);
            for (int j = 0; j < live.size(); j++) {
                int k = live.get(j);
                Step s = steps.get(j);
                List<double[]> ranked = s == null ? List.of() : s.rankedEdits();
                if (ranked.isEmpty() || ranked.get(0)[2] < MIN_EDIT_LOGP) {
                    done[k] = true;
                    continue;
                }
                String next = applyFirst(current[k], s, (int) ranked.get(0)[0], (int) ranked.get(0)[1]);
                if (next.equals(current[k])) {
                    done[k] = true;
                    continue;
                }
                logp[k] += ranked.get(0)[2];
                current[k] = next;
            }
        }
    }

    /** One tagging of the window around the first error; null when there is no error. */
    Step tag(String text) {
        return tag(text, new Analyses(language, Cancellation.NONE));
    }

    /** The same, with parses and checks from {@code analyses}. */
    Step tag(String text, Analyses analyses) {
        return tagAll(List.of(text), analyses, new HashMap<>()).get(0);
    }

    /** A window encoded for tagging, before the model has read it. */
    private record Window(String text, List<LexToken> tokens, int focus, int start, int end, Example example) {
    }

    /**
     * Taggings of several texts (null for one without errors), the new ones in one forward pass;
     * {@code tagged} holds those already done in this request and receives the new ones.
     */
    private List<Step> tagAll(List<String> texts, Analyses analyses, Map<String, Step> tagged) {
        Map<String, Window> pending = new LinkedHashMap<>();
        for (String text : texts) {
            if (!tagged.containsKey(text) && !pending.containsKey(text)) {
                Window w = window(text, analyses);
                if (w == null) {
                    tagged.put(text, null);
                } else {
                    pending.put(text, w);
                }
            }
        }
        if (!pending.isEmpty()) {
            List<Window> windows = new ArrayList<>(pending.values());
            List<SlmModel.Prediction> predictions = model.predict(windows.stream().map(Window::example).toList());
            for (int i = 0; i < windows.size(); i++) {
                tagged.put(windows.get(i).text(), step(windows.get(i), predictions.get(i)));
            }
        }
        return texts.stream().map(tagged::get).toList();
    }

    /** The window around the text's first error, encoded; null when there is no error. */
    private Window window(String text, Analyses analyses) {
        // One parse serves the tokens, the focus and the flags: on a long document each parse counts.
        Analysis analysis = analyses.of(text);
        List<LexToken> tokens = ModelTokens.of(analysis.parsed());
        dev.dslfix.lang.SyntaxProbe probe = analyses.probe(text);
        List<dev.dslfix.lang.Diagnostic> diagnostics = analysis.diagnostics();
        int focus = ModelTokens.errorFocus(probe, diagnostics, tokens);
        if (focus < 0) {
            return null;
        }
        Encoder enc = model.encoder();
        int start = enc.windowStart(tokens.size(), focus);
        Example ex = enc.encode(tokens, ModelTokens.flags(diagnostics, tokens, focus), start, literals);
        return new Window(text, tokens, focus, start, enc.endPosition(tokens.size(), start), ex);
    }

    private Step step(Window w, SlmModel.Prediction pred) {
        List<LexToken> tokens = w.tokens();
        int end = w.end();
        int t = model.encoder().tags().size();
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
        String text = w.text();
        Map<Integer, Set<String>> cache = new HashMap<>();
        java.util.function.IntFunction<Set<String>> grammar = i -> cache.computeIfAbsent(i, k -> {
            int offset = k < tokens.size() ? tokens.get(k).start() : text.length();
            Set<String> set = new java.util.HashSet<>();
            language.expectedAt(text, offset).forEach(x -> {
                if (x.literal() != null) {
                    set.add(x.literal().toUpperCase(java.util.Locale.ROOT));
                }
            });
            return set;
        });
        return new Step(tokens, w.start(), end, w.focus(), w.example(), pred, greedy, pointers, model.encoder().tags(), grammar, ownTag);
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

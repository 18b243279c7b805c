package dev.dslfix.server.repair;

import dev.dslfix.lang.Analyses;
import dev.dslfix.lang.Cancellation;
import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.Language;
import dev.dslfix.lang.LexToken;
import dev.dslfix.lang.similarity.Profile;
import dev.dslfix.lang.similarity.RegionSimilarity;
import dev.dslfix.lang.SyntaxProbe;
import dev.dslfix.lang.similarity.Similarity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashMap;
import java.util.HashSet;

/**
 * Repairs a document: cleanup of LLM artifacts, grammar-guided search for syntax errors, the
 * checker's own fixes for static errors. Every candidate is re-checked with the full checker;
 * candidates are ranked by similarity to the input, then by edit cost. Thread-safe: it holds
 * no state between calls.
 */
public final class RepairEngine {
    /** Proposes repaired texts for a language, best first (the resident model); none when it has none. */
    @FunctionalInterface
    public interface Proposer {
        /**
         * @param analyses the request's analyses: texts the model checks are checked once for the
         *                 search and the verification too
         */
        List<String> propose(Language language, String text, int max, Cancellation cancel, Analyses analyses);

        default List<String> propose(Language language, String text, int max, Cancellation cancel) {
            return propose(language, text, max, cancel, new Analyses(language, cancel));
        }

        /** Which model proposes for the language (its own id, or "transfer"), for the candidates' record. */
        default String modelName(Language language) {
            return language.id();
        }
    }

    private final Proposer model;

    /** Search only. */
    public RepairEngine() {
        this((language, text, max, cancel, analyses) -> List.of());
    }

    /** With a model: its candidates join the others, verified and ranked the same way. */
    public RepairEngine(Proposer model) {
        this.model = model;
    }

    /** Syntax-clean states carried into the static stage, per start state. */
    private static final int SYNTAX_WANTED = 6;
    /** Passing states kept per syntax-clean state. */
    private static final int STATIC_WANTED = 3;
    /** Syntax repairs (cheapest first) whose remaining static errors are searched too. */
    private static final int STATIC_EXPLORED = 3;
    /** Checker fixes tried per error diagnostic, and how many failing ones seed the search. */
    private static final int CHECKER_FIXES_PER_ERROR = 2;
    private static final int CHECKER_FIX_STARTS = 2;
    /**
     * Static errors whose first fix is tried alone: with more errors than this no single fix can
     * make the document pass, unless most are echoes of one.
     */
    private static final int STATIC_CHOICES_TRIED = 4;
    /**
     * The edit cost ranking gives a model candidate: above a typical search repair, so that where
     * both are equally close to the input, the search's explained, rule-based edit wins (on the
     * SQL eval the model's ties cost 2 points of exact@1); the model's own finds still rank by
     * similarity.
     */
    private static final double MODEL_COST = 2.5;
    /**
     * Repairs asked of the model: each is a start the model tags again for every remaining error,
     * and on a CPU each tagging costs 3 ms. The top candidate is the same with 2 as with 5 on the
     * eval sets of all five languages (two seeds); the third to fifth proposals only ever filled
     * the lower places of the list.
     */
    private static final int MODEL_PROPOSALS = 2;
    /** Model candidates less like the input than this are dropped (see {@link DeletionGuard}). */
    private static final double MODEL_MIN_SIMILARITY = 0.5;

    public RepairResult repair(Language language, String text, RepairOptions options, Cancellation cancel) {
        long deadline = System.nanoTime() + options.budgetMillis() * 1_000_000L;
        Analyses analyses = new Analyses(language, cancel);
        List<Diagnostic> diagnostics = analyses.check(text);
        if (diagnostics.stream().noneMatch(Diagnostic::isError)) {
            return new RepairResult(diagnostics, List.of(), 0);
        }
        Cleanup.Layout layout = Cleanup.layout(text);
        java.util.Optional<RegionScope> scope = RegionScope.of(language, text, analyses.of(text), layout);
        if (scope.isPresent()) {
            RepairResult inRegion = repairIn(scope.get(), language, text, diagnostics, analyses, options, cancel, deadline);
            if (inRegion.hasVerifiedRepair()) {
                return inRegion;
            }
            // Nothing that passes: the region may be wrong (a trigger whose header is broken ends at
            // the first ';' of its body), so the whole document is searched.
        }
        Profile input = Similarity.profile(language, analyses.of(text).parsed());
        Ranking ranking = rank(language, text, layout, diagnostics, analyses, options, cancel, deadline, text, 0,
                parsed -> Similarity.between(input, Similarity.profile(language, parsed)));
        List<Candidate> ranked = ranking.found().stream().map(Found::candidate).toList();
        return new RepairResult(diagnostics, ranked.subList(0, Math.min(options.top(), ranked.size())), ranking.probes());
    }

    /** A candidate with the repair that made it. */
    private record Found(RepairState state, Candidate candidate) {
    }

    /** All candidates, best first, and how many trial parses and checks it took. */
    private record Ranking(List<Found> found, int probes) {
    }

    /**
     * Repairs the region that holds every error, with the region's checker, then puts the best
     * repairs back into the document; one that changes what the rest of the document reads (a
     * CREATE TABLE) is checked against the whole document before it is shown. Candidates rank by
     * their similarity to the document, computed from the region ({@link RegionSimilarity}), so
     * the ranking is the one a repair of the whole document gives.
     */
    private RepairResult repairIn(RegionScope scope, Language language, String text, List<Diagnostic> diagnostics, Analyses analyses,
                                  RepairOptions options, Cancellation cancel, long deadline) {
        Analyses regional = new Analyses(scope.checker(), cancel);
        RegionSimilarity similarity = RegionSimilarity.of(language, analyses.of(text).parsed(), scope.start(), scope.end(), scope.checker(),
                regional.of(scope.text()).parsed());
        Ranking ranking = rank(scope.checker(), scope.text(), Cleanup.layout(scope.text()), regional.check(scope.text()), regional, options, cancel,
                deadline, text, scope.start(), similarity::to);
        List<Candidate> passing = new ArrayList<>();
        List<Candidate> failing = new ArrayList<>();
        int checked = 0;
        for (Found f : ranking.found()) {
            if (passing.size() >= options.top() || checked++ >= options.top() + SPARE_DOCUMENT_CHECKS) {
                break;
            }
            cancel.check();
            Candidate c = f.candidate();
            String document = scope.embed(text, c.text());
            // The region's verdict is the document's where the candidate defines nothing the rest
            // reads (every error of the input was in the region); otherwise the document is checked.
            boolean passes = scope.checker().decidesAlone(c.text()) ? c.passes() : analyses.of(document).passes();
            if (!passes && !options.includeFailing()) {
                continue; // a repair that the region's checker passes and the document's does not: not shown
            }
            List<dev.dslfix.lang.TextEdit> edits = c.edits().stream().map(scope::lift).toList();
            String explanation = explanation(language, c.model(), scope.lift(text, f.state()), text, edits);
            (passes ? passing : failing).add(new Candidate(document, passes, c.similarity(), c.origin(), edits, explanation, c.cost(), c.model()));
        }
        passing.addAll(failing);
        return new RepairResult(diagnostics, passing.subList(0, Math.min(options.top(), passing.size())), ranking.probes() + analyses.checks());
    }

    /**
     * Candidates of a region beyond those shown that are checked against the document: a repair of
     * a CREATE TABLE that the region's checker passes can break a query elsewhere, and the next
     * one takes its place.
     */
    private static final int SPARE_DOCUMENT_CHECKS = 5;

    /** The sentence that explains a candidate: the search's steps, or the model's edits. */
    private static String explanation(Language language, String modelName, RepairState state, String text, List<dev.dslfix.lang.TextEdit> edits) {
        // DESIGN's origin values stay as they are; a model that is not the language's own says so.
        return modelName == null ? Explanations.of(state, text)
                : (modelName.equals(language.id()) ? "" : modelName + " model: ") + ModelExplanations.of(text, edits);
    }

    /**
     * Every candidate for a text with errors, ranked.
     *
     * @param text     the document, or the region of it that {@code language} checks
     * @param layout   {@code text}'s chat lines and code ({@link Cleanup#layout})
     * @param document the document
     * @param offset   where {@code text} starts in it
     * @param similarity the similarity to the document of the document with {@code text} repaired, from the repaired text's parse
     */
    private Ranking rank(Language language, String text, Cleanup.Layout layout, List<Diagnostic> diagnostics, Analyses analyses, RepairOptions options,
                         Cancellation cancel, long deadline, String document, int offset, java.util.function.ToDoubleFunction<dev.dslfix.lang.ParseResult> similarity) {
        // The input's first syntax error, probed once for the steps below that need it.
        SyntaxProbe probe = analyses.probe(text);
        // The model runs beside the search, which needs nothing from it: on two cores the two
        // overlap. Its candidates then count as if they had been found first (see below).
        java.util.concurrent.CompletableFuture<List<String>> proposing = java.util.concurrent.CompletableFuture.supplyAsync(
                () -> model.propose(language, text, Math.min(options.top(), MODEL_PROPOSALS), cancel, analyses), MODEL_THREADS);
        Map<String, RepairState> found = new LinkedHashMap<>();
        // The cheapest state the search reached for each text, apart from those merely listed.
        Map<String, RepairState> searched = new HashMap<>();
        Map<String, RepairState> modelStates = null;
        // Cleaned-up variants first: when an LLM wrapped the code in chat, they are the answer.
        List<RepairState> starts = new ArrayList<>(Cleanup.variants(layout));
        starts.add(RepairState.start(text));
        Map<String, RepairState> afterSearch = new LinkedHashMap<>();
        // The input's tokens, from its analysis: the steps below need them, and lexing again costs.
        List<LexToken> inputTokens = analyses.of(text).parsed().tokens();
        Set<String> checkersChoice = checkerFixes(language, probe, text, inputTokens, diagnostics, analyses, found, afterSearch, starts);
        // Search runs in full even when a model candidate passes: a passing candidate is not
        // necessarily the faithful one, and ranking decides between them.
        Aggressiveness level = options.aggressiveness();
        SyntaxSearch syntax = new SyntaxSearch(language, level, cancel, deadline);
        StaticFixSearch statics = new StaticFixSearch(analyses, level, cancel, deadline);
        boolean cleanedPasses = false;
        for (RepairState start : starts) {
            if (cleanedPasses && !start.origin().equals("cleanup")) {
                // The code without its chat lines passes: a repair that keeps the chat ranks after
                // it (see ranking), and searching the chat for one costs the whole probe budget.
                break;
            }
            int explored = 0;
            for (RepairState parsed : syntax.run(start, SYNTAX_WANTED)) {
                // Checker fixes for the cheapest syntax repairs; the others only if they pass as they are.
                List<RepairState> fixed = explored++ < STATIC_EXPLORED ? statics.run(parsed, STATIC_WANTED)
                        : analyses.passes(parsed.text()) ? List.of(parsed) : List.of();
                for (RepairState f : fixed) {
                    found.merge(f.text(), f, RepairEngine::cheaper);
                    searched.merge(f.text(), f, RepairEngine::cheaper);
                }
                cleanedPasses |= Cleanup.removesOnlyChat(start) && !fixed.isEmpty();
                if (fixed.isEmpty() && options.includeFailing()) {
                    found.putIfAbsent(parsed.text(), parsed); // best effort, listed after every passing one
                }
            }
            if (modelStates == null) {
                modelStates = modelStates(text, joined(proposing));
            }
            long modelOnly = modelStates.keySet().stream().filter(t -> !found.containsKey(t)).count();
            if (found.size() + modelOnly >= 2 * options.top()) {
                break; // enough to rank; the remaining starts are costlier
            }
        }
        if (modelStates == null) {
            modelStates = modelStates(text, joined(proposing));
        }
        List<String> proposals = List.copyOf(modelStates.keySet());
        afterSearch.forEach(found::putIfAbsent);
        tailCut(language, probe, text, analyses, document, offset).ifPresent(cut -> found.putIfAbsent(cut.text(), cut));
        // As if the model's candidates had been found first: a text the model proposed keeps the
        // model's record unless the search reached it more cheaply.
        Map<String, RepairState> finals = new LinkedHashMap<>();
        modelStates.forEach((t, m) -> finals.put(t, searched.containsKey(t) ? cheaper(m, searched.get(t)) : m));
        found.forEach(finals::putIfAbsent);
        int firstError = diagnostics.stream().filter(Diagnostic::isError).mapToInt(Diagnostic::start).min().orElse(0);
        DeletionGuard guard = null; // lexes the input once, and only when a model candidate is to be judged
        List<Candidate> candidates = new ArrayList<>();
        Map<Candidate, RepairState> states = new java.util.IdentityHashMap<>();
        List<String> inputWords = AdjacentSwaps.words(inputTokens);
        Map<String, List<String>> wordsOf = new java.util.HashMap<>();
        for (RepairState s : finals.values()) {
            cancel.check();
            dev.dslfix.lang.Analysis analysis = analyses.of(s.text());
            boolean passes = analysis.passes();
            if (!passes && !options.includeFailing()) {
                continue;
            }
            double sim = similarity.applyAsDouble(analysis.parsed());
            List<dev.dslfix.lang.TextEdit> edits = TextDiff.edits(text, s.text());
            if (s.origin().equals("model")) {
                if (guard == null) {
                    guard = new DeletionGuard(language, text, inputTokens, firstError);
                }
                if (sim < MODEL_MIN_SIMILARITY || guard.deletesTooMuch(edits)) {
                    continue; // deleting the broken statement passes the checker but repairs nothing
                }
            }
            String modelName = s.origin().equals("model") ? model.modelName(language) : null;
            Candidate candidate = new Candidate(s.text(), passes, sim, s.origin(), edits, explanation(language, modelName, s, text, edits), s.cost(), modelName);
            candidates.add(candidate);
            states.put(candidate, s);
            wordsOf.put(s.text(), AdjacentSwaps.words(analysis.parsed().tokens()));
        }
        Map<String, Double> closeness = new java.util.HashMap<>();
        candidates.forEach(c -> closeness.put(c.text(), c.similarity() + (checkersChoice.contains(c.text()) ? CHECKERS_CHOICE_MARGIN : 0)));
        AdjacentSwaps.lift(inputWords, candidates, wordsOf, closeness, CHECKERS_CHOICE_MARGIN);
        Set<String> agreed = modelAgrees(candidates, proposals, inputWords, wordsOf);
        agreed.forEach(t -> closeness.merge(t, MODEL_VOTE, Double::sum));
        candidates.sort(ranking(candidates, layout.chatLines(), closeness, agreed));
        return new Ranking(candidates.stream().map(c -> new Found(states.get(c), c)).toList(), syntax.probes() + analyses.checks());
    }

    /** Threads for the model's proposals (parsing recurses: large stacks). */
    private static final java.util.concurrent.ExecutorService MODEL_THREADS = java.util.concurrent.Executors.newCachedThreadPool(dev.dslfix.lang.DeepStack.THREADS);

    /** Of two ways to one text, the cheaper; the first where they cost the same. */
    private static RepairState cheaper(RepairState a, RepairState b) {
        return a.cost() <= b.cost() ? a : b;
    }

    /** The model's proposals as repairs of {@code text}, by text, likeliest first. */
    private static Map<String, RepairState> modelStates(String text, List<String> proposals) {
        Map<String, RepairState> states = new LinkedHashMap<>();
        for (String proposal : proposals) {
            states.putIfAbsent(proposal, RepairState.start(text).then(new Step(new dev.dslfix.lang.TextEdit(0, text.length(), proposal),
                    "the model's repair", MODEL_COST, 0)).withOrigin("model"));
        }
        return states;
    }

    /** The model's proposals, once it has made them; its failure (a cancellation) is the request's. */
    private static List<String> joined(java.util.concurrent.CompletableFuture<List<String>> proposing) {
        try {
            return proposing.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw e;
        }
    }

    /**
     * How much closer to the input a candidate that the model proposed too counts: half a step of
     * the two-decimal comparison, so that it ties with a candidate a hair closer that falls into the
     * next step (0.9731 against 0.9762: "jpy_rate, 0" against deleting the 0), and then comes first.
     * On the eval sets (five languages, two seeds) 0.005 only gains; 0.0075 and 0.01 lose three and
     * four lost-opener cases to a model that puts the opener elsewhere.
     */
    private static final double MODEL_VOTE = 0.005;

    /**
     * Candidates that the search or the checker found and the model proposed too, and that keep at
     * least as many tokens as the input: among equally close candidates they rank first. Where the
     * search cannot tell "hours) 2" from "hours), 2" and "hours) * 2" (both insert one token), the
     * model, trained on how this language's programs are written, can. A candidate that deletes a
     * token does not get the model's vote: the model, rewarded by the checker, likes deleting what
     * is in the way (a value next to a misplaced ']'), and where a swap and a deletion tie, the
     * swap keeps the author's text.
     */
    private static Set<String> modelAgrees(List<Candidate> candidates, List<String> proposals, List<String> inputWords, Map<String, List<String>> wordsOf) {
        Set<String> proposed = new HashSet<>(proposals);
        Set<String> agreed = new HashSet<>();
        for (Candidate c : candidates) {
            if (!c.origin().equals("model") && proposed.contains(c.text()) && wordsOf.get(c.text()).size() >= inputWords.size()) {
                agreed.add(c.text());
            }
        }
        return agreed;
    }

    /**
     * The checker's own fixes for the errors of a text that does not parse ("add 'fi' where
     * the indentation ends", "insert '; then'"): a fix that makes the text pass is a candidate; the
     * first ones that do not are starts for the search, which repairs what remains.
     *
     * @return the checker's choices: texts that a first fix, or a rewrite of the language near a
     *         syntax error, makes pass on its own (ranked {@link #CHECKERS_CHOICE_MARGIN} closer)
     */
    private static Set<String> checkerFixes(Language language, SyntaxProbe probe, String text, List<LexToken> tokens, List<Diagnostic> diagnostics, Analyses analyses,
                                            Map<String, RepairState> finals, Map<String, RepairState> afterSearch, List<RepairState> starts) {
        Set<String> firstChoices = new HashSet<>();
        int added = 0;
        int staticErrors = 0;
        for (Diagnostic d : diagnostics) {
            if (!d.isError() || (probe.ok() && staticErrors++ >= STATIC_CHOICES_TRIED)) {
                continue;
            }
            // Static errors in a text that parses: StaticFixSearch tries the fixes; here only a
            // first fix that makes the document pass on its own is marked as the checker's choice.
            int tried = probe.ok() ? Math.min(1, d.fixes().size()) : Math.min(CHECKER_FIXES_PER_ERROR, d.fixes().size());
            for (int k = 0; k < tried; k++) {
                dev.dslfix.lang.Fix fix = d.fixes().get(k);
                String fixed = applied(fix, text);
                if (fixed == null) {
                    continue;
                }
                // The checker lists its best fix first.
                RepairState s = RepairState.start(text).then(new Step(SyntaxSearch.spanning(text, fix), fix.title() + " {pos}", 0.8 + 0.1 * k,
                        fix.edits().get(0).start()));
                if (analyses.passes(fixed)) {
                    // In a text that parses, StaticFixSearch reaches the same text with its own
                    // record of the step; this one is only kept if the search does not.
                    (probe.ok() ? afterSearch : finals).putIfAbsent(fixed, s);
                    if (k == 0) {
                        firstChoices.add(fixed);
                    }
                } else if (!probe.ok() && added < CHECKER_FIX_STARTS) {
                    starts.add(s);
                    added++;
                }
            }
        }
        if (!probe.ok()) {
            // The language's rewrite of another dialect's construct (TOP n, &&) that alone makes
            // the document pass is a choice of the same kind: "x & y" keeps more of "x && y"
            // than "x AND y" does, and passes too.
            // So is the error token respelled as the keyword expected there ("NOT NUL"): deleting
            // NOT instead also passes, and keeps one more of the input's tokens.
            List<dev.dslfix.lang.Fix> rewrites = new ArrayList<>(language.rewritesNear(text, probe.errorOffset()));
            rewrites.addAll(ChoiceRewrites.expectedKeywordRespellings(tokens, probe));
            // And another language's dotted call at a statement's head, replaced by the statement
            // keyword that makes the document pass ("console.log" to "print").
            rewrites.addAll(ChoiceRewrites.foreignStatementHeads(language, text, tokens, probe));
            // And a bracket left open, closed where its indentation ends rather than at the end of
            // the file; not where the checker has its own fix for the first error (the shell
            // checker's '}}' -> '}' comes before its "add '}' at line 12").
            boolean checkerFixesFirstError = diagnostics.stream().filter(Diagnostic::isError).min(Comparator.comparingInt(Diagnostic::start))
                    .map(d -> !d.fixes().isEmpty()).orElse(false);
            if (!checkerFixesFirstError) {
                rewrites.addAll(ChoiceRewrites.closersWhereIndentationEnds(text, tokens, probe));
            }
            for (dev.dslfix.lang.Fix fix : rewrites) {
                String fixed = applied(fix, text);
                if (fixed != null && analyses.passes(fixed)) {
                    firstChoices.add(fixed);
                    afterSearch.putIfAbsent(fixed, RepairState.start(text).then(new Step(SyntaxSearch.spanning(text, fix),
                            fix.title() + " {pos}", 0.6, fix.edits().get(0).start())));
                }
            }
        }
        return firstChoices;
    }

    /** The text with the fix applied; null for a fix with no edits or overlapping ones (a checker bug must not stop the repair). */
    private static String applied(dev.dslfix.lang.Fix fix, String text) {
        if (fix.edits().isEmpty()) {
            return null;
        }
        try {
            return fix.applyTo(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /**
     * Output cut off in its last statement: the document without that statement. Lossy, so it
     * ranks low by similarity, but often the only change that passes.
     *
     * @param text     the document, or the region being repaired
     * @param document the document, which decides whether the statement is its last
     * @param offset   where {@code text} starts in the document
     */
    private static java.util.Optional<RepairState> tailCut(Language language, SyntaxProbe probe, String text, Analyses analyses, String document, int offset) {
        int error = probe.errorOffset();
        List<Diagnostic> errors = analyses.errors(text);
        if (!errors.isEmpty()) {
            error = Math.min(error, errors.get(0).start());
        }
        int[] region = language.independentRegion(text, Math.min(error, Math.max(0, text.length() - 1)));
        if (region == null) {
            return java.util.Optional.empty();
        }
        int regionStart = region[0] + offset;
        if (region[1] + offset < document.strip().length() || regionStart == 0) {
            return java.util.Optional.empty(); // not in the last statement, or nothing would remain
        }
        // Only for text that really stops short: the parser ran into its end, or the last
        // statement has no terminator (not for an ordinary error in a complete last statement).
        boolean cutShort = probe.errorOffset() + offset >= document.stripTrailing().length()
                || !document.stripTrailing().endsWith(";");
        if (!cutShort) {
            return java.util.Optional.empty();
        }
        String kept = document.substring(0, regionStart).stripTrailing() + "\n";
        if (kept.strip().length() < document.strip().length() / 2) {
            return java.util.Optional.empty(); // most of the document is not "the last statement"
        }
        int statementStart = region[0];
        while (statementStart < text.length() && Character.isWhitespace(text.charAt(statementStart))) {
            statementStart++;
        }
        // In a region that starts right after the previous statement's ';', the cut starts there too.
        Step cut = new Step(new dev.dslfix.lang.TextEdit(Math.max(0, kept.length() - 1 - offset), text.length(), "\n"),
                "removed the unfinished last statement {pos}", 3.0, statementStart);
        return java.util.Optional.of(RepairState.start(text).then(cut));
    }

    /**
     * How much closer to the input a candidate must be to rank above the checker's own first fix
     * for an error. That fix knows the language ("add 'done' where the loop's indentation
     * ends"); a search edit that appends the closer at the end of the file breaks fewer of the
     * input's token runs and so looks closer, while it moves every command after the gap into the
     * block. On the shell eval the two differ by 0.002 to 0.03 (a one-line group's "; }" put back
     * on its line against a '}' appended to the file: 0.027); in a script of a few lines by more
     * (0.12 for an 8-line one), and there the end of the file still wins. The same holds for a
     * static error's first fix that alone makes the document pass: "delay: five" written as 5
     * keeps one token fewer of the input than deleting the value, and loses by about 0.01. The
     * similarity compares to two decimals, so the margin must clear the gap by one step: 0.03 did
     * not; 0.05 to 0.10 give the same top candidates on every eval set (two seeds).
     */
    private static final double CHECKERS_CHOICE_MARGIN = 0.05;

    /**
     * {@link #RANKING}, adjusted for what the input tells:
     * <ul>
     * <li>where it has chat around the code and some passing candidate has none of it left,
     * candidates that kept a chat line come after those that did not: the similarity to the input
     * would otherwise prefer keeping the chat wherever it happens to parse (a shell command
     * "Note that ...");</li>
     * <li>the checker's first choices for an error (a fix that alone makes the document pass)
     * count {@link #CHECKERS_CHOICE_MARGIN} closer to the input;</li>
     * <li>so does a repair that swaps two adjacent words back, and it counts closer than one that
     * deletes either of them ({@link AdjacentSwaps#lift});</li>
     * <li>a candidate the model proposed too counts {@link #MODEL_VOTE} closer, and among equally
     * close candidates comes first ({@link #modelAgrees}).</li>
     * </ul>
     */
    private static Comparator<Candidate> ranking(List<Candidate> candidates, List<String> chat, Map<String, Double> closeness, Set<String> agreed) {
        Set<Candidate> keptChat = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        candidates.stream().filter(c -> chat.stream().anyMatch(c.text()::contains)).forEach(keptChat::add);
        boolean chatMatters = candidates.stream().anyMatch(c -> c.passes() && !keptChat.contains(c));
        Comparator<Candidate> passing = Comparator.comparing((Candidate c) -> !c.passes());
        Comparator<Candidate> first = chatMatters ? passing.thenComparing(keptChat::contains) : passing;
        return first.thenComparing(ranking(c -> closeness.get(c.text()), agreed));
    }

    /**
     * Passing first (a failing candidate is never first), then closest to the input, then fewest
     * edits. Similarity is compared to two decimals: an inserted placeholder keeps every token of
     * the input and so scores a hair closer than deleting a stray comma, and such hairs should not
     * outweigh the edit cost.
     */
    static final Comparator<Candidate> RANKING = ranking(Candidate::similarity, Set.of());

    /**
     * {@link #RANKING} with {@code closeness} compared (to two decimals) before the similarity
     * itself, and between equally close candidates the {@code agreed} ones first.
     */
    private static Comparator<Candidate> ranking(java.util.function.ToDoubleFunction<Candidate> closeness, Set<String> agreed) {
        return Comparator.comparing((Candidate c) -> !c.passes())
                .thenComparing(Comparator.comparingLong((Candidate c) -> Math.round(closeness.applyAsDouble(c) * 100)).reversed())
                .thenComparing((Candidate c) -> !agreed.contains(c.text()))
                .thenComparing(Comparator.comparingLong((Candidate c) -> Math.round(c.similarity() * 100)).reversed())
                .thenComparingDouble(Candidate::cost)
                .thenComparing(Comparator.comparingDouble(Candidate::similarity).reversed())
                .thenComparing(Candidate::text);
    }
}

package dev.dslfix.models.slm;

import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.Language;
import dev.dslfix.lang.LexToken;
import dev.dslfix.models.corrupt.Corruption;
import dev.dslfix.models.corrupt.Corruptor;
import dev.dslfix.models.corrupt.ErrorKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Training material from valid programs (named sources, all from the train split): corrupted
 * copies by the shared generator, their gold windows for supervised training, and the pairs
 * whose original passes the full checker for reinforcement (a reward needs a reachable pass).
 */
public final class TrainingData {
    private final List<TrainingPair> pairs;
    private final List<Example> examples;
    private final List<TrainingPair> rlPairs;
    private final List<String> typeNames;

    private TrainingData(List<TrainingPair> pairs, List<Example> examples, List<TrainingPair> rlPairs, List<String> typeNames) {
        this.pairs = pairs;
        this.examples = examples;
        this.rlPairs = rlPairs;
        this.typeNames = typeNames;
    }

    /** Corrupted copies of every program, kind by kind, as the shared generator makes them. */
    public static List<TrainingPair> corrupt(Language language, Map<String, String> programs, int perKind, long seed) {
        Corruptor corruptor = new Corruptor(language);
        List<TrainingPair> pairs = new ArrayList<>();
        for (Map.Entry<String, String> e : programs.entrySet()) {
            for (ErrorKind kind : ErrorKind.values()) {
                for (Corruption c : corruptor.corruptions(e.getValue(), kind, seed, perKind)) {
                    pairs.add(new TrainingPair(language, e.getKey(), kind, c.original(), c.corrupted()));
                }
            }
        }
        return pairs;
    }

    /**
     * The input vocabulary the pairs need, broken text included (its lexical-error tokens): grammar
     * type names, or for a shared vocabulary the keys of {@link TokenVocab}'s shared scheme.
     */
    public static List<String> vocabularyKeys(List<TrainingPair> pairs, boolean shared) {
        Set<String> names = new LinkedHashSet<>();
        Set<String> seen = new java.util.HashSet<>();
        Map<Language, Literals> literals = new java.util.HashMap<>();
        for (TrainingPair p : pairs) {
            Literals fixed = literals.computeIfAbsent(p.language(), Literals::of);
            for (String text : List.of(p.original(), p.corrupted())) {
                if (seen.add(text)) {
                    for (LexToken t : ModelTokens.of(p.language(), text)) {
                        names.addAll(TokenVocab.keysOf(t, fixed.contains(t.text()), shared));
                    }
                }
            }
        }
        return new ArrayList<>(names);
    }

    /** The fixed tokens of several languages, each once (ignoring case): a shared model's tags. */
    public static List<String> literalUnion(List<Language> languages) {
        List<String> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (Language l : languages) {
            for (String t : l.literalTokens()) {
                if (seen.add(Literals.key(t))) {
                    out.add(t);
                }
            }
        }
        return out;
    }

    public static TrainingData build(List<TrainingPair> pairs, Encoder encoder, long seed) {
        Map<Language, Labeler> labelers = new java.util.HashMap<>();
        Random random = new Random(seed);
        List<Example> examples = new ArrayList<>();
        for (TrainingPair p : pairs) {
            Language language = p.language();
            Labeler labeler = labelers.computeIfAbsent(language, l -> new Labeler(encoder, Literals.of(l)));
            List<LexToken> corrupted = ModelTokens.of(language, p.corrupted());
            int focus = ModelTokens.errorFocus(language, p.corrupted(), corrupted);
            int[] flags = ModelTokens.flags(language, p.corrupted(), corrupted, focus);
            Example ex = labeler.label(corrupted, flags, ModelTokens.of(language, p.original()), focus, random);
            if (ex != null) {
                examples.add(ex);
            }
        }
        List<TrainingPair> rl = new ArrayList<>();
        Map<String, Boolean> passes = new java.util.HashMap<>();
        for (TrainingPair p : pairs) {
            boolean ok = passes.computeIfAbsent(p.original(), o -> p.language().check(o).stream().noneMatch(Diagnostic::isError));
            if (ok) {
                rl.add(p);
            }
        }
        return new TrainingData(pairs, examples, rl, encoder.vocab().types());
    }

    public List<TrainingPair> pairs() {
        return pairs;
    }

    public List<Example> examples() {
        return examples;
    }

    public List<TrainingPair> rlPairs() {
        return rlPairs;
    }

    public List<String> typeNames() {
        return typeNames;
    }
}

package dev.dslfix.models.data;

import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.GrammarView;
import dev.dslfix.lang.Language;
import dev.dslfix.lang.LexToken;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.RuleStopState;
import org.antlr.v4.runtime.atn.RuleTransition;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Generates valid programs of a grammar-defined language, as training data for a repair model:
 * a new DSL needs only its grammar and a handful of examples.
 *
 * <p><b>Walk.</b> From the start rule's start state the parser ATN is followed transition by
 * transition: a rule transition pushes its follow state and enters the rule, epsilon, action and
 * predicate transitions are followed (actions and predicates are ignored, as ANTLR's interpreter
 * does), atom and set transitions emit a token of one of their types, a rule stop state pops the
 * stack, and EOF (or the start rule's stop state) ends the program.
 *
 * <p><b>Choices.</b> At every decision state the alternatives are weighted by what the examples
 * did there (see {@link ExampleModel}: the examples' parse trees are replayed through the ATN, so
 * the counts are the real per-decision choices), conditioned on the previous token and backed off
 * to the decision's overall counts, then to a prior that favours alternatives whose FIRST tokens
 * often follow the previous token in the examples. A share ({@link Options#explore}) of the mass
 * goes to alternatives the examples never took, so the whole grammar gets covered.
 *
 * <p><b>Termination.</b> Every state knows its cheapest completion (fewest tokens, then fewest
 * steps). Past {@link Options#softRecursion} nested re-entries of rules, or past half of
 * {@link Options#maxTokens}, each alternative's weight is multiplied by {@code exp(-g * extra)},
 * where {@code extra} is how many more tokens than the cheapest alternative it needs at least and
 * {@code g} grows with the excess; at {@link Options#hardRecursion}, at {@code maxTokens} or at a
 * stack of {@value #MAX_STACK} frames the walk only takes cheapest transitions, which provably ends.
 *
 * <p><b>Texts.</b> Literal tokens are written as in the grammar. Other tokens take a text of that
 * type seen in the examples (drawn by frequency), else a default that is checked to lex as that
 * type on its own ("item", "1", "\"x\"" ...); types with neither are never generated. Tokens are
 * separated as the examples separate those two token types (nothing, a space or a newline), else
 * by a space, with a newline after {@code ;}, <code>{</code> and <code>}</code>; new lines are
 * indented by bracket depth with the examples' indentation step.
 *
 * <p><b>Acceptance.</b> A program is returned only if it lexes back to exactly the generated token
 * types (if not, separators around the first difference are changed and it is tried again) and the
 * language's {@code check} reports no syntax error. Static errors (an SQL table that was never
 * created) are allowed and counted in {@link #stats()}.
 *
 * <p>Deterministic for a seed. Not thread-safe: use one sampler per thread.
 */
public final class GrammarSampler {
    /** Stack depth at which only cheapest completions are taken. */
    static final int MAX_STACK = 100;

    /**
     * Tuning.
     *
     * @param maxTokens     soft size of a program: past half of it the walk prefers short completions, past it it
     *                      only completes (so a program can exceed it by what its open rules need to close)
     * @param softRecursion nested re-entries of rules (a rule entered while already active) before short
     *                      completions are favoured
     * @param hardRecursion nested re-entries at which only cheapest completions are taken
     * @param alpha         weight of the FIRST-token prior against a decision's counts
     * @param explore       share of a decision's mass (per observation) reserved for alternatives the
     *                      examples did not take there
     * @param beta          weight of the decision's overall counts against its counts after the previous token
     * @param maxSteps      ATN steps after which a walk is abandoned
     */
    public record Options(int maxTokens, int softRecursion, int hardRecursion, double alpha, double explore,
                          double beta, int maxSteps) {
        public Options {
            if (maxTokens < 2 || softRecursion < 0 || hardRecursion <= softRecursion || alpha <= 0 || explore < 0
                    || beta <= 0 || maxSteps < 1) {
                throw new IllegalArgumentException("bad sampler options");
            }
        }

        public static Options defaults() {
            return new Options(400, 2, 8, 1.0, 0.05, 2.0, 200_000);
        }
    }

    private static final Set<String> NEWLINE_AFTER = Set.of(";", "{", "}");
    private static final Set<String> OPENERS = Set.of("{", "(", "[");
    private static final Set<String> CLOSERS = Set.of("}", ")", "]");
    private static final String[] NAME_DEFAULTS = {"item", "value", "name", "total", "x", "count", "foo", "item1"};
    private static final String[] NUMBER_DEFAULTS = {"1", "42", "0", "1.5"};
    private static final String[] STRING_DEFAULTS = {"\"x\"", "'x'", "`x`", "\"text\"", "'text'"};
    private static final String[] OTHER_DEFAULTS = {"x", "1", "\"x\"", "'x'", "a", "true"};

    private final Language language;
    private final ATN atn;
    private final int startRule;
    private final Options options;
    private final Random random;
    private final Map<String, Integer> typeByName = new HashMap<>();
    private final String[] fixedText;
    /** Literal tokens without letters or digits, such as '(' or ';': only these attach to a neighbour by default. */
    private final boolean[] punctuation;
    private final ExampleModel model;
    private final AtnTables tables;
    private final Map<Long, double[]> priors = new HashMap<>();
    private final String indentUnit;

    private int attempts;
    private int accepted;
    private int rejectedSyntax;
    private int rejectedRelex;
    private int rejectedBudget;
    private int rejectedEmpty;
    private int duplicates;
    private int acceptedWithStaticErrors;

    public GrammarSampler(Language language, List<String> examples, long seed) {
        this(language, examples, seed, Options.defaults());
    }

    /**
     * @throws IllegalArgumentException when the language is not defined by an ANTLR grammar
     */
    public GrammarSampler(Language language, List<String> examples, long seed, Options options) {
        GrammarView grammar = language.grammar()
                .orElseThrow(() -> new IllegalArgumentException("language '" + language.id() + "' has no grammar to sample from"));
        this.language = language;
        this.atn = grammar.atn();
        this.startRule = grammar.startRule();
        this.options = options;
        this.random = new Random(seed);
        Vocabulary vocabulary = grammar.vocabulary();
        for (int type = 1; type <= vocabulary.getMaxTokenType(); type++) {
            String name = vocabulary.getSymbolicName(type);
            if (name != null) {
                typeByName.putIfAbsent(name, type);
            }
        }
        this.model = new ExampleModel(language, grammar, examples);
        this.indentUnit = indentUnit(examples);
        this.fixedText = new String[atn.maxTokenType + 1];
        this.punctuation = new boolean[atn.maxTokenType + 1];
        for (int type = 1; type <= atn.maxTokenType; type++) {
            String literal = vocabulary.getLiteralName(type);
            if (literal != null && literal.length() >= 2 && literal.startsWith("'") && literal.endsWith("'")) {
                fixedText[type] = unescape(literal.substring(1, literal.length() - 1));
                punctuation[type] = fixedText[type].codePoints().noneMatch(Character::isLetterOrDigit);
            } else if (model.texts(type).isEmpty()) {
                fixedText[type] = defaultText(type, vocabulary.getSymbolicName(type));
            }
        }
        this.tables = new AtnTables(atn, type -> type >= 1 && type <= atn.maxTokenType
                && (fixedText[type] != null || !model.texts(type).isEmpty()));
    }

    /** One attempt: a program text, or empty when this attempt was rejected (see {@link #stats()}). */
    public Optional<String> sample() {
        attempts++;
        Draft draft = walk();
        if (draft == null) {
            rejectedBudget++;
            return Optional.empty();
        }
        if (draft.types.isEmpty()) {
            rejectedEmpty++;
            return Optional.empty();
        }
        String text = render(draft);
        if (text == null) {
            rejectedRelex++;
            return Optional.empty();
        }
        boolean syntax = false;
        boolean other = false;
        for (Diagnostic d : language.check(text)) {
            if (d.isError()) {
                if ("syntax".equals(d.code())) {
                    syntax = true;
                } else {
                    other = true;
                }
            }
        }
        if (syntax) {
            rejectedSyntax++;
            return Optional.empty();
        }
        accepted++;
        if (other) {
            acceptedWithStaticErrors++;
        }
        return Optional.of(text);
    }

    /**
     * Up to {@code n} distinct programs, in the order generated, from at most {@code maxAttempts}
     * attempts; fewer when the attempts run out.
     */
    public List<String> samples(int n, int maxAttempts) {
        LinkedHashSet<String> out = new LinkedHashSet<>();
        for (int i = 0; i < maxAttempts && out.size() < n; i++) {
            Optional<String> s = sample();
            if (s.isPresent() && !out.add(s.get())) {
                duplicates++;
            }
        }
        return List.copyOf(out);
    }

    public SamplerStats stats() {
        return new SamplerStats(attempts, accepted, rejectedSyntax, rejectedRelex, rejectedBudget, rejectedEmpty,
                duplicates, acceptedWithStaticErrors, model.examplesUsed(), model.examplesSkipped());
    }

    // ------------------------------------------------------------------ walking the ATN

    /** Token types and texts of one walk. */
    private static final class Draft {
        final List<Integer> types = new ArrayList<>();
        final List<String> texts = new ArrayList<>();
    }

    private Draft walk() {
        Draft draft = new Draft();
        ArrayDeque<ATNState> stack = new ArrayDeque<>();
        int[] active = new int[atn.ruleToStartState.length];
        int recursion = 0;
        ATNState s = atn.ruleToStartState[startRule];
        active[startRule] = 1;
        int prevSlot = ExampleModel.BOS_SLOT;
        for (int steps = 0; ; steps++) {
            if (steps > options.maxSteps() || draft.types.size() > 4 * options.maxTokens()) {
                return null;
            }
            if (s instanceof RuleStopState) {
                if (stack.isEmpty()) {
                    return draft;
                }
                int rule = s.ruleIndex;
                active[rule]--;
                if (active[rule] >= 1) {
                    recursion--;
                }
                s = stack.pop();
                continue;
            }
            int n = s.getNumberOfTransitions();
            if (n == 0) {
                return null;
            }
            boolean greedy = recursion >= options.hardRecursion() || draft.types.size() >= options.maxTokens()
                    || stack.size() >= MAX_STACK;
            int chosen = n == 1 ? 0 : choose(s, prevSlot, greedy, pressure(recursion, draft.types.size()));
            if (chosen < 0) {
                return null;
            }
            Transition t = s.transition(chosen);
            if (t instanceof RuleTransition rt) {
                stack.push(rt.followState);
                if (active[rt.ruleIndex] >= 1) {
                    recursion++;
                }
                active[rt.ruleIndex]++;
                s = rt.target;
            } else if (t.isEpsilon()) {
                s = t.target;
            } else {
                int type = chooseType(tables.matchSet(s, chosen), prevSlot);
                if (type == Token.EOF) {
                    return draft;
                }
                if (type == Token.INVALID_TYPE) {
                    return null;
                }
                draft.types.add(type);
                draft.texts.add(textFor(type, s.ruleIndex, stack.isEmpty() ? -1 : stack.peek().ruleIndex));
                prevSlot = ExampleModel.slot(type);
                s = t.target;
            }
        }
    }

    /** How strongly to prefer short completions: 0 while the program is small and shallow. */
    private double pressure(int recursion, int tokens) {
        double g = 0;
        if (recursion > options.softRecursion()) {
            g += recursion - options.softRecursion();
        }
        int soft = options.maxTokens() / 2;
        if (tokens > soft) {
            g += 6.0 * (tokens - soft) / Math.max(1, options.maxTokens() - soft);
        }
        return g;
    }

    private int choose(ATNState s, int prevSlot, boolean greedy, double pressure) {
        int n = s.getNumberOfTransitions();
        long[] cost = new long[n];
        long min = AtnTables.INF;
        for (int i = 0; i < n; i++) {
            cost[i] = tables.cost(s, i);
            min = Math.min(min, cost[i]);
        }
        if (greedy) {
            if (min >= AtnTables.INF) {
                return -1;
            }
            for (int i = 0; i < n; i++) {
                if (cost[i] == min) {
                    return i;
                }
            }
        }
        double[] p = learned(s, prevSlot);
        double[] w = new double[n];
        for (int i = 0; i < n; i++) {
            if (cost[i] >= AtnTables.INF) {
                continue;
            }
            double extra = (double) (cost[i] - min) / AtnTables.TOKEN;
            w[i] = pressure > 0 ? p[i] * Math.exp(-pressure * extra) : p[i];
        }
        return pick(w);
    }

    /** Probability of each alternative of a decision, from the examples (see the class comment). */
    private double[] learned(ATNState s, int prevSlot) {
        int n = s.getNumberOfTransitions();
        double[] prior = prior(s, prevSlot);
        int[] all = model.decisionCounts(s);
        int[] after = model.decisionCounts(s, prevSlot);
        int n0 = sum(all);
        int n1 = sum(after);
        double a = options.alpha() + options.explore() * n0;
        double[] p = new double[n];
        for (int i = 0; i < n; i++) {
            double p0 = ((all == null ? 0 : all[i]) + a * prior[i]) / (n0 + a);
            p[i] = ((after == null ? 0 : after[i]) + options.beta() * p0) / (n1 + options.beta());
        }
        return p;
    }

    /** Alternatives whose first tokens often follow the previous token come first; normalised. */
    private double[] prior(ATNState s, int prevSlot) {
        long key = ((long) s.stateNumber << 32) | prevSlot;
        double[] cached = priors.get(key);
        if (cached != null) {
            return cached;
        }
        int n = s.getNumberOfTransitions();
        int[] row = model.bigram[prevSlot];
        int rowTotal = sum(row);
        double[] prior = new double[n];
        double total = 0;
        for (int i = 0; i < n; i++) {
            int best = 0;
            for (Interval iv : tables.firstSet(s, i).getIntervals()) {
                for (int v = Math.max(iv.a, Token.EOF); v <= iv.b && v <= atn.maxTokenType; v++) {
                    best = Math.max(best, row[ExampleModel.slot(v)]);
                }
            }
            prior[i] = 0.25 + (rowTotal == 0 ? 0 : (double) best / rowTotal);
            total += prior[i];
        }
        for (int i = 0; i < n; i++) {
            prior[i] /= total;
        }
        priors.put(key, prior);
        return prior;
    }

    /** A token type of a matching transition, by how often it follows the previous token. */
    private int chooseType(IntervalSet set, int prevSlot) {
        if (set == null || set.isNil()) {
            return Token.INVALID_TYPE;
        }
        List<Integer> types = new ArrayList<>();
        for (Interval iv : set.getIntervals()) {
            for (int v = iv.a; v <= iv.b; v++) {
                types.add(v);
            }
        }
        if (types.size() == 1) {
            return types.get(0);
        }
        double[] w = new double[types.size()];
        for (int i = 0; i < w.length; i++) {
            int slot = ExampleModel.slot(types.get(i));
            w[i] = model.bigram[prevSlot][slot] + 0.1 * model.unigram[slot] + 0.1;
        }
        int i = pick(w);
        return i < 0 ? Token.INVALID_TYPE : types.get(i);
    }

    private String textFor(int type, int rule, int parentRule) {
        if (fixedText[type] != null) {
            return fixedText[type];
        }
        List<String> seen = model.texts(type, rule, parentRule);
        return seen.get(random.nextInt(seen.size()));
    }

    private int pick(double[] w) {
        double total = 0;
        for (double x : w) {
            total += x;
        }
        if (!(total > 0)) {
            return -1;
        }
        double r = random.nextDouble() * total;
        int last = -1;
        for (int i = 0; i < w.length; i++) {
            if (w[i] > 0) {
                last = i;
                r -= w[i];
                if (r < 0) {
                    return i;
                }
            }
        }
        return last;
    }

    private static int sum(int[] counts) {
        int total = 0;
        if (counts != null) {
            for (int c : counts) {
                total += c;
            }
        }
        return total;
    }

    // ------------------------------------------------------------------ texts and layout

    /** The text with its separators, after making sure it lexes back to the drafted types; null if it cannot. */
    private String render(Draft draft) {
        int n = draft.types.size();
        String[] seps = new String[n];
        seps[0] = "";
        int depth = 0;
        for (int i = 1; i < n; i++) {
            String prevText = draft.texts.get(i - 1);
            depth = Math.max(0, depth + (OPENERS.contains(prevText) ? 1 : CLOSERS.contains(prevText) ? -1 : 0));
            seps[i] = separator(draft.types.get(i - 1), draft.types.get(i), prevText);
            if (seps[i].equals("\n") && !indentUnit.isEmpty()) {
                int level = CLOSERS.contains(draft.texts.get(i)) ? depth - 1 : depth;
                seps[i] = "\n" + indentUnit.repeat(Math.max(0, Math.min(level, 20)));
            }
        }
        String text = join(draft.texts, seps);
        int bad = firstMismatch(draft.types, text);
        for (int round = 0; bad >= 0 && round < 8; round++) {
            boolean improved = false;
            for (int j : new int[] {bad, bad + 1, bad - 1}) {
                if (j < 1 || j >= n || improved) {
                    continue;
                }
                String old = seps[j];
                for (String alt : ExampleModel.SEPARATORS) {
                    if (alt.equals(old)) {
                        continue;
                    }
                    seps[j] = alt;
                    String candidate = join(draft.texts, seps);
                    int again = firstMismatch(draft.types, candidate);
                    if (again < 0 || again > bad) {
                        text = candidate;
                        bad = again;
                        improved = true;
                        break;
                    }
                }
                if (!improved) {
                    seps[j] = old;
                }
            }
            if (!improved) {
                return null;
            }
        }
        return bad < 0 ? text : null;
    }

    /**
     * Layout between two tokens: as the examples lay out that pair; else a newline where the
     * examples break lines after the first token, or after ';', '{' and '}'; else nothing where a
     * punctuation token usually attaches to what precedes it (')' ';') or to what follows it
     * ('(' '.'); else a space.
     */
    private String separator(int prev, int next, String prevText) {
        int pair = model.separator(prev, next);
        if (pair >= 0) {
            return ExampleModel.SEPARATORS[pair];
        }
        int after = model.separatorAfter(prev);
        if (after == 2 || NEWLINE_AFTER.contains(prevText)) {
            return "\n";
        }
        if ((punctuation[next] && model.separatorBefore(next) == 0) || (punctuation[prev] && after == 0)) {
            return "";
        }
        return " ";
    }

    /**
     * The indentation step of the examples: the smallest indentation of a line, made of spaces or
     * of tabs only; two spaces when no example indents; none when lines are never indented even
     * though examples span several lines (indentation may then mean something).
     */
    static String indentUnit(List<String> examples) {
        String best = null;
        boolean multiline = false;
        for (String example : examples) {
            String[] lines = example.split("\r?\n");
            multiline |= lines.length > 3;
            for (String line : lines) {
                if (line.isBlank()) {
                    continue;
                }
                int k = 0;
                while (k < line.length() && (line.charAt(k) == ' ' || line.charAt(k) == '\t')) {
                    k++;
                }
                String lead = line.substring(0, k);
                boolean uniform = lead.chars().allMatch(c -> c == ' ') || lead.chars().allMatch(c -> c == '\t');
                if (k > 0 && uniform && (best == null || k < best.length())) {
                    best = lead;
                }
            }
        }
        return best != null ? best : multiline ? "" : "  ";
    }

    private static String join(List<String> texts, String[] seps) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < texts.size(); i++) {
            sb.append(seps[i]).append(texts.get(i));
        }
        return sb.toString();
    }

    /** Index of the first token whose type differs after lexing the text again, or -1 if none does. */
    private int firstMismatch(List<Integer> expected, String text) {
        List<Integer> got = new ArrayList<>();
        for (LexToken t : language.tokenize(text)) {
            if (!t.hidden()) {
                got.add(typeOf(t));
            }
        }
        int common = Math.min(expected.size(), got.size());
        for (int i = 0; i < common; i++) {
            if (!expected.get(i).equals(got.get(i))) {
                return i;
            }
        }
        return expected.size() == got.size() ? -1 : common;
    }

    private int typeOf(LexToken t) {
        return typeByName.getOrDefault(t.typeName(), t.type());
    }

    /** A text that lexes on its own as exactly one token of this type, or null. */
    private String defaultText(int type, String symbolicName) {
        if (symbolicName == null) {
            return null;
        }
        String name = symbolicName.toUpperCase(Locale.ROOT);
        List<String> candidates = new ArrayList<>();
        if (name.contains("STR") || name.contains("QUOT") || name.contains("TEXT") || name.contains("CHAR")) {
            candidates.addAll(List.of(STRING_DEFAULTS));
        }
        if (name.contains("NUM") || name.contains("INT") || name.contains("FLOAT") || name.contains("DIGIT")
                || name.contains("DEC") || name.contains("REAL")) {
            candidates.addAll(List.of(NUMBER_DEFAULTS));
        }
        if (name.contains("ID") || name.contains("NAME") || name.contains("IDENT") || name.contains("WORD")
                || name.contains("VAR") || name.contains("KEY")) {
            for (String s : NAME_DEFAULTS) {
                candidates.add(s);
                candidates.add(s.toUpperCase(Locale.ROOT));
            }
        }
        // keyword-like names: the name itself, without the usual K_ / KW_ / _KW decorations
        String bare = symbolicName.replaceFirst("^(K|KW|TOK|T)_", "").replaceFirst("_(KW|K|TOKEN|SYM)$", "");
        candidates.addAll(List.of(bare, bare.toLowerCase(Locale.ROOT), symbolicName, symbolicName.toLowerCase(Locale.ROOT)));
        candidates.addAll(List.of(OTHER_DEFAULTS));
        for (String c : candidates) {
            if (c.isEmpty()) {
                continue;
            }
            List<LexToken> lexed = language.tokenize(c).stream().filter(t -> !t.hidden()).toList();
            if (lexed.size() == 1 && typeOf(lexed.get(0)) == type && lexed.get(0).text().equals(c)) {
                return c;
            }
        }
        return null;
    }

    /** Undoes the escapes of an ANTLR literal ({@code \n}, {@code \'}, {@code \\u00e9} ...). */
    static String unescape(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 >= s.length()) {
                sb.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'u' -> {
                    if (i + 1 < s.length() && s.charAt(i + 1) == '{') {
                        int close = s.indexOf('}', i);
                        if (close > 0) {
                            sb.appendCodePoint(Integer.parseInt(s.substring(i + 2, close), 16));
                            i = close;
                            break;
                        }
                    }
                    if (i + 4 < s.length()) {
                        sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                        i += 4;
                    } else {
                        sb.append(e);
                    }
                }
                default -> sb.append(e);
            }
        }
        return sb.toString();
    }
}

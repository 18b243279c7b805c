package dev.dslfix.models.data;

import dev.dslfix.lang.GrammarView;
import dev.dslfix.lang.Language;
import dev.dslfix.lang.LexToken;
import dev.dslfix.lang.ParseResult;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.RuleStopState;
import org.antlr.v4.runtime.atn.RuleTransition;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * What the sampler learns from example programs:
 * <ul>
 * <li>decision counts: each example's parse tree is replayed through the parser ATN (the children
 * of every rule node are matched against that rule's sub-network), and for every decision state
 * on the path the alternative taken is counted, overall and per previous token type;</li>
 * <li>token bigrams and unigrams of the visible token types (with a start marker and EOF);</li>
 * <li>the texts of every token type, in order of appearance (so frequent texts are drawn more);</li>
 * <li>the layout between consecutive visible tokens, reduced to "", " " or a newline.</li>
 * </ul>
 * Examples that do not parse are skipped and counted. Everything here is deterministic for the
 * same examples in the same order; maps are only looked up, never iterated.
 */
final class ExampleModel {
    /** Slot of the start-of-program marker in the token-indexed tables. */
    static final int BOS_SLOT = 0;
    static final String[] SEPARATORS = {"", " ", "\n"};

    private final ATN atn;
    private final int slots;
    final int[][] bigram;
    final int[] unigram;
    private final Map<Integer, int[]> decisions = new HashMap<>();
    private final Map<Long, int[]> decisionsAfter = new HashMap<>();
    private final List<List<String>> texts;
    private static final int ANY_RULE = -2;
    private final Map<Long, List<String>> textsInContext = new HashMap<>();
    private final Map<Long, int[]> separatorsByPair = new HashMap<>();
    private final Map<Integer, int[]> separatorsByNext = new HashMap<>();
    private final Map<Integer, Map<Integer, int[]>> separatorsByPrevNext = new HashMap<>();
    private int used;
    private int skipped;
    private int unreplayed;

    ExampleModel(Language language, GrammarView grammar, List<String> examples) {
        this.atn = grammar.atn();
        this.slots = atn.maxTokenType + 3;
        this.bigram = new int[slots][slots];
        this.unigram = new int[slots];
        this.texts = new ArrayList<>();
        for (int i = 0; i <= atn.maxTokenType; i++) {
            texts.add(new ArrayList<>());
        }
        Map<String, Integer> bySymbolicName = new HashMap<>();
        for (int type = 1; type <= grammar.vocabulary().getMaxTokenType(); type++) {
            String name = grammar.vocabulary().getSymbolicName(type);
            if (name != null) {
                bySymbolicName.putIfAbsent(name, type);
            }
        }
        for (String example : examples) {
            ParseResult parsed = language.parse(example);
            if (parsed.tree() == null || parsed.hasErrors()) {
                skipped++;
                continue;
            }
            used++;
            learnTokens(example, parsed.tokens(), bySymbolicName);
            learnDecisions(parsed.tree());
        }
    }

    /** Slot of a token type (EOF included) in the token-indexed tables. */
    static int slot(int type) {
        return type + 2;
    }

    int slots() {
        return slots;
    }

    int examplesUsed() {
        return used;
    }

    int examplesSkipped() {
        return skipped;
    }

    /** Rule nodes whose children could not be matched against the ATN (should be zero). */
    int nodesNotReplayed() {
        return unreplayed;
    }

    /** How often each alternative of a decision state was taken, or null if never seen. */
    int[] decisionCounts(ATNState s) {
        return decisions.get(s.stateNumber);
    }

    /** The same, only where the previous token was of the given slot. */
    int[] decisionCounts(ATNState s, int prevSlot) {
        return decisionsAfter.get(key(s.stateNumber, prevSlot));
    }

    /** Texts of a token type seen in the examples, one entry per occurrence. */
    List<String> texts(int type) {
        return type >= 0 && type < texts.size() ? texts.get(type) : List.of();
    }

    /**
     * Texts of a token type seen where it is matched directly by {@code rule} called from
     * {@code parentRule} (a name in {@code tableName} rather than in {@code columnName}), else by
     * {@code rule} from anywhere, else anywhere.
     */
    List<String> texts(int type, int rule, int parentRule) {
        List<String> exact = textsInContext.get(contextKey(type, rule, parentRule));
        if (exact != null) {
            return exact;
        }
        List<String> inRule = textsInContext.get(contextKey(type, rule, ANY_RULE));
        return inRule != null ? inRule : texts(type);
    }

    private static long contextKey(int type, int rule, int parentRule) {
        return ((long) rule << 42) ^ ((long) (parentRule + 2) << 21) ^ type;
    }

    /** Index into {@link #SEPARATORS} of the usual layout between two token types, or -1 if never seen together. */
    int separator(int prevType, int nextType) {
        int[] byPair = separatorsByPair.get(key(prevType, nextType));
        return byPair == null ? -1 : argmax(byPair);
    }

    /** The usual layout before a token type, whatever precedes it, or -1 if never seen after another token. */
    int separatorBefore(int type) {
        int[] counts = separatorsByNext.get(type);
        return counts == null ? -1 : argmax(counts);
    }

    /**
     * The usual layout after a token type, counting only followers that do not themselves attach
     * to what precedes them (so a name is not taken to attach right because ';' follows it
     * directly), or -1 if unknown.
     */
    int separatorAfter(int type) {
        Map<Integer, int[]> followers = separatorsByPrevNext.get(type);
        if (followers == null) {
            return -1;
        }
        int[] counts = new int[3];
        for (Map.Entry<Integer, int[]> e : followers.entrySet()) {
            if (separatorBefore(e.getKey()) != 0) {
                for (int i = 0; i < 3; i++) {
                    counts[i] += e.getValue()[i];
                }
            }
        }
        return counts[0] + counts[1] + counts[2] == 0 ? -1 : argmax(counts);
    }

    private static int argmax(int[] counts) {
        // ties favour a space, then nothing, then a newline
        int best = 1;
        for (int i : new int[] {0, 2}) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return best;
    }

    private static long key(int a, int b) {
        return ((long) a << 32) ^ (b & 0xffffffffL);
    }

    private void learnTokens(String text, List<LexToken> tokens, Map<String, Integer> bySymbolicName) {
        int prevSlot = BOS_SLOT;
        int prevType = Integer.MIN_VALUE;
        int prevEnd = -1;
        for (LexToken t : tokens) {
            if (t.hidden()) {
                continue;
            }
            int type = bySymbolicName.getOrDefault(t.typeName(), t.type());
            if (type < 1 || type > atn.maxTokenType) {
                continue;
            }
            texts.get(type).add(t.text());
            bigram[prevSlot][slot(type)]++;
            unigram[slot(type)]++;
            if (prevEnd >= 0) {
                String gap = text.substring(prevEnd, Math.max(prevEnd, t.start()));
                int sep = gap.isEmpty() ? 0 : gap.indexOf('\n') >= 0 ? 2 : 1;
                separatorsByPair.computeIfAbsent(key(prevType, type), k -> new int[3])[sep]++;
                separatorsByNext.computeIfAbsent(type, k -> new int[3])[sep]++;
                separatorsByPrevNext.computeIfAbsent(prevType, k -> new HashMap<>()).computeIfAbsent(type, k -> new int[3])[sep]++;
            }
            prevSlot = slot(type);
            prevType = type;
            prevEnd = t.end();
        }
        bigram[prevSlot][slot(Token.EOF)]++;
        unigram[slot(Token.EOF)]++;
    }

    // ------------------------------------------------------------------ replaying parse trees

    private void learnDecisions(ParserRuleContext root) {
        List<Token> leaves = new ArrayList<>();
        collectLeaves(root, leaves);
        int[] leafIndex = new int[leaves.size()];
        int[] leafSlot = new int[leaves.size()];
        for (int i = 0; i < leaves.size(); i++) {
            leafIndex[i] = leaves.get(i).getTokenIndex();
            leafSlot[i] = slot(leaves.get(i).getType());
        }
        ArrayDeque<ParserRuleContext> work = new ArrayDeque<>();
        work.push(root);
        while (!work.isEmpty()) {
            ParserRuleContext ctx = work.pop();
            List<ParseTree> children = flatten(ctx);
            int parentRule = ctx.getParent() != null ? ctx.getParent().getRuleIndex() : -1;
            for (ParseTree c : children) {
                if (c instanceof TerminalNode leaf && !(c instanceof ErrorNode) && leaf.getSymbol().getType() >= 1) {
                    int type = leaf.getSymbol().getType();
                    String text = leaf.getSymbol().getText();
                    textsInContext.computeIfAbsent(contextKey(type, ctx.getRuleIndex(), parentRule), k -> new ArrayList<>()).add(text);
                    textsInContext.computeIfAbsent(contextKey(type, ctx.getRuleIndex(), ANY_RULE), k -> new ArrayList<>()).add(text);
                }
            }
            for (int i = children.size() - 1; i >= 0; i--) {
                if (children.get(i) instanceof ParserRuleContext child) {
                    work.push(child);
                }
            }
            if (!replay(ctx, children, leafIndex, leafSlot)) {
                unreplayed++;
            }
        }
    }

    private static void collectLeaves(ParseTree root, List<Token> out) {
        ArrayDeque<ParseTree> work = new ArrayDeque<>();
        work.push(root);
        while (!work.isEmpty()) {
            ParseTree node = work.pop();
            if (node instanceof TerminalNode leaf) {
                out.add(leaf.getSymbol());
                continue;
            }
            for (int i = node.getChildCount() - 1; i >= 0; i--) {
                work.push(node.getChild(i));
            }
        }
    }

    /**
     * The children of a rule node as the rule's ATN sees them. In a left-recursive rule ANTLR
     * pushes the operand parsed so far down into a new first child of the same rule; the ATN
     * instead loops within one invocation, so such first children are spliced back in.
     */
    private List<ParseTree> flatten(ParserRuleContext ctx) {
        List<ParseTree> out = new ArrayList<>();
        if (!atn.ruleToStartState[ctx.getRuleIndex()].isLeftRecursiveRule) {
            for (int i = 0; i < ctx.getChildCount(); i++) {
                out.add(ctx.getChild(i));
            }
            return out;
        }
        ArrayDeque<ParserRuleContext> chain = new ArrayDeque<>();
        ParserRuleContext node = ctx;
        while (true) {
            chain.push(node);
            if (node.getChildCount() > 0 && node.getChild(0) instanceof ParserRuleContext first
                    && first.getRuleIndex() == ctx.getRuleIndex()) {
                node = first;
            } else {
                break;
            }
        }
        // innermost first: its children, then each outer node's children after its first
        ParserRuleContext innermost = chain.pop();
        for (int i = 0; i < innermost.getChildCount(); i++) {
            out.add(innermost.getChild(i));
        }
        while (!chain.isEmpty()) {
            ParserRuleContext outer = chain.pop();
            for (int i = 1; i < outer.getChildCount(); i++) {
                out.add(outer.getChild(i));
            }
        }
        return out;
    }

    /** Breadth-first search for a path through the rule's ATN that consumes exactly the children. */
    private boolean replay(ParserRuleContext ctx, List<ParseTree> children, int[] leafIndex, int[] leafSlot) {
        int n = children.size();
        int[] symbols = new int[n];
        boolean[] isRule = new boolean[n];
        int[] lookahead = new int[n + 1];
        for (int i = 0; i < n; i++) {
            ParseTree c = children.get(i);
            if (c instanceof ErrorNode) {
                return false;
            }
            if (c instanceof TerminalNode leaf) {
                symbols[i] = leaf.getSymbol().getType();
                lookahead[i] = leaf.getSymbol().getTokenIndex();
            } else if (c instanceof ParserRuleContext rc) {
                symbols[i] = rc.getRuleIndex();
                isRule[i] = true;
                lookahead[i] = rc.getStart() == null ? Integer.MAX_VALUE : rc.getStart().getTokenIndex();
            } else {
                return false;
            }
        }
        Token stop = ctx.getStop();
        Token start = ctx.getStart();
        lookahead[n] = stop != null ? stop.getTokenIndex() + 1 : start != null ? start.getTokenIndex() : Integer.MAX_VALUE;

        int rule = ctx.getRuleIndex();
        ATNState begin = atn.ruleToStartState[rule];
        long width = n + 1L;
        Map<Long, long[]> parent = new HashMap<>();
        ArrayDeque<Long> queue = new ArrayDeque<>();
        long startKey = begin.stateNumber * width;
        parent.put(startKey, null);
        queue.add(startKey);
        Long found = null;
        while (!queue.isEmpty() && found == null) {
            long k = queue.poll();
            ATNState s = atn.states.get((int) (k / width));
            int pos = (int) (k % width);
            if (s instanceof RuleStopState) {
                if (pos == n) {
                    found = k;
                }
                continue;
            }
            for (int i = 0; i < s.getNumberOfTransitions(); i++) {
                Transition t = s.transition(i);
                ATNState next;
                int nextPos;
                if (t instanceof RuleTransition rt) {
                    if (pos >= n || !isRule[pos] || symbols[pos] != rt.ruleIndex) {
                        continue;
                    }
                    next = rt.followState;
                    nextPos = pos + 1;
                } else if (t.isEpsilon()) {
                    next = t.target;
                    nextPos = pos;
                } else {
                    if (pos >= n || isRule[pos] || !t.matches(symbols[pos], 1, atn.maxTokenType)) {
                        continue;
                    }
                    next = t.target;
                    nextPos = pos + 1;
                }
                long nk = next.stateNumber * width + nextPos;
                if (!parent.containsKey(nk)) {
                    parent.put(nk, new long[] {k, i});
                    queue.add(nk);
                }
            }
        }
        if (found == null) {
            return false;
        }
        for (long k = found; parent.get(k) != null; ) {
            long[] step = parent.get(k);
            long from = step[0];
            ATNState s = atn.states.get((int) (from / width));
            int pos = (int) (from % width);
            int nt = s.getNumberOfTransitions();
            if (nt > 1) {
                int prevSlot = previousSlot(leafIndex, leafSlot, lookahead[pos]);
                decisions.computeIfAbsent(s.stateNumber, x -> new int[nt])[(int) step[1]]++;
                decisionsAfter.computeIfAbsent(key(s.stateNumber, prevSlot), x -> new int[nt])[(int) step[1]]++;
            }
            k = from;
        }
        return true;
    }

    /** Slot of the last visible token before the given token index, or the start marker. */
    private static int previousSlot(int[] leafIndex, int[] leafSlot, int tokenIndex) {
        int at = Arrays.binarySearch(leafIndex, tokenIndex);
        int before = at >= 0 ? at - 1 : -at - 2;
        return before >= 0 ? leafSlot[before] : BOS_SLOT;
    }
}

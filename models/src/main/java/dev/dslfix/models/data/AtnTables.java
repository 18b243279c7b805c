package dev.dslfix.models.data;

import java.util.function.IntPredicate;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.atn.NotSetTransition;
import org.antlr.v4.runtime.atn.RuleStopState;
import org.antlr.v4.runtime.atn.RuleTransition;
import org.antlr.v4.runtime.atn.Transition;
import org.antlr.v4.runtime.atn.WildcardTransition;
import org.antlr.v4.runtime.misc.Interval;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Per-state tables of a parser ATN that the sampler consults on every step: the token types each
 * matching transition accepts, the FIRST set behind each transition of a decision, and the cheapest
 * way from every state to the end of its rule.
 *
 * <p>A completion cost counts tokens first and ATN steps second, packed into one long
 * ({@code tokens * TOKEN + steps}). Every edge costs at least one step, so always following a
 * transition of least cost strictly decreases the remaining cost and must reach the rule's end:
 * that is what makes forced termination safe even across epsilon cycles.
 */
final class AtnTables {
    /** Weight of one token in a packed cost; the steps live in the low bits. */
    static final long TOKEN = 1L << 24;
    /** Unreachable (a rule that cannot finish, or a token no text is known for). */
    static final long INF = Long.MAX_VALUE / 4;

    private final ATN atn;
    private final IntervalSet[][] matchSets;
    private final IntervalSet[][] firstSets;
    private final long[] dist;

    /**
     * @param producible whether the sampler can write a text for a token type (EOF always counts)
     */
    AtnTables(ATN atn, IntPredicate producible) {
        this.atn = atn;
        int states = atn.states.size();
        matchSets = new IntervalSet[states][];
        firstSets = new IntervalSet[states][];
        IntervalSet all = IntervalSet.of(1, atn.maxTokenType);
        for (ATNState s : atn.states) {
            if (s == null) {
                continue;
            }
            int n = s.getNumberOfTransitions();
            matchSets[s.stateNumber] = new IntervalSet[n];
            for (int i = 0; i < n; i++) {
                Transition t = s.transition(i);
                if (t instanceof RuleTransition || t.isEpsilon()) {
                    continue;
                }
                IntervalSet set;
                if (t instanceof NotSetTransition) {
                    set = all.subtract(t.label());
                } else if (t instanceof WildcardTransition) {
                    set = all;
                } else {
                    set = t.label();
                }
                IntervalSet usable = new IntervalSet();
                if (set != null) {
                    for (Interval iv : set.getIntervals()) {
                        for (int v = iv.a; v <= iv.b; v++) {
                            if (v == Token.EOF || producible.test(v)) {
                                usable.add(v);
                            }
                        }
                    }
                }
                matchSets[s.stateNumber][i] = usable;
            }
        }
        dist = new long[states];
        computeCosts();
    }

    /** The producible token types a matching transition accepts (empty when none); null for epsilon-like ones. */
    IntervalSet matchSet(ATNState s, int transition) {
        return matchSets[s.stateNumber][transition];
    }

    /** Tokens that can come first after taking a transition of a decision state (cached; may hold EPSILON). */
    IntervalSet firstSet(ATNState s, int transition) {
        IntervalSet[] row = firstSets[s.stateNumber];
        if (row == null) {
            row = new IntervalSet[s.getNumberOfTransitions()];
            firstSets[s.stateNumber] = row;
        }
        if (row[transition] == null) {
            row[transition] = atn.nextTokens(s.transition(transition).target);
        }
        return row[transition];
    }

    /** Cheapest completion from this state to the end of its rule. */
    long dist(ATNState s) {
        return dist[s.stateNumber];
    }

    /** Cheapest completion of the current rule when taking this transition. */
    long cost(ATNState s, int transition) {
        Transition t = s.transition(transition);
        if (t instanceof RuleTransition rt) {
            return add(add(dist[rt.target.stateNumber], 1), dist[rt.followState.stateNumber]);
        }
        if (t.isEpsilon()) {
            return add(dist[t.target.stateNumber], 1);
        }
        IntervalSet set = matchSets[s.stateNumber][transition];
        if (set == null || set.isNil()) {
            return INF;
        }
        return add(dist[t.target.stateNumber], TOKEN + 1);
    }

    private void computeCosts() {
        java.util.Arrays.fill(dist, INF);
        for (ATNState s : atn.states) {
            if (s instanceof RuleStopState) {
                dist[s.stateNumber] = 0;
            }
        }
        boolean changed = true;
        while (changed) {
            changed = false;
            for (ATNState s : atn.states) {
                if (s == null || s instanceof RuleStopState) {
                    continue;
                }
                long best = dist[s.stateNumber];
                for (int i = 0; i < s.getNumberOfTransitions(); i++) {
                    best = Math.min(best, cost(s, i));
                }
                if (best < dist[s.stateNumber]) {
                    dist[s.stateNumber] = best;
                    changed = true;
                }
            }
        }
    }

    private static long add(long a, long b) {
        return a >= INF || b >= INF ? INF : Math.min(INF, a + b);
    }
}

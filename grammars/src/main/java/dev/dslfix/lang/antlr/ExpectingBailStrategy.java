package dev.dslfix.lang.antlr;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * Bails out at the first error like {@link BailErrorStrategy}, and remembers every token the
 * parser could have taken at the furthest token index it reached. ANTLR decides optional parts
 * with one token of lookahead and skips them silently, so the exception's own expected set only
 * names what the last rule needed ("';' or end of input" after "SELECT a FORM t"); the union of
 * the FIRST sets of the skipped parts also names FROM, WHERE, ',' and the rest.
 */
final class ExpectingBailStrategy extends BailErrorStrategy {
    private int index = -1;
    private ATN atn;
    /**
     * ATN states the parser synced in at the furthest index. The union of their FIRST sets is
     * only needed when the parse fails, so it is computed then: building it at every sync cost
     * a third of all repair time.
     */
    private int[] states = new int[16];
    private int count;

    @Override
    public void sync(Parser recognizer) {
        int at = recognizer.getInputStream().index();
        if (at > index) {
            index = at;
            count = 0;
        }
        if (at == index) {
            int state = recognizer.getState();
            if (count > 0 && states[count - 1] == state) {
                return;
            }
            if (count == states.length) {
                states = java.util.Arrays.copyOf(states, count * 2);
            }
            states[count++] = state;
            atn = recognizer.getATN();
        }
    }

    /** Tokens acceptable at {@code tokenIndex}, merged with the failure's own set when it is there. */
    IntervalSet expectedAt(int tokenIndex, IntervalSet fromFailure) {
        IntervalSet out = new IntervalSet(fromFailure);
        if (tokenIndex == index && atn != null) {
            for (int k = 0; k < count; k++) {
                ATNState s = atn.states.get(states[k]);
                out.addAll(atn.nextTokens(s));
            }
        }
        out.remove(Token.EPSILON);
        return out;
    }
}

package dev.dslfix.lang.antlr;

import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.Token;
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
    private final IntervalSet expected = new IntervalSet();

    @Override
    public void sync(Parser recognizer) {
        int at = recognizer.getInputStream().index();
        if (at > index) {
            index = at;
            expected.clear();
        }
        if (at == index) {
            ATNState s = recognizer.getInterpreter().atn.states.get(recognizer.getState());
            expected.addAll(recognizer.getATN().nextTokens(s));
        }
    }

    /** Tokens acceptable at {@code tokenIndex}, merged with the failure's own set when it is there. */
    IntervalSet expectedAt(int tokenIndex, IntervalSet fromFailure) {
        IntervalSet out = new IntervalSet(fromFailure);
        if (tokenIndex == index) {
            out.addAll(expected);
        }
        out.remove(Token.EPSILON);
        return out;
    }
}

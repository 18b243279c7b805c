package dev.dslfix.lang.antlr;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * ANTLR's default recovery, with a record of what it did to the input: tokens it deleted
 * (single-token deletion, resynchronisation) and tokens it conjured (single-token insertion).
 * Rendered as text, this is the "what the parser would have done" baseline of the evaluation.
 */
final class RecoveryRecorder extends DefaultErrorStrategy {
    /** A conjured token: its type, inserted before the token with index {@code beforeIndex}. */
    record Insertion(int beforeIndex, int type) {
    }

    final Set<Integer> deleted = new HashSet<>();
    final List<Insertion> inserted = new ArrayList<>();

    @Override
    protected Token singleTokenDeletion(Parser recognizer) {
        Token current = recognizer.getCurrentToken();
        Token matched = super.singleTokenDeletion(recognizer);
        if (matched != null) {
            deleted.add(current.getTokenIndex());
        }
        return matched;
    }

    @Override
    protected Token getMissingSymbol(Parser recognizer) {
        IntervalSet expecting = getExpectedTokens(recognizer);
        int type = expecting.isNil() ? Token.INVALID_TYPE : expecting.getMinElement();
        inserted.add(new Insertion(recognizer.getCurrentToken().getTokenIndex(), type));
        return super.getMissingSymbol(recognizer);
    }

    @Override
    public void recover(Parser recognizer, RecognitionException e) {
        if (lastErrorIndex == recognizer.getInputStream().index() && lastErrorStates != null
                && lastErrorStates.contains(recognizer.getState())) {
            deleted.add(recognizer.getCurrentToken().getTokenIndex()); // the guard below consumes it
        }
        super.recover(recognizer, e);
    }

    @Override
    protected void consumeUntil(Parser recognizer, IntervalSet set) {
        int type = recognizer.getInputStream().LA(1);
        while (type != Token.EOF && !set.contains(type)) {
            deleted.add(recognizer.getCurrentToken().getTokenIndex());
            recognizer.consume();
            type = recognizer.getInputStream().LA(1);
        }
    }
}

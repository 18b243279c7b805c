package dev.dslfix.lang.antlr;

import dev.dslfix.lang.SyntaxIssue;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.ATNState;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * ANTLR's recovery (single-token insertion and deletion, then resynchronisation), reporting into
 * an {@link IssueCollector} with the expected sets kept as data instead of one formatted string.
 */
final class ReportingErrorStrategy extends DefaultErrorStrategy {
    private final IssueCollector collector;
    private final IntervalSet syncTokens;
    private final IntervalSet restartTokens;

    ReportingErrorStrategy(IssueCollector collector, IntervalSet syncTokens, IntervalSet restartTokens) {
        this.collector = collector;
        this.syncTokens = syncTokens;
        this.restartTokens = restartTokens;
    }

    /**
     * With sync tokens, recovery skips to the next one (the end of the statement) instead of the
     * nearest token that some enclosing rule could follow with: fewer cascading errors.
     */
    @Override
    public void recover(Parser recognizer, RecognitionException e) {
        if (syncTokens == null || syncTokens.isNil()) {
            super.recover(recognizer, e);
            return;
        }
        if (lastErrorIndex == recognizer.getInputStream().index() && lastErrorStates != null
                && lastErrorStates.contains(recognizer.getState())) {
            recognizer.consume(); // no progress since the last error here: step over one token
        }
        lastErrorIndex = recognizer.getInputStream().index();
        if (lastErrorStates == null) {
            lastErrorStates = new IntervalSet();
        }
        lastErrorStates.add(recognizer.getState());
        IntervalSet stop = new IntervalSet(syncTokens);
        stop.add(Token.EOF);
        consumeUntil(recognizer, stop);
    }

    /**
     * With sync tokens, a token that cannot continue the input at a decision point is reported
     * and the statement skipped (through {@link #recover}), instead of ANTLR's single-token
     * deletion there, which tends to turn one mistake into two reports.
     */
    @Override
    public void sync(Parser recognizer) throws RecognitionException {
        if (syncTokens == null || syncTokens.isNil() || inErrorRecoveryMode(recognizer)) {
            super.sync(recognizer);
            return;
        }
        ATNState s = recognizer.getInterpreter().atn.states.get(recognizer.getState());
        int la = recognizer.getInputStream().LA(1);
        IntervalSet next = recognizer.getATN().nextTokens(s);
        if (next.contains(la) || next.contains(Token.EPSILON)) {
            super.sync(recognizer);
            return;
        }
        if (recognizer.getContext().getParent() == null) {
            // In the start rule an exception would end the parse: report and skip in place.
            beginErrorCondition(recognizer);
            Token t = recognizer.getCurrentToken();
            IntervalSet separators = next.and(syncTokens);
            if (!separators.isNil() && restartTokens.contains(la)) {
                // "SELECT 1 SELECT 2": what is missing is the separator, and the message says so.
                collector.parserIssue(SyntaxIssue.Kind.MISSING, t, previousVisible(recognizer, t), separators);
            } else {
                collector.parserIssue(SyntaxIssue.Kind.MISMATCH, t, previousVisible(recognizer, t), next);
            }
            IntervalSet stop = new IntervalSet(syncTokens);
            stop.add(Token.EOF);
            consumeUntil(recognizer, stop);
            return;
        }
        throw new InputMismatchException(recognizer);
    }

    private static Token previousVisible(Parser recognizer, Token t) {
        if (t == null || t.getTokenIndex() <= 0) {
            return null;
        }
        TokenStream in = recognizer.getInputStream();
        for (int i = t.getTokenIndex() - 1; i >= 0; i--) {
            Token p = in.get(i);
            if (p.getChannel() == Token.DEFAULT_CHANNEL) {
                return p;
            }
        }
        return null;
    }

    @Override
    public void reportError(Parser recognizer, RecognitionException e) {
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        beginErrorCondition(recognizer);
        Token offending = e.getOffendingToken() != null ? e.getOffendingToken() : recognizer.getCurrentToken();
        if (e instanceof NoViableAltException nva) {
            // The expected set belongs to where the decision started; when that is an earlier
            // token it would mislead ("expected ')'" for the ')' itself), so leave it out.
            IntervalSet expected = nva.getStartToken() == nva.getOffendingToken() ? e.getExpectedTokens() : new IntervalSet();
            collector.parserIssue(SyntaxIssue.Kind.NO_VIABLE, offending, previousVisible(recognizer, offending), expected);
        } else {
            collector.parserIssue(SyntaxIssue.Kind.MISMATCH, offending, previousVisible(recognizer, offending), e.getExpectedTokens());
        }
    }

    @Override
    protected void reportUnwantedToken(Parser recognizer) {
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        beginErrorCondition(recognizer);
        Token t = recognizer.getCurrentToken();
        collector.parserIssue(SyntaxIssue.Kind.EXTRANEOUS, t, previousVisible(recognizer, t), getExpectedTokens(recognizer));
    }

    @Override
    protected void reportMissingToken(Parser recognizer) {
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        beginErrorCondition(recognizer);
        Token t = recognizer.getCurrentToken();
        collector.parserIssue(SyntaxIssue.Kind.MISSING, t, previousVisible(recognizer, t), getExpectedTokens(recognizer));
    }
}

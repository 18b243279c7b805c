package dev.dslfix.lang.antlr;

import dev.dslfix.lang.SyntaxIssue;
import org.antlr.v4.runtime.DefaultErrorStrategy;
import org.antlr.v4.runtime.FailedPredicateException;
import org.antlr.v4.runtime.InputMismatchException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Token;

/**
 * ANTLR's recovery (single-token insertion and deletion, then resynchronisation), reporting into
 * an {@link IssueCollector} with the expected sets kept as data instead of one formatted string.
 */
final class ReportingErrorStrategy extends DefaultErrorStrategy {
    private final IssueCollector collector;

    ReportingErrorStrategy(IssueCollector collector) {
        this.collector = collector;
    }

    @Override
    public void reportError(Parser recognizer, RecognitionException e) {
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        beginErrorCondition(recognizer);
        if (e instanceof NoViableAltException nva) {
            collector.parserIssue(SyntaxIssue.Kind.NO_VIABLE, nva.getOffendingToken(), e.getExpectedTokens());
        } else if (e instanceof InputMismatchException) {
            collector.parserIssue(SyntaxIssue.Kind.MISMATCH, e.getOffendingToken(), e.getExpectedTokens());
        } else if (e instanceof FailedPredicateException) {
            collector.parserIssue(SyntaxIssue.Kind.MISMATCH, e.getOffendingToken(), e.getExpectedTokens());
        } else {
            collector.parserIssue(SyntaxIssue.Kind.MISMATCH, e.getOffendingToken() != null ? e.getOffendingToken() : recognizer.getCurrentToken(), e.getExpectedTokens());
        }
    }

    @Override
    protected void reportUnwantedToken(Parser recognizer) {
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        beginErrorCondition(recognizer);
        Token t = recognizer.getCurrentToken();
        collector.parserIssue(SyntaxIssue.Kind.EXTRANEOUS, t, getExpectedTokens(recognizer));
    }

    @Override
    protected void reportMissingToken(Parser recognizer) {
        if (inErrorRecoveryMode(recognizer)) {
            return;
        }
        beginErrorCondition(recognizer);
        Token t = recognizer.getCurrentToken();
        collector.parserIssue(SyntaxIssue.Kind.MISSING, t, getExpectedTokens(recognizer));
    }
}

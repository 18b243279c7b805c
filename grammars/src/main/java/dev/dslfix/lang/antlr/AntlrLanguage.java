package dev.dslfix.lang.antlr;

import dev.dslfix.lang.Cancellation;
import dev.dslfix.lang.Language;
import dev.dslfix.lang.LexToken;
import dev.dslfix.lang.ParseResult;
import dev.dslfix.lang.SyntaxProbe;
import java.util.List;
import java.util.Set;

/**
 * A built-in language on a generated ANTLR grammar: lexing, parsing, probing, expected tokens,
 * ANTLR's own recovery and the grammar's fixed tokens come from its {@link AntlrFrontEnd};
 * subclasses add their checks and whatever else they know.
 */
public abstract class AntlrLanguage implements Language {
    protected final AntlrFrontEnd frontEnd;

    protected AntlrLanguage(AntlrFrontEnd frontEnd) {
        this.frontEnd = frontEnd;
    }

    /** True when correct input needs ANTLR's slow full-context pass (a grammar ambiguity; tests guard against it). */
    public boolean needsFullContext(String text) {
        return frontEnd.needsFullContext(text);
    }

    @Override
    public List<LexToken> tokenize(String text) {
        return frontEnd.tokenize(text);
    }

    @Override
    public ParseResult parse(String text, Cancellation cancel) {
        return frontEnd.parse(text, cancel);
    }

    @Override
    public SyntaxProbe probe(String text) {
        return frontEnd.probe(text);
    }

    @Override
    public List<SyntaxProbe.ExpectedToken> expectedAt(String text, int offset) {
        return frontEnd.expectedAt(text, offset);
    }

    @Override
    public String parserRecovery(String text) {
        return frontEnd.recoverAsText(text);
    }

    @Override
    public Set<String> keywords() {
        return frontEnd.keywords();
    }

    @Override
    public List<String> literalTokens() {
        return frontEnd.literalTokens();
    }
}

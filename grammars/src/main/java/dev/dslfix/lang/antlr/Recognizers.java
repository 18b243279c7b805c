package dev.dslfix.lang.antlr;

import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.TokenStream;

/**
 * Where a language's lexer and parser come from: generated classes, or interpreters of a grammar
 * loaded at run time. Implementations may reuse instances per thread; each call gets them reset
 * to the given input.
 */
public interface Recognizers {

    Lexer lexer(CharStream input);

    Parser parser(TokenStream tokens);

    /** Invokes the start rule on a parser returned by {@link #parser}. */
    ParserRuleContext parseStart(Parser parser);
}

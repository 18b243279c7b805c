package dev.dslfix.lang.runtime;

import java.util.List;
import org.antlr.v4.tool.Grammar;
import org.antlr.v4.tool.LexerGrammar;

/** A grammar the ANTLR tool has processed: ready for interpreters. */
record LoadedGrammar(LexerGrammar lexer, Grammar parser, int startRuleIndex, List<GrammarProblem> warnings) {
}

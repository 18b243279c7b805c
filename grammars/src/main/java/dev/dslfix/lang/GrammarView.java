package dev.dslfix.lang;

import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.atn.ATN;

/**
 * A read-only view of a language's ANTLR grammar, for tools that walk it (the program sampler
 * that makes training data from a grammar alone).
 *
 * @param startRule index of the rule a document starts with
 */
public record GrammarView(ATN atn, Vocabulary vocabulary, String[] ruleNames, int startRule) {
}

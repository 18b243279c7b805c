package dev.dslfix.lang.antlr;

/**
 * A token type that stands for a lexical mistake (a string without its closing quote, a markdown
 * fence in the code). The parser never sees such tokens; each becomes one diagnostic.
 *
 * @param swallowsRest true when the token runs to the end of the input, so that parser errors
 *                     after its start are consequences, not news
 */
public record LexicalError(String message, boolean swallowsRest) {

    public static LexicalError unterminated(String message) {
        return new LexicalError(message, true);
    }

    public static LexicalError stray(String message) {
        return new LexicalError(message, false);
    }
}

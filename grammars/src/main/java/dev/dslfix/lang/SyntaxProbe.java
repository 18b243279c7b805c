package dev.dslfix.lang;

import java.util.List;

/**
 * Where parsing first fails, found cheaply (no recovery, no static checks): what repair search
 * asks after each trial edit.
 *
 * @param ok             the text has no syntax or lexical error
 * @param errorOffset    UTF-16 offset of the first error (the text's length for end of input)
 * @param acceptedTokens visible tokens before the first error: a measure of progress
 * @param kind           what failed (lexical kinds for unterminated strings, stray characters)
 * @param expected       tokens the parser would have accepted there (empty when unknown)
 */
public record SyntaxProbe(boolean ok, int errorOffset, int acceptedTokens, SyntaxIssue.Kind kind,
                          List<ExpectedToken> expected) {

    /** A token type the parser accepts; {@code literal} is its fixed text ("(", "SELECT") or null for a class (a name). */
    public record ExpectedToken(int type, String name, String literal) {
    }

    public SyntaxProbe {
        expected = List.copyOf(expected);
    }

    public static SyntaxProbe success(int visibleTokens, int length) {
        return new SyntaxProbe(true, length, visibleTokens, null, List.of());
    }
}

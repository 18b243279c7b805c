package dev.dslfix.lang;

import java.util.List;

/**
 * A syntax error with what the parser knew at that point: the kind of failure, the token it
 * found and the token types it would have accepted. Repair search starts from these.
 *
 * @param expectedTypes token types the parser accepted at that point (grammar-specific ids;
 *                      {@code -1} is end of input)
 * @param expectedNames display forms of those types, in the same order
 */
public record SyntaxIssue(Kind kind, Diagnostic diagnostic, int foundType, String foundText,
                          List<Integer> expectedTypes, List<String> expectedNames) {

    public enum Kind {
        /** The lexer met a character that starts no token. */
        UNEXPECTED_CHARACTER,
        /** A string, quoted name or comment that never closes. */
        UNTERMINATED,
        /** The token does not fit here; one of the expected ones was needed. */
        MISMATCH,
        /** A single expected token is missing before the found one. */
        MISSING,
        /** The found token is one too many: deleting it lets the parse go on. */
        EXTRANEOUS,
        /** No alternative of a rule matches the input from here. */
        NO_VIABLE
    }

    public SyntaxIssue {
        expectedTypes = List.copyOf(expectedTypes);
        expectedNames = List.copyOf(expectedNames);
    }
}

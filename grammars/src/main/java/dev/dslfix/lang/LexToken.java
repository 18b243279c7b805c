package dev.dslfix.lang;

/**
 * A lexer token as plain data. {@code start}/{@code end} are UTF-16 offsets (end exclusive);
 * {@code hidden} is true for whitespace, comments and other off-channel tokens.
 */
public record LexToken(int type, String typeName, String text, int start, int end, boolean hidden) {
}

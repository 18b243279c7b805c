package dev.dslfix.lang;

import java.util.Set;

/**
 * Character edits for token edits, with the spacing a person would type: punctuation that
 * attaches to the left (a comma, a closing bracket) goes right after the previous token, words
 * get a space on the side where they would otherwise touch another word, and a deleted token
 * takes one side's blanks with it. Shared by search and the model.
 */
public final class TokenEdits {
    private static final Set<String> ATTACH_LEFT = Set.of(")", "]", "}", ",", ";", ".");

    private TokenEdits() {
    }

    public static boolean attachesLeft(String token) {
        return ATTACH_LEFT.contains(token);
    }

    /**
     * Inserting {@code t} between the token ending at {@code prevEnd} and the token {@code at}
     * (null at the end of the text).
     */
    public static TextEdit insertBefore(String text, int prevEnd, LexToken at, String t) {
        if (t.isEmpty()) {
            return TextEdit.insert(at == null ? prevEnd : at.start(), ""); // a zero-width token (INDENT) has no text
        }
        if (ATTACH_LEFT.contains(t) || at == null) {
            String s = at == null && prevEnd > 0 && needsSpace(text.charAt(prevEnd - 1), t.charAt(0)) ? " " + t : t;
            return TextEdit.insert(prevEnd, s);
        }
        String s = t;
        int at0 = at.start();
        if (at0 > 0 && (isWordChar(text.charAt(at0 - 1)) || text.charAt(at0 - 1) == ')') && isWordChar(t.charAt(0))) {
            s = " " + s;
        }
        if ((isWordChar(t.charAt(t.length() - 1)) || !at.text().isEmpty() && isWordChar(at.text().charAt(0))) && !t.equals("(") && !t.equals(".")) {
            s = s + " ";
        }
        return TextEdit.insert(at0, s);
    }

    public static TextEdit delete(String text, LexToken tok) {
        int start = tok.start();
        int end = tok.end();
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t') && start > 0
                && Character.isWhitespace(text.charAt(start - 1))) {
            end++;
        }
        return TextEdit.delete(start, end);
    }

    public static TextEdit replace(LexToken tok, String t) {
        return new TextEdit(tok.start(), tok.end(), t);
    }

    private static boolean needsSpace(char before, char first) {
        return (isWordChar(before) || before == ')') && isWordChar(first);
    }

    public static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }
}

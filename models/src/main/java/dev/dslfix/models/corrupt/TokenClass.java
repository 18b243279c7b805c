package dev.dslfix.models.corrupt;

import dev.dslfix.lang.LexToken;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a visible token is, judged only from its text and its token type name, so that it works
 * for every grammar: SQL's {@code SELECT} (type name = upper-cased text), a run-time grammar's
 * implicit {@code 'let'} (type name = quoted text), {@code IDENTIFIER}/{@code ID} and so on.
 */
public enum TokenClass {
    KEYWORD, BLOCK_BEGIN, BLOCK_END, IDENTIFIER, NUMBER, STRING, OPEN, CLOSE, SEPARATOR, OTHER;

    private static final Pattern WORD = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern NUMBER_TEXT = Pattern.compile(
            "(\\d[\\d_]*(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?|0[xX][0-9a-fA-F]+");
    private static final Set<String> ID_TYPES = Set.of("ID", "NAME", "WORD", "SYMBOL", "VAR", "VARIABLE", "LABEL");
    private static final Set<String> BLOCK_ENDS = Set.of("END", "ENDIF", "FI", "DONE", "ESAC", "ENDWHILE", "ENDFOR", "WEND");
    private static final Set<String> BLOCK_BEGINS = Set.of("BEGIN");

    static boolean isWord(String text) {
        return WORD.matcher(text).matches();
    }

    static boolean isNumber(String text) {
        return NUMBER_TEXT.matcher(text).matches();
    }

    public static TokenClass of(LexToken t) {
        String text = t.text();
        switch (text) {
            case "(", "[", "{" -> {
                return OPEN;
            }
            case ")", "]", "}" -> {
                return CLOSE;
            }
            case ",", ";" -> {
                return SEPARATOR;
            }
            default -> {
            }
        }
        String type = t.typeName() == null ? "" : t.typeName().toUpperCase(Locale.ROOT);
        if (isWord(text)) {
            String upper = text.toUpperCase(Locale.ROOT);
            if (isKeywordType(type, upper)) {
                if (BLOCK_ENDS.contains(upper)) {
                    return BLOCK_END;
                }
                return BLOCK_BEGINS.contains(upper) ? BLOCK_BEGIN : KEYWORD;
            }
            // A word that is not its own token type is a name, whatever the grammar calls it.
            return IDENTIFIER;
        }
        if (type.contains("IDENT") || ID_TYPES.contains(type)) {
            return IDENTIFIER;
        }
        if (isNumber(text)) {
            return NUMBER;
        }
        if (type.contains("STRING") || quoted(text)) {
            return STRING;
        }
        return OTHER;
    }

    /** SELECT for 'select', 'let' for let, and the usual prefixes and suffixes: K_SELECT, SELECT_KW. */
    private static boolean isKeywordType(String type, String upperText) {
        if (type.equals(upperText) || type.equals("'" + upperText + "'")) {
            return true;
        }
        for (String affix : new String[] {"K_", "KW_", "TOKEN_", "T_"}) {
            if (type.equals(affix + upperText)) {
                return true;
            }
        }
        for (String affix : new String[] {"_", "_KW", "_KEYWORD", "_SYM"}) {
            if (type.equals(upperText + affix)) {
                return true;
            }
        }
        return false;
    }

    private static boolean quoted(String text) {
        if (text.length() < 2) {
            return false;
        }
        char q = text.charAt(0);
        return (q == '\'' || q == '"') && text.charAt(text.length() - 1) == q;
    }

    boolean isKeywordLike() {
        return this == KEYWORD || this == BLOCK_BEGIN || this == BLOCK_END;
    }
}

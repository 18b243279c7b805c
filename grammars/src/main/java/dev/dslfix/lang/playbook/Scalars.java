package dev.dslfix.lang.playbook;

import java.util.Set;
import java.util.regex.Pattern;

/** YAML scalar values: quotes and escapes, and the types PyYAML (which Ansible uses) resolves plain scalars to. */
final class Scalars {
    private Scalars() {
    }

    enum Type { NULL, BOOL, INT, FLOAT, STRING }

    private static final Set<String> NULLS = Set.of("", "~", "null", "Null", "NULL");
    private static final Set<String> TRUE = Set.of("yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON");
    private static final Set<String> FALSE = Set.of("no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF");
    private static final Pattern INT = Pattern.compile(
            "[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(:[0-5]?[0-9])+");
    private static final Pattern FLOAT = Pattern.compile(
            "[-+]?([0-9][0-9_]*)?\\.[0-9_]*([eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+\\.[0-9_]*|[-+]?\\.(inf|Inf|INF)|\\.(nan|NaN|NAN)");

    /** The type of a plain (unquoted) scalar. */
    static Type resolve(String plain) {
        if (NULLS.contains(plain)) {
            return Type.NULL;
        }
        if (TRUE.contains(plain) || FALSE.contains(plain)) {
            return Type.BOOL;
        }
        if (INT.matcher(plain).matches()) {
            return Type.INT;
        }
        if (FLOAT.matcher(plain).matches() && !plain.equals(".") ) {
            return Type.FLOAT;
        }
        return Type.STRING;
    }

    /** Strings Ansible's boolean conversion accepts (any case). */
    static boolean boolLike(String s) {
        return switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "yes", "no", "true", "false", "on", "off", "1", "0", "y", "n", "t", "f", "1.0", "0.0" -> true;
            default -> false;
        };
    }

    /** The value of a quoted scalar token (with its quotes); other text is returned as it is. */
    static String unquote(String token) {
        if (token.length() >= 2 && token.startsWith("'") && token.endsWith("'")) {
            return token.substring(1, token.length() - 1).replace("''", "'");
        }
        if (token.length() >= 2 && token.startsWith("\"") && token.endsWith("\"")) {
            return unescape(token.substring(1, token.length() - 1));
        }
        if (token.startsWith("'") || token.startsWith("\"")) {
            return token.substring(1); // unterminated
        }
        return token;
    }

    private static String unescape(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                sb.append(c);
                continue;
            }
            char e = s.charAt(++i);
            switch (e) {
                case 'n' -> sb.append('\n');
                case 't' -> sb.append('\t');
                case 'r' -> sb.append('\r');
                case '0' -> sb.append('\0');
                case 'x', 'u', 'U' -> {
                    int len = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    if (i + len < s.length() + 0 && s.substring(i + 1, Math.min(s.length(), i + 1 + len)).matches("[0-9a-fA-F]{" + len + "}")) {
                        sb.appendCodePoint(Integer.parseInt(s.substring(i + 1, i + 1 + len), 16));
                        i += len;
                    } else {
                        sb.append(e);
                    }
                }
                default -> sb.append(e);
            }
        }
        return sb.toString();
    }
}

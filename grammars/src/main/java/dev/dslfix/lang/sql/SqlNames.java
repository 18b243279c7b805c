package dev.dslfix.lang.sql;

/** SQL identifiers as the checker compares them: quotes removed, ASCII letters folded (as SQLite does). */
final class SqlNames {
    private SqlNames() {
    }

    /** The identifier as written, without its quotes. */
    static String unquote(String raw) {
        if (raw.length() >= 2) {
            char first = raw.charAt(0);
            char last = raw.charAt(raw.length() - 1);
            String inner = raw.substring(1, raw.length() - 1);
            if (first == '"' && last == '"') {
                return inner.replace("\"\"", "\"");
            }
            if (first == '`' && last == '`') {
                return inner.replace("``", "`");
            }
            if (first == '[' && last == ']') {
                return inner;
            }
            if (first == '\'' && last == '\'') {
                return inner.replace("''", "'");
            }
        }
        return raw;
    }

    /** Key for lookups: unquoted and with ASCII letters in lower case. */
    static String key(String raw) {
        String s = unquote(raw);
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        }
        return sb.toString();
    }
}

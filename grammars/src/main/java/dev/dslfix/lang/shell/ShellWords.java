package dev.dslfix.lang.shell;

import java.util.ArrayList;
import java.util.List;

/**
 * The inside of one shell word, which the lexer keeps as a single token: where its quotes and
 * substitutions open and close. Mirrors the word fragments of {@code Shell.g4} (quotes,
 * {@code $(...)}, backticks, {@code ${...}}, {@code <(...)}, extglob groups).
 */
final class ShellWords {
    private ShellWords() {
    }

    /** A command substitution's body inside a word: {@code [start, end)}, and whether it was written with backticks. */
    record Span(int start, int end, boolean backtick) {
    }

    /** The delimiter of a here-document as written after {@code <<}: quotes and backslashes removed. */
    static String heredocDelimiter(String word) {
        StringBuilder sb = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c != '\'' && c != '"' && c != '\\') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Index of the first quote or substitution of the word that never closes, or -1. */
    static int unclosedStart(String text) {
        Scanner s = new Scanner(text, null);
        int i = 0;
        while (i < text.length()) {
            int next = s.part(i, 0);
            if (next < 0) {
                return i;
            }
            i = next;
        }
        return -1;
    }

    /**
     * The bodies of the command substitutions ({@code $(...)}, backticks) and process
     * substitutions ({@code <(...)}, {@code >(...)}) of a word, outermost only; empty when none.
     */
    static List<Span> substitutions(String text) {
        if (text.indexOf('$') < 0 && text.indexOf('`') < 0 && text.indexOf('(') < 0) {
            return List.of();
        }
        List<Span> found = new ArrayList<>();
        Scanner s = new Scanner(text, found);
        int i = 0;
        while (i < text.length()) {
            int next = s.part(i, 0);
            if (next < 0) {
                break;
            }
            i = next;
        }
        return found;
    }

    /**
     * The word as a plain name if it is one (letters, digits and {@code _ - . : + @ / ,} only,
     * no quotes or expansions), else null. Used for command names.
     */
    static String plainName(String text) {
        if (text.isEmpty()) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!(Character.isLetterOrDigit(c) || "_-.:+@/,".indexOf(c) >= 0)) {
                return null;
            }
        }
        return text;
    }

    /**
     * End of the word starting at {@code from} when it holds a command substitution with a
     * here-document in it ({@code "$(cat <<'EOF' ... EOF\n)"}), which the lexer's fragments cannot
     * follow; -1 for any other word, or one that never ends.
     */
    static int wordWithHeredocEnd(String text, int from) {
        Scanner s = new Scanner(text, null);
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean group = (c == '<' || c == '>') && i + 1 < text.length() && text.charAt(i + 1) == '(';
            if (" \t\f\u000B\r\n;&|()<>".indexOf(c) >= 0 && !group || c == '#' && i == from) {
                break;
            }
            int next = s.part(i, 0);
            if (next < 0) {
                return -1;
            }
            i = next;
        }
        return s.usedHeredoc && i > from ? i : -1;
    }

    /** Words that make a command body more than one simple command, or that the checker looks at. */
    private static final java.util.Set<String> NOT_SIMPLE = java.util.Set.of("if", "then", "else", "elif", "fi", "for", "select",
            "in", "do", "done", "while", "until", "case", "esac", "function", "time", "{", "}", "!", "[[", "]]", "[", "local",
            "break", "continue", "return", "alias");

    /**
     * The command name of a substitution body that is one simple command on one line ("date +%s",
     * "basename \"$f\""): {start, end} of its first word, or null when the body needs a parse
     * (operators, newlines, nested substitutions, reserved words). Its quotes are known to be
     * closed: the lexer matched the whole word.
     */
    static int[] simpleCommandName(String body) {
        int i = 0;
        int n = body.length();
        while (i < n && (body.charAt(i) == ' ' || body.charAt(i) == '\t')) {
            i++;
        }
        int start = i;
        int end = -1;
        char quote = 0;
        for (; i < n; i++) {
            char c = body.charAt(i);
            if (quote == '\'') {
                if (c == '\'') {
                    quote = 0;
                }
                continue;
            }
            if (c == '\\') {
                return null;
            }
            if (c == '$' && i + 1 < n && (body.charAt(i + 1) == '(' || body.charAt(i + 1) == '{')) {
                return null;
            }
            if (c == '`') {
                return null;
            }
            if (quote == '"') {
                if (c == '"') {
                    quote = 0;
                }
                continue;
            }
            if (c == '\'' || c == '"') {
                if (end < 0 && i == start) {
                    return null; // a quoted command name: leave it to the parser
                }
                quote = c;
            } else if ("\n\r;&|(){}<>#".indexOf(c) >= 0) {
                return null;
            } else if ((c == ' ' || c == '\t') && end < 0) {
                end = i;
            } else if (c == '=' && end < 0) {
                return null; // an assignment in front of the command
            }
        }
        if (end < 0) {
            end = n;
        }
        if (end == start || NOT_SIMPLE.contains(body.substring(start, end))) {
            return null;
        }
        return new int[] {start, end};
    }

    /** A recursive scanner over one word; records substitution bodies when {@code found} is not null. */
    private static final class Scanner {
        private final String s;
        private final List<Span> found;
        /** A here-document inside a substitution was skipped. */
        boolean usedHeredoc;

        Scanner(String s, List<Span> found) {
            this.s = s;
            this.found = found;
        }

        private char at(int i) {
            return i < s.length() ? s.charAt(i) : '\0';
        }

        /**
         * End of the word part starting at {@code i}, or -1 when it never closes.
         * {@code depth} counts the substitutions around it (bodies are recorded at depth 0 only).
         */
        int part(int i, int depth) {
            char c = s.charAt(i);
            switch (c) {
                case '\\':
                    return Math.min(s.length(), i + 2);
                case '\'':
                    return singleQuoted(i);
                case '"':
                    return doubleQuoted(i, depth);
                case '`':
                    return backtick(i, depth);
                case '$':
                    return dollar(i, depth);
                case '<':
                case '>':
                    if (at(i + 1) == '(') {
                        return substitution(i + 2, depth, true);
                    }
                    return i + 1;
                case '?':
                case '*':
                case '+':
                case '@':
                case '!':
                    if (at(i + 1) == '(') {
                        return substitution(i + 2, depth + 1, false);
                    }
                    return i + 1;
                default:
                    return i + 1;
            }
        }

        private int singleQuoted(int i) {
            int close = s.indexOf('\'', i + 1);
            return close < 0 ? -1 : close + 1;
        }

        private int doubleQuoted(int i, int depth) {
            int j = i + 1;
            while (j < s.length()) {
                char c = s.charAt(j);
                if (c == '"') {
                    return j + 1;
                } else if (c == '\\') {
                    j += 2;
                } else if (c == '`') {
                    j = backtick(j, depth);
                } else if (c == '$' && at(j + 1) != '"' && at(j + 1) != '\'') {
                    j = dollar(j, depth); // inside double quotes, $" and $' are plain
                } else {
                    j++;
                }
                if (j < 0) {
                    return -1;
                }
            }
            return -1;
        }

        private int backtick(int i, int depth) {
            int j = i + 1;
            while (j < s.length()) {
                char c = s.charAt(j);
                if (c == '`') {
                    if (depth == 0 && found != null && j > i + 1) {
                        found.add(new Span(i + 1, j, true));
                    }
                    return j + 1;
                }
                j += c == '\\' ? 2 : 1;
            }
            return -1;
        }

        private int dollar(int i, int depth) {
            char n = at(i + 1);
            if (n == '(') {
                if (at(i + 2) == '(') {
                    return substitution(i + 2, depth + 1, false); // $(( arithmetic ))
                }
                return substitution(i + 2, depth, true);
            } else if (n == '{') {
                return parameter(i + 2, depth);
            } else if (n == '\'') {
                int j = i + 2;
                while (j < s.length()) {
                    char c = s.charAt(j);
                    if (c == '\'') {
                        return j + 1;
                    }
                    j += c == '\\' ? 2 : 1;
                }
                return -1;
            } else if (n == '"') {
                return doubleQuoted(i + 1, depth);
            }
            return i + 1;
        }

        private int parameter(int j, int depth) {
            while (j < s.length()) {
                char c = s.charAt(j);
                if (c == '}') {
                    return j + 1;
                } else if (c == '{') {
                    j = parameter(j + 1, depth);
                } else {
                    j = c == '\'' || c == '"' || c == '`' || c == '$' || c == '\\' ? part(j, depth) : j + 1;
                }
                if (j < 0) {
                    return -1;
                }
            }
            return -1;
        }

        /**
         * From just after an opening '(' to just after its ')'. Records the body when it is a
         * command at depth 0. Inside a case statement, ')' ends patterns, not the body.
         */
        private int substitution(int start, int depth, boolean command) {
            int j = start;
            int cases = 0;
            List<String[]> heredocs = new ArrayList<>(); // {delimiter, "-" when tabs are stripped}
            while (j < s.length()) {
                char c = s.charAt(j);
                if (c == ')') {
                    if (cases > 0) {
                        j++;
                        continue;
                    }
                    if (command && depth == 0 && found != null) {
                        found.add(new Span(start, j, false));
                    }
                    return j + 1;
                } else if (c == '(') {
                    j = substitution(j + 1, depth + 1, false);
                } else if (c == '<' && at(j + 1) == '<' && at(j + 2) != '<') {
                    j = heredocOperator(j + 2, heredocs);
                } else if (c == '\n' && !heredocs.isEmpty()) {
                    j = skipHeredocBodies(j + 1, heredocs);
                    heredocs.clear();
                    usedHeredoc = true;
                } else if (c == '\'' || c == '"' || c == '`' || c == '$' || c == '\\') {
                    j = part(j, depth + 1);
                } else {
                    if (wordAt(j, "case") && (at(j + 4) == ' ' || at(j + 4) == '\t')) {
                        cases++;
                        j += 4;
                        continue;
                    }
                    if (cases > 0 && wordAt(j, "esac")) {
                        cases--;
                        j += 4;
                        continue;
                    }
                    j++;
                }
                if (j < 0) {
                    return -1;
                }
            }
            return -1;
        }

        /** After '<<': notes the delimiter word (quotes removed); returns the index after it. */
        private int heredocOperator(int j, List<String[]> heredocs) {
            boolean tabs = at(j) == '-';
            if (tabs) {
                j++;
            }
            while (at(j) == ' ' || at(j) == '\t') {
                j++;
            }
            StringBuilder word = new StringBuilder();
            while (j < s.length() && " \t\r\n;&|()<>".indexOf(s.charAt(j)) < 0) {
                char c = s.charAt(j);
                if (c == '\'' || c == '"') {
                    int close = s.indexOf(c, j + 1);
                    if (close < 0) {
                        return -1;
                    }
                    word.append(s, j + 1, close);
                    j = close + 1;
                } else if (c == '\\' && j + 1 < s.length()) {
                    word.append(s.charAt(j + 1));
                    j += 2;
                } else {
                    word.append(c);
                    j++;
                }
            }
            if (word.length() > 0) {
                heredocs.add(new String[] {word.toString(), tabs ? "-" : ""});
            }
            return j;
        }

        /** From the start of the line after a '<<' command: past the bodies of its here-documents, or -1. */
        private int skipHeredocBodies(int j, List<String[]> heredocs) {
            for (String[] h : heredocs) {
                boolean closed = false;
                while (j < s.length() && !closed) {
                    int eol = s.indexOf('\n', j);
                    int lineEnd = eol < 0 ? s.length() : eol;
                    String line = s.substring(j, lineEnd);
                    if (line.endsWith("\r")) {
                        line = line.substring(0, line.length() - 1);
                    }
                    if (h[1].equals("-")) {
                        line = line.replaceFirst("^\t+", "");
                    }
                    closed = line.equals(h[0]);
                    j = eol < 0 ? s.length() : eol + 1;
                }
                if (!closed) {
                    return -1;
                }
            }
            return j;
        }

        private boolean wordAt(int j, String w) {
            if (!s.startsWith(w, j)) {
                return false;
            }
            char before = j == 0 ? ' ' : s.charAt(j - 1);
            char after = at(j + w.length());
            return " \t\r\n;(".indexOf(before) >= 0 && (after == '\0' || " \t\r\n;)".indexOf(after) >= 0);
        }
    }
}

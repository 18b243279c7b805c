package dev.dslfix.lang.sql;

import dev.dslfix.lang.Fix;
import dev.dslfix.lang.LexToken;
import dev.dslfix.lang.Suggestions;
import dev.dslfix.lang.TextEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Constructs of other SQL dialects with their SQLite form, found in the statement around a
 * syntax error: T-SQL {@code TOP n} and {@code ISNULL(a, b)}, MySQL {@code &&} and {@code AUTO_INCREMENT}, PostgreSQL
 * {@code ILIKE}, Oracle {@code MINUS}, standard {@code FETCH FIRST n ROWS ONLY},
 * JavaScript-style {@code !==}, and {@code DEFAULT NOW()}.
 */
final class SqlDialectRewrites {
    private SqlDialectRewrites() {
    }

    static List<Fix> near(String text, List<LexToken> tokens, int offset) {
        int[] region = SqlStatements.around(tokens, text.length(), offset);
        List<LexToken> v = new ArrayList<>();
        for (LexToken t : tokens) {
            if (!t.hidden() && t.start() >= region[0] && t.end() <= region[1]) {
                v.add(t);
            }
        }
        List<Fix> out = new ArrayList<>();
        out.addAll(unclosedValuesRow(v));
        closerBeforeLineEnd(text, v).ifPresent(out::add);
        for (int k = 0; k < v.size(); k++) {
            String w = upper(v.get(k));
            LexToken t = v.get(k);
            if (w.equals("TOP") && k > 0 && k + 1 < v.size() && (upper(v.get(k - 1)).equals("SELECT") || upper(v.get(k - 1)).equals("DISTINCT"))) {
                top(text, v, k).ifPresent(out::add);
            } else if (w.equals("&") && k + 1 < v.size() && v.get(k + 1).text().equals("&") && v.get(k + 1).start() == t.end()) {
                out.add(Fix.replace("replaced '&&' with AND", t.start(), v.get(k + 1).end(), cased(v, "AND")));
            } else if (w.equals("ISNULL") && k + 1 < v.size() && v.get(k + 1).text().equals("(")) {
                // T-SQL's ISNULL(a, b); in SQLite ISNULL is the postfix test "a ISNULL"
                out.add(Fix.replace("replaced T-SQL's ISNULL(...) with coalesce(...)", t.start(), t.end(), "coalesce"));
                out.add(Fix.replace("replaced T-SQL's ISNULL(...) with ifnull(...)", t.start(), t.end(), "ifnull"));
            } else if (w.equals("NULL") && k > 0 && k + 1 < v.size() && upper(v.get(k + 1)).equals("NOT")
                    && (k + 2 >= v.size() || !upper(v.get(k + 2)).equals("NULL")) && !upper(v.get(k - 1)).equals("IS")) {
                // "TEXT NULL NOT DEFAULT": the constraint's words swapped
                out.add(Fix.replace("swapped 'NULL NOT' back to 'NOT NULL'", t.start(), v.get(k + 1).end(), cased(v, "NOT NULL")));
            } else if (w.equals("(") && k + 2 < v.size() && v.get(k + 1).text().equals(")") && v.get(k + 2).text().equals("*")
                    && v.get(k + 2).start() == v.get(k + 1).end()) {
                out.add(Fix.replace("moved '*' into 'count(*)'", t.start(), v.get(k + 2).end(), "(*)"));
            } else if (w.equals("ILIKE")) {
                out.add(Fix.replace("replaced ILIKE with LIKE (case-insensitive for ASCII in SQLite)", t.start(), t.end(), cased(v, "LIKE")));
            } else if (w.equals("AUTO_INCREMENT")) {
                boolean afterKey = k >= 2 && upper(v.get(k - 1)).equals("KEY") && upper(v.get(k - 2)).equals("PRIMARY");
                out.add(afterKey ? Fix.replace("replaced AUTO_INCREMENT with AUTOINCREMENT", t.start(), t.end(), "AUTOINCREMENT")
                        : new Fix("removed AUTO_INCREMENT (an INTEGER PRIMARY KEY numbers itself)", List.of(deleteWithSpace(text, t))));
            } else if (w.equals("MINUS")) {
                out.add(Fix.replace("replaced MINUS with EXCEPT", t.start(), t.end(), cased(v, "EXCEPT")));
            } else if (w.equals("FETCH") && k + 4 < v.size() && upper(v.get(k + 1)).matches("FIRST|NEXT")) {
                int end = k + 4 < v.size() && upper(v.get(k + 4)).equals("ONLY") ? k + 4 : -1;
                if (end > 0) {
                    out.add(Fix.replace("replaced FETCH FIRST ... ROWS ONLY with LIMIT", t.start(), v.get(end).end(), "LIMIT " + v.get(k + 2).text()));
                }
            } else if ((w.equals("!=") || w.equals("==")) && k + 1 < v.size() && v.get(k + 1).text().equals("=") && v.get(k + 1).start() == t.end()) {
                String op = w.equals("!=") ? "!=" : "=";
                out.add(Fix.replace("replaced '" + w + "=' with '" + op + "'", t.start(), v.get(k + 1).end(), op));
            } else if (w.equals("DEFAULT") && k + 3 < v.size() && upper(v.get(k + 1)).matches("NOW|GETDATE|SYSDATE|CURRENT_TIMESTAMP|SYSDATETIME")
                    && v.get(k + 2).text().equals("(") && v.get(k + 3).text().equals(")")) {
                out.add(Fix.replace("replaced " + v.get(k + 1).text() + "() with CURRENT_TIMESTAMP", v.get(k + 1).start(), v.get(k + 3).end(),
                        cased(v, "CURRENT_TIMESTAMP")));
            }
        }
        return out;
    }

    /**
     * "VALUES (1, 'a'), (2, 'b', (3, 'c')": a row's ')' is missing where the next row starts.
     * The parser only fails at the statement's end, where closing the row would swallow the
     * rows after it as extra values.
     */
    private static List<Fix> unclosedValuesRow(List<LexToken> v) {
        int values = -1;
        for (int k = 0; k < v.size(); k++) {
            if (upper(v.get(k)).equals("VALUES")) {
                values = k;
                break;
            }
        }
        List<Fix> out = new ArrayList<>();
        if (values < 0) {
            return out;
        }
        int depth = 0;
        for (int k = values + 1; k + 1 < v.size(); k++) {
            String t = v.get(k).text();
            if (t.equals("(")) {
                depth++;
            } else if (t.equals(")")) {
                depth--;
            } else if (t.equals(",") && depth == 1 && v.get(k + 1).text().equals("(") && k > 0) {
                // inside a row, a comma then '(' at row level: the previous row was never closed,
                // unless that '(' opens a subquery or a call's arguments ("(SELECT", "lower(")
                if (k + 2 < v.size() && upper(v.get(k + 2)).equals("SELECT")) {
                    continue;
                }
                // a parenthesised value ("(1, (2 + 3))") looks the same: two places at most, each verified
                int at = v.get(k - 1).end();
                out.add(Fix.replace("inserted ')' to close the row before the next one", at, at, ")"));
                if (out.size() == 2) {
                    break;
                }
            } else if (t.equals(";")) {
                break;
            }
        }
        return out;
    }

    /**
     * "REFERENCES suppliers(id," at a line's end, and the next line a new column: the '(' opened
     * on that line was never closed, and its ')' belongs before the line's last comma.
     */
    private static java.util.Optional<Fix> closerBeforeLineEnd(String text, List<LexToken> v) {
        java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
        for (int k = 0; k < v.size(); k++) {
            String t = v.get(k).text();
            if (t.equals("(")) {
                open.push(k);
            } else if (t.equals(")") && !open.isEmpty()) {
                open.pop();
            } else if (t.equals(",") && !open.isEmpty() && k + 1 < v.size() && k > 0) {
                int opener = open.peek();
                boolean sameLine = text.substring(v.get(opener).end(), v.get(k).start()).indexOf('\n') < 0;
                boolean endsLine = text.substring(v.get(k).end(), v.get(k + 1).start()).indexOf('\n') >= 0;
                boolean nested = open.size() >= 2;
                if (sameLine && endsLine && nested) {
                    int at = v.get(k - 1).end();
                    return java.util.Optional.of(Fix.replace("inserted ')' to close '" + v.get(Math.max(0, opener - 1)).text()
                            + "(' on its own line", at, at, ")"));
                }
            }
        }
        return java.util.Optional.empty();
    }

    /** SELECT TOP n ... becomes SELECT ... LIMIT n (or loses TOP n when the statement already has a LIMIT). */
    private static java.util.Optional<Fix> top(String text, List<LexToken> v, int k) {
        int n = k + 1;
        String count;
        int last;
        if (v.get(n).text().equals("(") && n + 2 < v.size() && v.get(n + 2).text().equals(")")) {
            count = v.get(n + 1).text();
            last = n + 2;
        } else {
            count = v.get(n).text();
            last = n;
        }
        if (!count.matches("\\d+")) {
            return java.util.Optional.empty();
        }
        TextEdit remove = TextEdit.delete(v.get(k).start(), spaceAfter(text, v.get(last).end()));
        boolean hasLimit = v.stream().anyMatch(t -> upper(t).equals("LIMIT"));
        LexToken end = v.get(v.size() - 1);
        if (hasLimit) {
            return java.util.Optional.of(new Fix("removed TOP " + count, List.of(remove)));
        }
        int at = end.text().equals(";") ? end.start() : end.end();
        return java.util.Optional.of(new Fix("replaced TOP " + count + " with LIMIT " + count, List.of(remove, TextEdit.insert(at, " LIMIT " + count))));
    }

    private static TextEdit deleteWithSpace(String text, LexToken t) {
        int start = t.start();
        while (start > 0 && (text.charAt(start - 1) == ' ' || text.charAt(start - 1) == '\t')) {
            start--;
        }
        return TextEdit.delete(start, t.end());
    }

    private static int spaceAfter(String text, int at) {
        int i = at;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    /** A keyword in the case of the statement's first word: "select ... and" stays lower-case. */
    private static String cased(List<LexToken> statement, String keyword) {
        return statement.stream().map(LexToken::text).filter(t -> t.chars().anyMatch(Character::isLetter)).findFirst()
                .map(first -> Suggestions.casedLike(first, keyword)).orElse(keyword);
    }

    private static String upper(LexToken t) {
        return t.text().toUpperCase(Locale.ROOT);
    }
}

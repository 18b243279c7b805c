package dev.dslfix.models.corrupt;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;

/**
 * T-SQL's row limit in a SQLite query: "SELECT ... LIMIT 5" written as "SELECT TOP 5 ...". Made
 * from a query that has the LIMIT, so the original is the faithful repair; putting "TOP 5" into a
 * query without one would make the original a repair that drops what the author asked for.
 */
final class TopFromLimit {
    private static final Set<String> COMPOUND = Set.of("UNION", "EXCEPT", "INTERSECT");

    private TopFromLimit() {
    }

    static List<Supplier<Candidate>> propose(Doc doc) {
        List<Supplier<Candidate>> out = new ArrayList<>();
        for (int i = 0; i + 1 < doc.size(); i++) {
            if (!doc.tokenText(i).equalsIgnoreCase("LIMIT") || !doc.tokenText(i + 1).matches("\\d+")) {
                continue;
            }
            if (i + 2 < doc.size() && Set.of(",", "OFFSET").contains(doc.tokenText(i + 2).toUpperCase(Locale.ROOT))) {
                continue; // "LIMIT 5 OFFSET 10" has no TOP form
            }
            int select = selectOf(doc, i);
            if (select < 0) {
                continue;
            }
            int after = select + 1 < doc.size() && doc.tokenText(select + 1).equalsIgnoreCase("DISTINCT") ? select + 1 : select;
            int limit = i;
            out.add(() -> {
                String top = KeywordMutator.inCaseOf(doc.tokenText(limit), "TOP") + " " + doc.tokenText(limit + 1);
                int cutFrom = doc.token(limit - 1).end(); // the space before LIMIT goes too
                int cutTo = doc.token(limit + 1).end();
                int insertAt = doc.token(after).end();
                String text = doc.text.substring(0, insertAt) + " " + top + doc.text.substring(insertAt, cutFrom) + doc.text.substring(cutTo);
                return new Candidate(text, "wrote 'LIMIT " + doc.tokenText(limit + 1) + "' as T-SQL '" + top + "' at " + doc.at(doc.token(select).start()));
            });
        }
        return out;
    }

    /**
     * The SELECT a LIMIT belongs to: the only SELECT at the LIMIT's depth in its statement or
     * subquery; -1 for a compound query (UNION ...), where TOP would limit only its first part.
     */
    private static int selectOf(Doc doc, int limit) {
        int depth = 0;
        int select = -1;
        for (int j = limit - 1; j >= 0; j--) {
            String t = doc.tokenText(j).toUpperCase(Locale.ROOT);
            if (t.equals(")")) {
                depth++;
            } else if (t.equals("(")) {
                if (depth == 0) {
                    break; // the start of the subquery the LIMIT is in
                }
                depth--;
            } else if (depth == 0 && t.equals(";")) {
                break;
            } else if (depth == 0 && COMPOUND.contains(t)) {
                return -1;
            } else if (depth == 0 && t.equals("SELECT")) {
                if (select >= 0) {
                    return -1;
                }
                select = j;
            }
        }
        return select;
    }
}

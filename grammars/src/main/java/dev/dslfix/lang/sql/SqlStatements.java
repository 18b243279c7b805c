package dev.dslfix.lang.sql;

import dev.dslfix.lang.LexToken;
import java.util.List;
import java.util.Locale;

/**
 * Statement boundaries from the tokens alone: a statement ends at ';', except inside the
 * BEGIN ... END body of CREATE TRIGGER (where a CASE expression has an END of its own). Used to repair one statement at a time.
 */
final class SqlStatements {
    private SqlStatements() {
    }

    /** {start, end} of the statement containing {@code offset}; end includes its ';'. */
    static int[] around(List<LexToken> tokens, int textLength, int offset) {
        int start = 0;
        boolean atStatementStart = true;
        int triggerState = 0; // 1: in CREATE [TEMP] TRIGGER header, 2: inside its BEGIN ... END
        int cases = 0; // CASE expressions open in the trigger's body: their END is not the body's
        String previous = "";
        for (LexToken t : tokens) {
            if (t.hidden()) {
                continue;
            }
            String word = t.text().toUpperCase(Locale.ROOT);
            if (atStatementStart) {
                start = Math.min(start, t.start());
                atStatementStart = false;
            }
            if (triggerState == 0 && word.equals("TRIGGER") && (previous.equals("CREATE") || previous.equals("TEMP") || previous.equals("TEMPORARY"))) {
                triggerState = 1;
            } else if (triggerState == 1 && word.equals("BEGIN")) {
                triggerState = 2;
            } else if (triggerState == 2 && word.equals("CASE")) {
                cases++;
            } else if (triggerState == 2 && word.equals("END")) {
                if (cases > 0) {
                    cases--;
                } else {
                    triggerState = 3;
                }
            }
            if (word.equals(";") && triggerState != 1 && triggerState != 2) {
                if (t.end() > offset) {
                    return new int[] {start, t.end()};
                }
                start = t.end();
                atStatementStart = true;
                triggerState = 0;
                cases = 0;
            }
            previous = word;
        }
        return new int[] {start, textLength};
    }
}

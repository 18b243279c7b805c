package dev.dslfix.lang.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dslfix.lang.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The language's rewrites near a syntax error: each one gives the expected text, which passes the checker. */
class SqlDialectRewritesTest {
    private static final SqlLanguage SQL = new SqlLanguage();
    private static final String SCHEMA = "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, n INTEGER);\n";

    /** The texts the rewrites near the first error give. */
    private static List<String> rewritten(String text) {
        int error = SQL.check(text).stream().filter(Diagnostic::isError).mapToInt(Diagnostic::start).min().orElseThrow();
        return SQL.rewritesNear(text, error).stream().map(f -> f.applyTo(text)).toList();
    }

    private static void assertRepairs(String broken, String expected) {
        List<String> texts = rewritten(broken);
        assertTrue(texts.contains(expected), "expected " + expected + " among " + texts);
        assertEquals(List.of(), SQL.check(expected).stream().filter(Diagnostic::isError).toList());
    }

    @Test
    void aValuesRowMissingItsCloserIsClosedWhereTheNextRowStarts() {
        assertRepairs(SCHEMA + "INSERT INTO t VALUES (1, 'a', 2), (2, 'b', 3, (3, 'c', 4);\n",
                SCHEMA + "INSERT INTO t VALUES (1, 'a', 2), (2, 'b', 3), (3, 'c', 4);\n");
    }

    @Test
    void aParenthesisOpenedAndLeftOpenOnItsLine() {
        String broken = "CREATE TABLE p (id INTEGER PRIMARY KEY);\nCREATE TABLE c (\n    p_id INTEGER REFERENCES p(id,\n    name TEXT\n);\n";
        assertRepairs(broken, broken.replace("p(id,", "p(id),"));
    }

    @Test
    void otherDialectsHabitsInTheStatementsCase() {
        assertRepairs(SCHEMA + "select id from t where n > 1 && n < 5;\n", SCHEMA + "select id from t where n > 1 and n < 5;\n");
        assertRepairs(SCHEMA + "SELECT isnull(n, 0) FROM t;\n", SCHEMA + "SELECT coalesce(n, 0) FROM t;\n");
        assertRepairs("CREATE TABLE u (id INTEGER PRIMARY KEY, name TEXT NULL NOT DEFAULT 'x');\n",
                "CREATE TABLE u (id INTEGER PRIMARY KEY, name TEXT NOT NULL DEFAULT 'x');\n");
        assertRepairs(SCHEMA + "SELECT count()* AS c FROM t;\n", SCHEMA + "SELECT count(*) AS c FROM t;\n");
    }

    @Test
    void nullAfterIsIsNotSwapped() {
        // "IS NULL NOT ..." has no 'NULL NOT' constraint to swap back
        String text = SCHEMA + "SELECT id FROM t WHERE name IS NULL NOT;\n";
        assertTrue(rewritten(text).stream().noneMatch(x -> x.contains("IS NOT NULL")), rewritten(text).toString());
    }
}

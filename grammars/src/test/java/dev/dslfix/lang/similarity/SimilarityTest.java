package dev.dslfix.lang.similarity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dslfix.lang.Fixtures;
import dev.dslfix.lang.Language;
import dev.dslfix.lang.runtime.GrammarLoadException;
import dev.dslfix.lang.runtime.GrammarSpec;
import dev.dslfix.lang.runtime.RuntimeGrammarLanguage;
import dev.dslfix.lang.sql.SqlLanguage;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Expected values are computed by hand from the formula in {@link Similarity}; the arithmetic is
 * next to each assertion. Calc's lexer skips whitespace and comments, so its token lists are the
 * visible tokens; its tree for {@code print E;} is program(statement(expr ...)), EOF not counted.
 */
class SimilarityTest {
    private static final double EPS = 1e-12;
    private static final Language SQL = new SqlLanguage();
    private static final Language CALC = load("grammars/calc/Calc.g4", "program");
    private static final Language INI = load("grammars/ini/IniParser.g4", "file");

    private static Language load(String grammar, String start) {
        try {
            return RuntimeGrammarLanguage.load(new GrammarSpec(null, List.of(Fixtures.dir().resolve(grammar)), start, List.of()));
        } catch (GrammarLoadException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String fixture(String path) throws IOException {
        return Files.readString(Fixtures.dir().resolve(path));
    }

    @Test
    void identicalProgramsAreOne() throws IOException {
        String sql = fixture("sql/valid/analytics_retention.sql");
        assertEquals(1.0, Similarity.between(SQL, sql, sql));
        String calc = fixture("grammars/calc/example.calc");
        assertEquals(1.0, Similarity.between(CALC, calc, calc));
    }

    @Test
    void ngramAndSubtreeDiceOnCalc() {
        // tokens A: print 1 ; print 2 ;   B: print 1 ; print 3 ;
        // n=1: common print x2, 1, ; x2 = 5         -> 2*5/(6+6) = 10/12 = 5/6
        // n=2: common (print 1) (1 ;) (; print) = 3 -> 6/10 = 3/5
        // n=3: common (print 1 ;) (1 ; print) = 2   -> 4/8 = 1/2
        // n=4: common (print 1 ; print) = 1         -> 2/6 = 1/3
        // ngram = (5/6 + 3/5 + 1/2 + 1/3) / 4 = (50+36+30+20)/60/4 = 136/240 = 17/30
        // subtrees A: program, stmt(print 1), expr(1), stmt(print 2), expr(2) = 5; B likewise with 3
        // common: stmt(print 1), expr(1) = 2 -> syntax = 2*2/(5+5) = 2/5
        // similarity = (17/30 + 12/30) / 2 = 29/60
        Similarity.Breakdown b = Similarity.explain(CALC, "print 1; print 2;", "print 1; print 3;");
        assertEquals(List.of(5.0 / 6, 3.0 / 5, 1.0 / 2, 1.0 / 3), b.ngramDice());
        assertEquals(17.0 / 30, b.ngram(), EPS);
        assertTrue(b.syntaxCompared());
        assertEquals(2.0 / 5, b.syntax(), EPS);
        assertEquals(29.0 / 60, b.similarity(), EPS);
    }

    @Test
    void sizeWithNGramsOnOneSideOnlyCountsAsZero() {
        // tokens A: print 1 ;   B: print 1 + 2 ;
        // n=1: common print, 1, ; = 3       -> 6/8 = 3/4
        // n=2: common (print 1) = 1         -> 2/(2+4) = 1/3
        // n=3: common none                  -> 0/(1+3) = 0
        // n=4: A has none, B has 2          -> 0/(0+2) = 0 (not skipped: B has 4-grams)
        // ngram = (3/4 + 1/3 + 0 + 0) / 4 = (9/12 + 4/12) / 4 = 13/48
        // subtrees A: program, stmt, expr(1) = 3;  B: program, stmt, add(expr(1) + expr(2)), expr(1), expr(2) = 5
        // common: expr(1) = 1 -> syntax = 2/8 = 1/4 = 12/48
        // similarity = (13/48 + 12/48) / 2 = 25/96
        Similarity.Breakdown b = Similarity.explain(CALC, "print 1;", "print 1 + 2;");
        assertEquals(List.of(3.0 / 4, 1.0 / 3, 0.0, 0.0), b.ngramDice());
        assertEquals(13.0 / 48, b.ngram(), EPS);
        assertEquals(1.0 / 4, b.syntax(), EPS);
        assertEquals(25.0 / 96, b.similarity(), EPS);
    }

    @Test
    void sizeTooLongForBothSidesIsSkipped() {
        // tokens A: print x ;   B: print y ;  (3 each: no 4-grams on either side, n=4 skipped)
        // n=1: common print, ; = 2 -> 4/6 = 2/3;  n=2: 0/4 = 0;  n=3: 0/2 = 0
        // ngram = (2/3 + 0 + 0) / 3 = 2/9
        // subtrees: program, stmt, expr(x) vs program, stmt, expr(y): nothing common -> syntax = 0
        // similarity = (2/9 + 0) / 2 = 1/9
        Similarity.Breakdown b = Similarity.explain(CALC, "print x;", "print y;");
        assertEquals(Arrays.asList(2.0 / 3, 0.0, 0.0, Double.NaN), b.ngramDice());
        assertEquals(2.0 / 9, b.ngram(), EPS);
        assertEquals(0.0, b.syntax(), EPS);
        assertEquals(1.0 / 9, b.similarity(), EPS);
    }

    @Test
    void syntaxErrorOnOneSideFallsBackToTokens() {
        // tokens A: SELECT a FROM t ;   B: SELECT a FROM ;   (B has a syntax error: FROM needs a table)
        // n=1: common SELECT, a, FROM, ; = 4                -> 8/(5+4) = 8/9
        // n=2: common (SELECT a) (a FROM) = 2               -> 4/(4+3) = 4/7
        // n=3: common (SELECT a FROM) = 1                   -> 2/(3+2) = 2/5
        // n=4: none common                                  -> 0/(2+1) = 0
        // similarity = ngram = (8/9 + 4/7 + 2/5 + 0) / 4 = (280 + 180 + 126) / 315 / 4 = 586/1260
        Similarity.Breakdown b = Similarity.explain(SQL, "SELECT a FROM t;", "SELECT a FROM;");
        assertFalse(b.syntaxCompared());
        assertTrue(Double.isNaN(b.syntax()));
        assertEquals(586.0 / 1260, b.similarity(), EPS);
        assertEquals(b.ngram(), b.similarity());
        // Both sides broken the same way: the tokens are the same -> 1.0
        assertEquals(1.0, Similarity.between(SQL, "SELECT a FROM;", "SELECT  a\nFROM ;"));
    }

    @Test
    void symmetric() throws IOException {
        String original = fixture("sql/valid/analytics_retention.sql");
        List<String[]> pairs = List.of(
                new String[] {"SELECT a FROM t;", "SELECT a FROM;"},
                new String[] {"SELECT a AS total FROM t;", "SELECT a FROM t;"},
                new String[] {"SELECT name FROM users WHERE id = 1;", "SELECT 1;"},
                new String[] {original, original.replaceFirst("(?i)select", "SELECT DISTINCT")},
                new String[] {"", "SELECT 1;"});
        for (String[] p : pairs) {
            assertEquals(Similarity.between(SQL, p[0], p[1]), Similarity.between(SQL, p[1], p[0]), p[0]);
        }
        assertEquals(Similarity.between(CALC, "print 1;", "print 1 + 2;"), Similarity.between(CALC, "print 1 + 2;", "print 1;"));
    }

    @Test
    void whitespaceAndCommentsDoNotCount() {
        assertEquals(1.0, Similarity.between(SQL, "SELECT name FROM users WHERE id = 1;",
                "select name\n   from users -- who\n /* block */ where id=1 ;"));
        assertEquals(1.0, Similarity.between(CALC, "print 1; print 2;", "print 1;  # one\n\nprint 2;"));
    }

    @Test
    void emptyPrograms() {
        // both token lists empty -> 1.0; exactly one empty -> 0.0
        assertEquals(1.0, Similarity.between(SQL, "", "  -- nothing\n"));
        assertEquals(0.0, Similarity.between(SQL, "", "SELECT 1;"));
    }

    @Test
    void defaultHookIgnoresHiddenTokensAndKeepsText() {
        // The INI comment is on a hidden channel; the value token keeps its text as written.
        String text = "; note\n[a]\nk = v\n";
        assertEquals(Arrays.asList(null, "\n", "[", "a", "]", "\n", "k", "=", " v", "\n"),
                INI.comparableTokens(INI.parse(text)));
    }

    @Test
    void sqlCanonicalTokens() {
        // select U.Name from "Users" as U;  -> the alias declaration (as U) is dropped, U. reads as users.
        String text = "select U.Name from \"Users\" as U;";
        assertEquals(Arrays.asList("SELECT", null, "users", ".", "name", null, "FROM", null, "users", null, null, null, null, ";"),
                SQL.comparableTokens(SQL.parse(text)));
        // One alias for two tables in a statement: declarations still dropped, uses left as written.
        String twice = "SELECT x.a FROM t1 x WHERE EXISTS (SELECT 1 FROM t2 x)";
        assertEquals(List.of("SELECT", "x", ".", "a", "FROM", "t1", "WHERE", "EXISTS", "(", "SELECT", "1", "FROM", "t2", ")"),
                SQL.comparableTokens(SQL.parse(twice)).stream().filter(t -> t != null).toList());
    }

    @Test
    void sqlTableAliasesAndCaseDoNotCount() {
        assertEquals(1.0, Similarity.between(SQL, "SELECT u.name FROM users AS u", "SELECT users.name FROM users"));
        assertEquals(1.0, Similarity.between(SQL, "SELECT u.name FROM users u WHERE U.id = 1;",
                "SELECT users.name FROM users WHERE users.id = 1;"));
        assertEquals(1.0, Similarity.between(SQL, "select NAME from Users", "SELECT name FROM users"));
        assertEquals(1.0, Similarity.between(SQL, "SELECT \"Name\" FROM [users]", "SELECT name FROM users"));
        assertEquals(1.0, Similarity.between(SQL, "SELECT u.* FROM users u", "SELECT users.* FROM users"));
        assertEquals(1.0, Similarity.between(SQL,
                "SELECT o.id, c.name FROM orders o JOIN customers AS c ON c.id = o.customer_id;",
                "SELECT orders.id, customers.name FROM orders JOIN customers ON customers.id = orders.customer_id;"));
        assertEquals(1.0, Similarity.between(SQL, "UPDATE users AS u SET name = 'x' WHERE u.id = 1;",
                "UPDATE users SET name = 'x' WHERE users.id = 1;"));
        assertEquals(1.0, Similarity.between(SQL, "DELETE FROM users u WHERE u.id = 1;",
                "DELETE FROM users WHERE users.id = 1;"));
        // Aliases are scoped per statement: the same alias names a different table in each.
        assertEquals(1.0, Similarity.between(SQL, "SELECT u.id FROM users u; SELECT u.id FROM accounts u;",
                "SELECT users.id FROM users; SELECT accounts.id FROM accounts;"));
        // A keyword used as a name is a name: key and "KEY" are the same column token. (The trees
        // still differ by the grammar's nonReservedWord node, so only the n-grams are equal.)
        assertEquals(1.0, Similarity.explain(SQL, "SELECT key FROM t;", "SELECT \"KEY\" FROM t;").ngram());
        // String literals keep their case.
        assertTrue(Similarity.between(SQL, "SELECT 'a';", "SELECT 'A';") < 1.0);
    }

    @Test
    void sqlColumnAliasesCount() {
        // tokens A: SELECT a AS total FROM t ;   B: SELECT a FROM t ;
        // n=1: common SELECT, a, FROM, t, ; = 5                 -> 10/(7+5) = 5/6
        // n=2: common (SELECT a) (FROM t) (t ;) = 3              -> 6/(6+4) = 3/5
        // n=3: common (FROM t ;) = 1                             -> 2/(5+3) = 1/4
        // n=4: none                                              -> 0/(4+2) = 0
        // ngram = (5/6 + 3/5 + 1/4 + 0) / 4 = (50 + 36 + 15) / 60 / 4 = 101/240
        // subtrees A (17): script, statement, selectStatement, selectCore, resultColumn(a AS total),
        //   expr(a), predicate(a), columnReference(a), columnName(a), name(a), alias(total), name(total),
        //   fromClause, joinClause, tableSource, tableName(t), name(t)
        // subtrees B (15): the same without alias(total) and name(total), resultColumn(a) instead
        // common: expr, predicate, columnReference, columnName, name of a; fromClause, joinClause,
        //   tableSource, tableName, name of t = 10   -> syntax = 20/32 = 5/8 = 150/240
        // similarity = (101/240 + 150/240) / 2 = 251/480
        Similarity.Breakdown b = Similarity.explain(SQL, "SELECT a AS total FROM t;", "SELECT a FROM t;");
        assertEquals(101.0 / 240, b.ngram(), EPS);
        assertEquals(5.0 / 8, b.syntax(), EPS);
        assertEquals(251.0 / 480, b.similarity(), EPS);
    }

    @Test
    void faithfulRepairScoresHigherThanDriftingOne() {
        String original = "SELECT name FROM users WHERE id = 1;";
        assertEquals(1.0, Similarity.between(SQL, original, "SELECT name FROM users WHERE id = 1;"));

        // Drifting: SELECT 1 ;   (original has 9 tokens)
        // n=1: common SELECT, 1, ; = 3 -> 6/12 = 1/2;  n=2: common (1 ;) -> 2/(8+2) = 1/5
        // n=3: 0/(7+1) = 0;  n=4: 0/(6+0) = 0      -> ngram = (1/2 + 1/5) / 4 = 7/40
        // subtrees: original 24 (script, statement, selectStatement, selectCore; resultColumn, expr,
        //   predicate, columnReference, columnName, name; fromClause, joinClause, tableSource,
        //   tableName, name; whereClause, expr, predicate(=), predicate(id), columnReference,
        //   columnName, name, predicate(1), literal(1)); drifting 8 (script, statement,
        //   selectStatement, selectCore, resultColumn, expr, predicate(1), literal(1))
        // common: predicate(1), literal(1) = 2 -> syntax = 4/32 = 1/8
        // similarity = (7/40 + 5/40) / 2 = 3/20
        Similarity.Breakdown drifting = Similarity.explain(SQL, original, "SELECT 1;");
        assertEquals(7.0 / 40, drifting.ngram(), EPS);
        assertEquals(1.0 / 8, drifting.syntax(), EPS);
        assertEquals(3.0 / 20, drifting.similarity(), EPS);

        // Near: one literal differs (id = 2).
        // n=1: 8 common -> 16/18 = 8/9;  n=2: 6 of 8 -> 12/16 = 3/4
        // n=3: 5 of 7 -> 10/14 = 5/7;    n=4: 4 of 6 -> 8/12 = 2/3
        // ngram = (8/9 + 3/4 + 5/7 + 2/3) / 4 = (224 + 189 + 180 + 168) / 252 / 4 = 761/1008
        // subtrees: the 9 on the path to the literal differ (literal, predicate(2), predicate(=), expr,
        //   whereClause, selectCore, selectStatement, statement, script); 15 of 24 common -> 30/48 = 5/8
        // similarity = (761/1008 + 630/1008) / 2 = 1391/2016
        double near = Similarity.between(SQL, original, "SELECT name FROM users WHERE id = 2;");
        assertEquals(1391.0 / 2016, near, EPS);
        assertTrue(near > drifting.similarity());
    }

    @Test
    void profilesGiveTheSameAnswerAndKeepLanguagesApart() {
        String a = "SELECT a AS total FROM t;";
        String b = "SELECT a FROM t;";
        Profile pa = Similarity.profile(SQL, a);
        assertTrue(pa.parsedCleanly());
        assertEquals(7, pa.tokenCount());
        assertEquals(Similarity.between(SQL, a, b), Similarity.between(pa, Similarity.profile(SQL, b)));
        assertThrows(IllegalArgumentException.class, () -> Similarity.between(pa, Similarity.profile(CALC, "print 1;")));
    }

    @Test
    void twentyThousandNestedParenthesesDoNotCrash() {
        int depth = 20_000;
        String one = "SELECT " + "(".repeat(depth) + "1" + ")".repeat(depth) + ";";
        String two = "SELECT " + "(".repeat(depth) + "2" + ")".repeat(depth) + ";";
        // A syntax error after the nesting (unclosed parentheses would do too, but ANTLR's recovery
        // from 20,000 of them alone takes seconds).
        String broken = "SELECT " + "(".repeat(depth) + "1" + ")".repeat(depth) + " FROM;";
        assertEquals(1.0, Similarity.between(SQL, one, one));
        // Every subtree holds the literal, so only the tokens agree: about (1 + 0) / 2.
        double s = Similarity.between(SQL, one, two);
        assertTrue(s > 0.45 && s < 0.55, String.valueOf(s));
        Similarity.Breakdown fallback = Similarity.explain(SQL, one, broken);
        assertFalse(fallback.syntaxCompared());
        assertTrue(fallback.similarity() > 0.9 && fallback.similarity() < 1, fallback.toString());
    }

    @Test
    void oneTokenEditOfALargeFileStaysClose() throws IOException {
        String original = fixture("sql/valid/analytics_retention.sql");
        String edited = original.replaceFirst("(?i)\\bselect\\b", "SELECT DISTINCT");
        double s = Similarity.between(SQL, original, edited);
        assertTrue(s > 0.9 && s < 1.0, String.valueOf(s));
    }
}

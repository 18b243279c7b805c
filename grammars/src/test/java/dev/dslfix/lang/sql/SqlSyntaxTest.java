package dev.dslfix.lang.sql;

import static dev.dslfix.lang.sql.SqlTesting.check;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dslfix.lang.LexToken;
import dev.dslfix.lang.ParseResult;
import dev.dslfix.lang.SyntaxIssue;
import java.util.List;
import org.junit.jupiter.api.Test;

class SqlSyntaxTest {
    private static final String SCHEMA = "CREATE TABLE t (a INTEGER, b TEXT);\n";

    @Test
    void validScriptHasNoDiagnostics() {
        String text = SCHEMA + "SELECT a, b FROM t WHERE a BETWEEN 1 AND 5 AND NOT b LIKE 'x%' OR a NOT BETWEEN 2 AND 3;\n";
        assertEquals(List.of(), check(text));
        // BETWEEN's AND must not make SLL prediction fail (that would parse every document twice).
        assertFalse(new SqlLanguage().needsFullContext(text));
    }

    @Test
    void emptyAndCommentOnlyInputsAreValid() {
        assertEquals(List.of(), check(""));
        assertEquals(List.of(), check("-- nothing here\n/* still nothing */\n"));
        assertEquals(List.of(), check(";;\n;"));
    }

    @Test
    void missingClosingParenthesis() {
        assertEquals(List.of("2:22 syntax unexpected 'FROM'; expected ')' or ','"),
                check(SCHEMA + "SELECT a, (a + 1 * 2 FROM t;"));
    }

    @Test
    void missingSemicolonBetweenStatements() {
        assertEquals(List.of("3:1 syntax missing ';' before 'SELECT'"),
                check(SCHEMA + "SELECT a FROM t\nSELECT b FROM t;"));
    }

    @Test
    void misspelledKeywordGetsAHint() {
        List<String> d = check(SCHEMA + "SELECT a FROM t AS x\nWHRE a = 1;");
        assertEquals(1, d.size(), d.toString());
        assertTrue(d.get(0).startsWith("3:1 syntax unexpected 'WHRE'"), d.toString());
        assertTrue(d.get(0).endsWith("did you mean 'WHERE'?"), d.toString());
    }

    @Test
    void misspelledKeywordThatParsesAsAnAliasIsNamedInTheHint() {
        List<String> d = check(SCHEMA + "SELECT a FORM t;");
        assertEquals(List.of("2:15 syntax unexpected 't'; expected ';' or end of input; is 'FORM' a misspelled 'FROM'?"), d);
    }

    @Test
    void unterminatedStringIsOneDiagnosticAtItsQuote() {
        List<String> d = check(SCHEMA + "INSERT INTO t VALUES (1, 'open\n);\nSELECT 1;\n");
        assertEquals(List.of("2:26 syntax unterminated string literal: the closing ' is missing"), d);
    }

    @Test
    void unterminatedComment() {
        assertEquals(List.of("2:11 syntax unterminated comment: the closing */ is missing"), check(SCHEMA + "SELECT 1; /* no end\nSELECT 2;"));
    }

    @Test
    void markdownFencesAreNamed() {
        List<String> d = check("```sql\n" + SCHEMA + "SELECT a FROM t;\n```\n");
        assertEquals(List.of("1:1 syntax markdown code fence: this line is not SQL; remove it",
                "4:1 syntax markdown code fence: this line is not SQL; remove it"), d);
    }

    @Test
    void recoveryResumesAtTheNextStatement() {
        List<String> d = check(SCHEMA + "SELECT (a + FROM t;\nSELECT a FROM t;\nSELECT a b c FROM t;\n");
        assertEquals(2, d.size(), d.toString());
        assertTrue(d.get(0).startsWith("2:13 syntax"), d.toString());
        assertTrue(d.get(1).startsWith("4:12 syntax"), d.toString());
    }

    @Test
    void columnsCountUtf16UnitsAfterNonAsciiText() {
        // 'Zürich 😀' is 9 UTF-16 units wide inside the quotes; the stray ')' follows it.
        List<String> d = check(SCHEMA + "SELECT 'Zürich 😀', ) FROM t;");
        assertEquals(List.of("2:21 syntax unexpected ')'; expected '*' or an expression"), d);
    }

    @Test
    void endOfInputErrorsPointAfterTheLastToken() {
        List<String> d = check(SCHEMA + "SELECT a FROM t WHERE a =\n\n");
        assertEquals(List.of("2:26 syntax unexpected end of input; expected an expression"), d);
    }

    @Test
    void unexpectedCharacter() {
        assertEquals(List.of("2:10 syntax unexpected character '{'"), check(SCHEMA + "SELECT a {FROM t;").subList(0, 1));
    }

    @Test
    void parseResultKeepsExpectedTokensForRepair() {
        ParseResult r = new SqlLanguage().parse("SELECT (1 + 2 FROM t;");
        assertTrue(r.hasErrors());
        SyntaxIssue issue = r.issues().get(0);
        assertTrue(issue.expectedTypes().contains(SqlLexer.RPAREN), issue.toString());
        assertTrue(issue.expectedNames().contains("')'"), issue.toString());
        assertEquals("FROM", issue.foundText());
        assertTrue(r.tree() != null);
    }

    @Test
    void tokensCarryUtf16OffsetsAndHiddenFlags() {
        List<LexToken> tokens = new SqlLanguage().tokenize("SELECT '😀' -- c\n, x");
        LexToken str = tokens.stream().filter(t -> t.typeName().equals("STRING")).findFirst().orElseThrow();
        assertEquals(7, str.start());
        assertEquals(11, str.end());
        assertTrue(tokens.stream().filter(t -> t.typeName().equals("LINE_COMMENT")).allMatch(LexToken::hidden));
        LexToken x = tokens.get(tokens.size() - 1);
        assertEquals("x", x.text());
        assertFalse(x.hidden());
    }

    @Test
    void expectedTokensComeFromTheStatementAlone() {
        SqlLanguage sql = new SqlLanguage();
        String statement = "SELECT a FROM t WHERE ";
        List<String> alone = sql.expectedAt(statement, statement.length()).stream().map(e -> e.name()).toList();
        assertTrue(alone.contains("NOT") && !alone.contains("SELECT"), alone.toString());
        // After complete statements the parser is where it is at the start of the script: the same set.
        String script = SCHEMA + "INSERT INTO t VALUES (1, 'x');\nCREATE TRIGGER g AFTER INSERT ON t BEGIN SELECT 1; END;\n" + statement;
        assertEquals(alone, sql.expectedAt(script, script.length()).stream().map(e -> e.name()).toList());
        // A broken statement before does not hide what this one expects.
        String broken = "SELECT (a FROM t;\n" + statement;
        assertEquals(alone, sql.expectedAt(broken, broken.length()).stream().map(e -> e.name()).toList());
        // Inside a trigger body ';' does not end the statement: BEGIN's statements are expected.
        String body = SCHEMA + "CREATE TRIGGER g AFTER INSERT ON t BEGIN SELECT 1; ";
        List<String> inBody = sql.expectedAt(body, body.length()).stream().map(e -> e.name()).toList();
        assertTrue(inBody.contains("END") && inBody.contains("SELECT"), inBody.toString());
    }
}

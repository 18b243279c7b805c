package dev.dslfix.server.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dslfix.lang.Cancellation;
import dev.dslfix.lang.CancelledException;
import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.Fix;
import dev.dslfix.lang.Language;
import dev.dslfix.lang.playbook.PlaybookLanguage;
import dev.dslfix.lang.runtime.GrammarSpec;
import dev.dslfix.lang.runtime.RuntimeGrammarLanguage;
import dev.dslfix.lang.shell.ShellLanguage;
import dev.dslfix.lang.sql.SqlLanguage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepairEngineTest {
    private static final String SCHEMA = "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT, email TEXT, age INTEGER);\n";
    private final SqlLanguage sql = new SqlLanguage();
    private final RepairEngine engine = new RepairEngine();

    private RepairResult repair(Language language, String text) {
        return engine.repair(language, text, RepairOptions.DEFAULT, Cancellation.NONE);
    }

    private static boolean passes(Language language, String text) {
        return language.check(text).stream().noneMatch(Diagnostic::isError);
    }

    @Test
    void missingParenthesisIsInsertedAndExplained() {
        String broken = SCHEMA + "SELECT name FROM users WHERE (age > 3 AND id < 9;\n";
        RepairResult r = repair(sql, broken);
        Candidate best = r.candidates().get(0);
        assertTrue(best.passes());
        assertEquals(SCHEMA + "SELECT name FROM users WHERE (age > 3 AND id < 9);\n", best.text());
        assertEquals("inserted ')' at 2:49 to close '(' opened at 2:30", best.explanation());
        assertEquals("search", best.origin());
        // Edits are in input coordinates and reproduce the candidate.
        assertEquals(best.text(), Fix.apply(broken, best.edits()));
    }

    @Test
    void aMissingCloserGoesWhereTheIndentationEndsNotAtTheEndOfTheFile() throws java.io.IOException {
        // A real script of the fixtures (42 lines) with the 'done' of its first loop removed.
        String script = fixture("shell/valid/backup_mysql_s3.sh");
        int done = script.indexOf("\ndone\n") + 1;
        String broken = script.substring(0, done) + script.substring(done + "done\n".length());
        ShellLanguage shell = new ShellLanguage();
        assertTrue(passes(shell, broken + "done\n"), "appending 'done' at the end also passes");
        Candidate best = repair(shell, broken).candidates().get(0);
        assertEquals(script.replaceAll("\\s+", " ").strip(), best.text().replaceAll("\\s+", " ").strip(), best.explanation());
    }

    @Test
    void chatAroundAShellScriptIsRemovedEvenWhereASentenceParsesAsACommand() {
        String script = "#!/bin/sh\nset -eu\nfor f in *.log; do\n  gzip \"$f\"\ndone\n";
        // The apostrophe of "Here's" opens a string; "Note that ..." on its own is a valid command.
        String chatty = "Here's the script you asked for:\n\n" + script + "\nNote that the script above keeps your original names.\n";
        ShellLanguage shell = new ShellLanguage();
        assertTrue(passes(shell, script + "\nNote that the script above keeps your original names.\n"));
        // A model that keeps the chat and balances the quote instead: its candidate must not win.
        RepairEngine withModel = new RepairEngine((language, text, max, cancel, analyses) -> List.of(text.replace("Here's", "Here is")));
        for (RepairEngine e : List.of(engine, withModel)) {
            Candidate best = e.repair(shell, chatty, RepairOptions.DEFAULT, Cancellation.NONE).candidates().get(0);
            assertTrue(best.passes());
            assertEquals(script.strip(), best.text().strip());
            assertEquals("cleanup", best.origin());
        }
    }

    @Test
    void aModelCandidateThatDeletesTheBrokenStatementIsDropped() {
        String broken = SCHEMA + "SELECT nme FROM users WHERE (age > 3;\n";
        String deleted = SCHEMA + "\n";
        // Not what search finds (a search result with the same text would take its place).
        String repaired = SCHEMA + "SELECT name FROM users WHERE (age >= 3);\n";
        // The model is given the broken statement alone (the region that holds the errors).
        RepairEngine withModel = new RepairEngine((language, text, max, cancel, analyses) -> List.of(
                text.replace("SELECT nme FROM users WHERE (age > 3;", ""), text.replace("nme FROM users WHERE (age > 3;", "name FROM users WHERE (age >= 3);")));
        RepairResult r = withModel.repair(sql, broken, RepairOptions.DEFAULT, Cancellation.NONE);
        assertTrue(passes(sql, deleted), "the deletion passes the checker");
        assertTrue(r.candidates().stream().noneMatch(c -> c.text().equals(deleted)), "dropped: " + r.candidates());
        Candidate model = r.candidates().stream().filter(c -> c.text().equals(repaired)).findFirst().orElseThrow();
        assertEquals("model", model.origin());
    }

    @Test
    void theModelProposesOnAnotherThreadWhileTheSearchRuns() throws InterruptedException {
        String broken = SCHEMA + "SELECT name FROM users WHERE (age > 3;\n";
        java.util.concurrent.CountDownLatch asked = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.atomic.AtomicReference<Thread> proposer = new java.util.concurrent.atomic.AtomicReference<>();
        RepairEngine withModel = new RepairEngine((language, text, max, cancel, analyses) -> {
            proposer.set(Thread.currentThread());
            asked.countDown();
            return List.of(text.replace("(age > 3;", "(age > 30);"));
        });
        RepairResult r = withModel.repair(sql, broken, RepairOptions.DEFAULT, Cancellation.NONE);
        assertTrue(asked.await(1, java.util.concurrent.TimeUnit.SECONDS));
        assertTrue(proposer.get() != Thread.currentThread());
        assertTrue(r.candidates().stream().anyMatch(c -> c.origin().equals("model") && c.text().contains("(age > 30);")), r.candidates().toString());
    }

    @Test
    void aCancellationThatReachesTheModelFirstCancelsTheRepair() {
        RepairEngine withModel = new RepairEngine((language, text, max, cancel, analyses) -> {
            throw new CancelledException();
        });
        org.junit.jupiter.api.Assertions.assertThrows(CancelledException.class,
                () -> withModel.repair(sql, SCHEMA + "SELECT name FROM users WHERE (age > 3;\n", RepairOptions.DEFAULT, Cancellation.NONE));
    }

    @Test
    void amongEquallyCloseCandidatesTheOneTheModelProposedTooComesFirst() {
        String broken = "CREATE TABLE shifts (id INTEGER PRIMARY KEY, hours REAL);\nSELECT round(avg(hours) 2) FROM shifts;\n";
        String comma = broken.replace("hours) 2", "hours), 2");
        // Search alone: deleting '2' is as close as inserting ',' (to two decimals) and cheaper.
        assertEquals(broken.replace("hours) 2", "hours) "), repair(sql, broken).candidates().get(0).text());
        RepairEngine withModel = new RepairEngine((language, text, max, cancel, analyses) -> List.of(text.replace("hours) 2", "hours), 2")));
        Candidate best = withModel.repair(sql, broken, RepairOptions.DEFAULT, Cancellation.NONE).candidates().get(0);
        assertEquals(comma, best.text());
        assertEquals("search", best.origin(), "the search found it too and explains it");
    }

    @Test
    void theModelsVoteOutweighsAHairOfClosenessAcrossARoundingStep() throws Exception {
        Language calc = calc();
        String valid = fixture("grammars/calc/valid/currency-exchange.calc");
        String broken = valid.replace("jpy_rate, 0)", "jpy_rate 0)");
        // Search alone: deleting the 0 scores 0.976, the comma 0.973, one two-decimal step apart.
        Candidate alone = repair(calc, broken).candidates().get(0);
        assertEquals(valid.replace("jpy_rate, 0)", "jpy_rate )"), alone.text(), alone.explanation());
        RepairEngine withModel = new RepairEngine((language, text, max, cancel, analyses) -> List.of(valid));
        Candidate best = withModel.repair(calc, broken, RepairOptions.DEFAULT, Cancellation.NONE).candidates().get(0);
        assertEquals(valid, best.text(), best.explanation());
    }

    @Test
    void theModelsVoteDoesNotGoToADeletion() throws Exception {
        // The swap back and deleting the value are equally close; a model that proposes the
        // deletion does not move it above the swap.
        String valid = fixture("playbook/valid/preflight_checks.playbook.yml");
        String broken = valid.replace("['22.04', '24.04']", "['22.04', ]'24.04'");
        String deleted = valid.replace("['22.04', '24.04']", "['22.04', ]");
        PlaybookLanguage playbook = new PlaybookLanguage();
        RepairEngine withModel = new RepairEngine((language, text, max, cancel, analyses) -> List.of(deleted));
        List<Candidate> candidates = withModel.repair(playbook, broken, RepairOptions.DEFAULT, Cancellation.NONE).candidates();
        assertTrue(candidates.stream().anyMatch(c -> c.text().equals(deleted)), "the deletion passes and is listed");
        assertEquals(valid, candidates.get(0).text(), candidates.get(0).explanation());
    }

    @Test
    void aBlockLeftOpenIsClosedWhereItsIndentationEndsNotAtTheEndOfTheFile() throws Exception {
        Language calc = calc();
        String valid = fixture("grammars/calc/valid/invoice-total.calc");
        String broken = valid.replace("  print \"volume discount applied:\", discount;\n}\n", "  print \"volume discount applied:\", discount;\n");
        assertTrue(broken.length() < valid.length(), "the fixture still has its block");
        Candidate best = repair(calc, broken).candidates().get(0);
        assertEquals(valid, best.text(), best.explanation());
        assertEquals("inserted '}' where the indentation of '{' opened at 11:19 ends at 14:1", best.explanation());
        // Closing at the end of the file also passes, and is still offered.
        assertTrue(repair(calc, broken).candidates().stream().anyMatch(c -> c.passes() && c.text().strip().equals(broken.strip() + "}")),
                "the end-of-file closer is listed");
    }

    @Test
    void aBlockClosedWhereItsIndentationEndsKeepsTheFilesLineEnds() throws Exception {
        String valid = fixture("grammars/calc/valid/invoice-total.calc").replace("\n", "\r\n");
        String broken = valid.replace("  print \"volume discount applied:\", discount;\r\n}\r\n", "  print \"volume discount applied:\", discount;\r\n");
        assertTrue(broken.length() < valid.length(), "the fixture still has its block");
        assertEquals(valid, best(calc(), broken));
    }

    @Test
    void theShellCheckersOwnFixForADoubledBraceStaysFirst() throws Exception {
        String valid = fixture("shell/valid/s3_sync_static.sh");
        String broken = valid.replace("exit 1; }", "exit 1; }}");
        assertEquals(valid, best(new ShellLanguage(), broken));
    }

    @Test
    void lowerCaseKeywordsAreSpelledAsTheGrammarDoes() {
        Language shell = new dev.dslfix.lang.shell.ShellLanguage();
        String broken = "#!/bin/sh\nfor f in *.log; do gzip \"$f\"; dnoe\n";
        RepairResult r = engine.repair(shell, broken, new RepairOptions(5, Aggressiveness.BALANCED, 10_000, false), Cancellation.NONE);
        assertTrue(r.candidates().stream().anyMatch(c -> c.text().equals("#!/bin/sh\nfor f in *.log; do gzip \"$f\"; done\n")),
                r.candidates().toString());
    }

    @Test
    void everyListedCandidatePassesAndTheyAreRanked() {
        String broken = SCHEMA + "SELECT nme, emial FROM users WHERE age = 'thirty';\n";
        RepairResult r = repair(sql, broken);
        assertFalse(r.candidates().isEmpty());
        for (Candidate c : r.candidates()) {
            assertTrue(c.passes());
            assertTrue(passes(sql, c.text()), c.text());
        }
        for (int i = 1; i < r.candidates().size(); i++) {
            assertTrue(r.candidates().get(i - 1).similarity() >= r.candidates().get(i).similarity());
        }
        assertEquals(SCHEMA + "SELECT name, email FROM users WHERE age = 30;\n", r.candidates().get(0).text());
    }

    @Test
    void misspelledKeywordFoundOneTokenLate() {
        String broken = SCHEMA + "SELECT name FORM users;\n";
        Candidate best = repair(sql, broken).candidates().get(0);
        assertEquals(SCHEMA + "SELECT name FROM users;\n", best.text());
        assertEquals("replaced 'FORM' with 'FROM' at 2:13", best.explanation());
    }

    @Test
    void markdownFenceAndProseAreCleanedUp() {
        String broken = "Here is the query you asked for:\n```sql\n" + SCHEMA + "SELECT name FROM users;\n```\nThis returns every name.\n";
        Candidate best = repair(sql, broken).candidates().get(0);
        assertEquals(SCHEMA + "SELECT name FROM users;\n", best.text());
        assertEquals("cleanup", best.origin());
    }

    @Test
    void unterminatedStringClosedOnItsLine() {
        String broken = SCHEMA + "SELECT id FROM users WHERE name = 'Zoë\nORDER BY id;\n";
        Candidate best = repair(sql, broken).candidates().get(0);
        assertEquals(SCHEMA + "SELECT id FROM users WHERE name = 'Zoë'\nORDER BY id;\n", best.text());
    }

    @Test
    void truncatedStatementIsClosed() {
        String broken = SCHEMA + "SELECT name FROM users WHERE id IN (SELECT id FROM users WHERE age > 3";
        Candidate best = repair(sql, broken).candidates().get(0);
        assertTrue(best.text().startsWith(SCHEMA + "SELECT name FROM users WHERE id IN (SELECT id FROM users WHERE age > 3)"), best.text());
        assertTrue(best.passes());
    }

    @Test
    void runTimeGrammarRepairs() throws Exception {
        String p = System.getProperty("dslfix.fixtures", "../test-fixtures");
        Language calc = RuntimeGrammarLanguage.load(new GrammarSpec(null, List.of(Path.of(p, "grammars/calc/Calc.g4")), "program", List.of()));
        RepairResult r = repair(calc, "let rate = 0.2;\nlet price = (120 * rate;\nprint price, \"total\";\n");
        assertEquals("let rate = 0.2;\nlet price = (120 * rate);\nprint price, \"total\";\n", r.candidates().get(0).text());
    }

    private static Language runTime(String grammar, String start) throws Exception {
        String p = System.getProperty("dslfix.fixtures", "../test-fixtures");
        return RuntimeGrammarLanguage.load(new GrammarSpec(null, List.of(Path.of(p, grammar)), start, List.of()));
    }

    private static Language calc() throws Exception {
        return runTime("grammars/calc/Calc.g4", "program");
    }

    /** A Calc program with a list item, a call and a block, for the bracket and separator cases. */
    private static final String HYPOTENUSE = "let a = 3;\nlet b = 4;\nlet c = sqrt(a * a + b * b);\nprint \"hypotenuse:\", c;\nif c == 5 {\n  print \"classic\";\n}\n";

    private static String fixture(String path) throws java.io.IOException {
        return java.nio.file.Files.readString(Path.of(System.getProperty("dslfix.fixtures", "../test-fixtures"), path));
    }

    private String best(Language language, String text) {
        return repair(language, text).candidates().get(0).text();
    }

    @Test
    void lostOpenerOfACallGoesAfterItsName() throws Exception {
        Language calc = calc();
        // The parse fails at 'total', after the name; the opener joins the name as the document writes calls.
        String broken = "let total = 12.5;\nprint round total, 2);\nprint round(total, 0);\n";
        assertEquals("let total = 12.5;\nprint round(total, 2);\nprint round(total, 0);\n", best(calc, broken));
    }

    @Test
    void lostOpenerBeforeAnUnmatchedCloserStartsTheOperandRun() throws Exception {
        Language calc = calc();
        // The parse only fails at ')': the opener goes after '=', not before '1' (brackets around
        // one token) nor after 'hours' (a call of hours).
        String broken = "let hours = 3;\nlet fee = hours - 1) * 2;\nprint fee;\n";
        assertEquals("let hours = 3;\nlet fee = (hours - 1) * 2;\nprint fee;\n", best(calc, broken));
    }

    @Test
    void lostOpenerInsideAnotherCallIsFoundPastTheCloserThatClosesTheOuterOne() throws Exception {
        // The first ')' after 'email' closes "lower(", the second closes nothing: the opener is lost before 'email'.
        String broken = SCHEMA + "SELECT id, lower(trim email)) AS norm FROM users;\n";
        assertEquals(SCHEMA + "SELECT id, lower(trim (email)) AS norm FROM users;\n", best(sql, broken));
    }

    @Test
    void lostOpenerOfCountStarInASubqueryIsPutBack() throws Exception {
        // "count*)" fails at ')'; its ')' closes the subquery's '(' and the subquery's own ')' then closes nothing.
        String broken = SCHEMA + "SELECT name, (SELECT count*) FROM users u2 WHERE u2.age = users.age) AS peers FROM users;\n";
        assertEquals(SCHEMA + "SELECT name, (SELECT count(*) FROM users u2 WHERE u2.age = users.age) AS peers FROM users;\n", best(sql, broken));
    }

    @Test
    void aDoubledCloserThatEndsTheEnclosingConstructEarlyLosesOne() throws Exception {
        // The second ')' closes the CHECK, and the parse fails only at '=' after it.
        String table = "CREATE TABLE currencies (\n    code TEXT PRIMARY KEY CHECK (length(code) = 3),\n    minor_units INTEGER NOT NULL DEFAULT 2\n);\n";
        assertEquals(table, best(sql, table.replace("length(code)", "length(code))")));
        // The second ')' closes the CTE's body, and the parse fails at FROM on the next line.
        String cte = SCHEMA + "WITH named (id, label) AS (\n    SELECT id, printf('%06d', id)\n    FROM users\n)\nSELECT label FROM named;\n";
        assertEquals(cte, best(sql, cte.replace("id)\n", "id))\n")));
    }

    @Test
    void aMisspelledKeywordThatTheParserExpectsIsRespelledRatherThanItsNeighbourDeleted() throws Exception {
        // "TEXT NUL" parses too (NUL as part of the type name), keeps one more token of the input, and was closer.
        String script = fixture("sql/valid/hr_small_query.sql");
        String broken = script.replace("TEXT NOT NULL\n)", "TEXT NOT NUL\n)");
        assertTrue(!broken.equals(script));
        assertEquals(script, best(sql, broken));
    }

    @Test
    void twoWordsSwappedBeforeTheErrorGoBackInOrder() throws Exception {
        // "ON u" parses as a join condition; the parse fails at the second 'u', one token late.
        String query = SCHEMA + "SELECT u.name, x.email\nFROM users x\nJOIN users u ON u.id = x.id\nWHERE u.age > 30;\n";
        assertEquals(query, best(sql, query.replace("users u ON u.id", "users ON u u.id")));
    }

    @Test
    void anotherLanguagesDottedCallAtAStatementHeadBecomesTheStatementKeyword() throws Exception {
        Language calc = calc();
        // Keeping "console log" as words ("print console log, ...") also passes and keeps more tokens.
        assertEquals(HYPOTENUSE, best(calc, HYPOTENUSE.replace("print \"hypotenuse:\", c;", "console.log \"hypotenuse:\", c;")));
        assertEquals(HYPOTENUSE, best(calc, HYPOTENUSE.replace("  print \"classic\";", "  System.out.println \"classic\";")));
    }

    @Test
    void aTwoLetterTypoOfTheKeywordExpectedAtTheErrorIsRespelled() throws Exception {
        String query = SCHEMA + "SELECT name FROM users WHERE age > 30 AND email IS NOT NULL;\n";
        assertEquals(query, best(sql, query.replace("30 AND email", "30 AN email")));
    }

    @Test
    void extraCloserAfterAListItemIsDeletedNotMatchedWithBracketsAroundOneToken() throws Exception {
        Language calc = calc();
        assertEquals(HYPOTENUSE, best(calc, HYPOTENUSE.replace("c;", "c);")));
    }

    @Test
    void aTrailingCommaIsDeletedRatherThanFollowedByACopiedValue() throws Exception {
        Language calc = calc();
        RepairResult r = repair(calc, HYPOTENUSE.replace("c;", "c,;"));
        assertEquals(HYPOTENUSE, r.candidates().get(0).text());
        // Inserting a value after the comma ("c, 3") keeps every token of the input and would rank first.
        assertTrue(r.candidates().stream().noneMatch(c -> c.explanation().startsWith("inserted '3'")), r.candidates().toString());
    }

    @Test
    void aDoubledCloserIsFoundFromTheUnmatchedOneLinesLater() throws Exception {
        Language calc = calc();
        String valid = "let x = 30;\nif x > 0 {\n  if x > 20 {\n    print \"high\";\n  } else {\n    print \"low\";\n  }\n} else {\n  print \"none\";\n}\n";
        // "}}" closes both ifs; the parse only fails at the '}' three lines later.
        assertEquals(valid, best(calc, valid.replace("  } else {", "  }} else {")));
    }

    @Test
    void anotherLanguagesLogicalOperatorBecomesTheGrammarsWord() throws Exception {
        Language alerts = runTime("grammars/alerts/Alerts.g4", "rules");
        String valid = "group \"queues\" {\n  every 30s;\n  alert Stalled {\n    when rate(consumed_total[5m]) == 0 and depth > 0;\n    for 5m;\n    severity critical;\n  }\n}\n";
        assertTrue(passes(alerts, valid));
        RepairResult r = repair(alerts, valid.replace(" and ", " && "));
        assertEquals(valid, r.candidates().get(0).text());
        assertTrue(r.candidates().get(0).explanation().startsWith("replaced '&&' with 'and'"), r.candidates().get(0).explanation());
    }

    @Test
    void twoSwappedWordsAreSwappedBackRatherThanOneDeleted() {
        // Deleting TEXT also passes, and breaks fewer n-grams of the input than the swap does.
        String broken = "CREATE TABLE log (id INTEGER PRIMARY KEY, logged_at NOT TEXT NULL, note TEXT);\n";
        RepairResult r = repair(sql, broken);
        assertEquals(broken.replace("NOT TEXT NULL", "TEXT NOT NULL"), r.candidates().get(0).text());
        assertTrue(r.candidates().stream().anyMatch(c -> c.text().equals(broken.replace("NOT TEXT NULL", "NOT NULL"))),
                "the deletion is still offered");
    }

    @Test
    void oneLineGroupGetsItsSeparatorBackOnItsLineNotABraceAtTheEndOfTheFile() throws Exception {
        // Appending '}' to the file also passes (every later command then runs in the group) and
        // scores 0.027 closer to the input by similarity; the checker's fix knows better.
        String p = System.getProperty("dslfix.fixtures", "../test-fixtures");
        String valid = java.nio.file.Files.readString(Path.of(p, "shell/valid/s3_sync_static.sh"));
        String broken = valid.replace("exit 1; }", "exit 1 }");
        RepairResult r = repair(new ShellLanguage(), broken);
        assertEquals(valid, r.candidates().get(0).text(), r.candidates().get(0).explanation());
    }

    @Test
    void cleanInputHasNothingToRepair() {
        RepairResult r = repair(sql, SCHEMA + "SELECT name FROM users;\n");
        assertTrue(r.candidates().isEmpty());
        assertFalse(r.hasVerifiedRepair());
    }

    @Test
    void failingCandidatesAreOnlyListedOnRequestAndNeverFirst() {
        // The parenthesis can be closed, but no search can invent a table that exists nowhere.
        String broken = "SELECT zzz FROM qqqqqq WHERE (1;\n";
        assertTrue(repair(sql, broken).candidates().isEmpty());
        RepairOptions all = new RepairOptions(5, Aggressiveness.BALANCED, 5000, true);
        List<Candidate> listed = engine.repair(sql, broken, all, Cancellation.NONE).candidates();
        assertFalse(listed.isEmpty());
        assertTrue(listed.stream().noneMatch(Candidate::passes));
        assertEquals("SELECT zzz FROM qqqqqq WHERE (1);\n", listed.get(0).text());
        // With a passing candidate present, it comes first.
        String mixed = SCHEMA + "SELECT name FROM users WHERE (id = 1;\n";
        List<Candidate> ranked = engine.repair(sql, mixed, all, Cancellation.NONE).candidates();
        assertTrue(ranked.get(0).passes());
    }

    @Test
    void sameInputSameCandidates() {
        String broken = SCHEMA + "SELECT name age FROM users WHERE (id = 1;\n";
        assertEquals(repair(sql, broken).candidates(), repair(sql, broken).candidates());
    }

    @Test
    void cancellationStopsTheSearch() {
        String broken = SCHEMA + "SELECT name FROM users WHERE (age > 3 AND id < 9;\n";
        org.junit.jupiter.api.Assertions.assertThrows(CancelledException.class,
                () -> engine.repair(sql, broken, RepairOptions.DEFAULT, () -> true));
    }
}

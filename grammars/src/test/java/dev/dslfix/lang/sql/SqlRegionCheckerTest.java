package dev.dslfix.lang.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dslfix.lang.Analysis;
import dev.dslfix.lang.Cancellation;
import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.Fixtures;
import dev.dslfix.lang.Language;
import dev.dslfix.lang.LexToken;
import dev.dslfix.lang.similarity.RegionSimilarity;
import dev.dslfix.lang.similarity.Similarity;
import dev.dslfix.lang.similarity.Profile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A statement checked alone by its region checker reports what the check of the whole script
 * reports inside it, and the similarity computed from the statement alone is the script's.
 */
class SqlRegionCheckerTest {
    private final SqlLanguage sql = new SqlLanguage();

    /** {start, end} of each statement of the text. */
    private List<int[]> statements(String text) {
        List<int[]> out = new ArrayList<>();
        int at = 0;
        while (at < text.length()) {
            int[] r = sql.independentRegion(text, at);
            if (text.substring(r[0], r[1]).isBlank()) {
                break;
            }
            out.add(r);
            at = r[1];
        }
        return out;
    }

    /** Position, severity and code: ANTLR's list of expected tokens in a message may differ, as its recovery sees what follows. */
    private static List<String> shown(List<Diagnostic> diagnostics, int from, int to, int shift) {
        return diagnostics.stream().filter(d -> d.start() >= from && d.end() <= to)
                .map(d -> (d.start() - shift) + "-" + (d.end() - shift) + " " + d.severity() + " " + d.code()).toList();
    }

    @Test
    void everyStatementOfEveryValidFixtureChecksCleanAlone() throws IOException {
        int regions = 0;
        for (Path f : Fixtures.list(Fixtures.dir().resolve("sql/valid"), ".sql")) {
            String text = Files.readString(f);
            Analysis whole = sql.analyze(text, Cancellation.NONE);
            for (int[] r : statements(text)) {
                Optional<Language> checker = sql.regionChecker(whole.parsed(), r);
                if (checker.isPresent()) {
                    regions++;
                    assertEquals(List.of(), shown(checker.get().check(text.substring(r[0], r[1])), 0, Integer.MAX_VALUE, 0),
                            f.getFileName() + " at " + r[0]);
                }
            }
        }
        assertTrue(regions > 500, "statements checked: " + regions);
    }

    @Test
    void aStatementAloneGetsTheScriptsDiagnosticsInsideIt() {
        String text = """
                CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
                SELECT nme FROM users WHERE id = 'one';
                SELECT id FROM orders;
                CREATE VIEW active AS SELECT id, name FROM users;
                CREATE TABLE orders (id INTEGER, user_id INTEGER);
                """;
        Analysis whole = sql.analyze(text, Cancellation.NONE);
        int[] second = sql.independentRegion(text, text.indexOf("nme"));
        Language checker = sql.regionChecker(whole.parsed(), second).orElseThrow();
        List<String> alone = shown(checker.check(text.substring(second[0], second[1])), 0, Integer.MAX_VALUE, 0);
        assertEquals(shown(whole.diagnostics(), second[0], second[1], second[0]), alone);
        assertTrue(alone.stream().anyMatch(d -> d.contains("unknown-column")), alone.toString());
        // A table defined after the statement is known to it, as to the script's check.
        int[] third = sql.independentRegion(text, text.indexOf("FROM orders"));
        assertEquals(List.of(), checker(whole, third).check(text.substring(third[0], third[1])));
        // The statement repaired: clean, as it would be in the script.
        assertTrue(checker.check("\nSELECT name FROM users WHERE id = 1;").isEmpty());
    }

    private Language checker(Analysis whole, int[] region) {
        return sql.regionChecker(whole.parsed(), region).orElseThrow();
    }

    @Test
    void aStatementThatDropsOrAltersATableHasNoRegionChecker() {
        String text = "CREATE TABLE t (id INTEGER);\nALTER TABLE t ADD COLUMN name TEXT;\nDROP TABLE IF EXISTS u;\nSELECT id FROM t;\n";
        Analysis whole = sql.analyze(text, Cancellation.NONE);
        assertTrue(sql.regionChecker(whole.parsed(), sql.independentRegion(text, text.indexOf("ALTER"))).isEmpty());
        assertTrue(sql.regionChecker(whole.parsed(), sql.independentRegion(text, text.indexOf("DROP"))).isEmpty());
        assertTrue(sql.regionChecker(whole.parsed(), sql.independentRegion(text, text.indexOf("SELECT"))).isPresent());
    }

    @Test
    void aStatementThatCreatesATableKnowsTheOthersAndItsOwn() {
        String text = "CREATE TABLE t (id INTEGER PRIMARY KEY);\nCREATE TABLE u (id INTEGER, t_id INTEGER REFERENCES t(id));\n"
                + "CREATE VIEW v AS SELECT u.id, t.id AS tid FROM u JOIN t ON u.t_id = t.id;\n";
        Analysis whole = sql.analyze(text, Cancellation.NONE);
        assertEquals(List.of(), whole.diagnostics());
        int[] view = sql.independentRegion(text, text.indexOf("CREATE VIEW"));
        Language checker = checker(whole, view);
        assertEquals(List.of(), checker.check(text.substring(view[0], view[1])));
        // A column the view reads that its tables lack is reported, as in the script.
        String wrong = text.substring(view[0], view[1]).replace("u.t_id", "u.tid");
        String script = text.substring(0, view[0]) + wrong + text.substring(view[1]);
        assertEquals(shown(sql.check(script), view[0], view[0] + wrong.length(), view[0]), shown(checker.check(wrong), 0, Integer.MAX_VALUE, 0));
        assertEquals(1, checker.check(wrong).size());
    }

    @Test
    void whereTheRegionCheckerDecidesAloneItsVerdictIsTheScripts() throws IOException {
        int decided = 0;
        for (Statement st : checkedStatements("banking_ledger.sql", "shop_upserts.sql", "analytics_events.sql")) {
            for (String replacement : oneTokenEdits(st.text(), 2, t -> true)) {
                if (!st.checker().decidesAlone(replacement)) {
                    continue;
                }
                decided++;
                assertEquals(sql.analyze(st.inScript(replacement), Cancellation.NONE).passes(), st.checker().analyze(replacement, Cancellation.NONE).passes(),
                        st.name() + " at " + st.region()[0] + ": " + replacement);
            }
        }
        assertTrue(decided > 500, "decided alone: " + decided);
    }

    @Test
    void aStatementThatCreatesATableDoesNotDecideAlone() {
        String text = "CREATE TABLE t (id INTEGER);\nCREATE VIEW v AS SELECT id FROM t;\nSELECT id FROM t;\n";
        Analysis whole = sql.analyze(text, Cancellation.NONE);
        Language view = checker(whole, sql.independentRegion(text, text.indexOf("CREATE VIEW")));
        assertTrue(!view.decidesAlone("\nSELECT id FROM t;"), "the view was defined there");
        Language query = checker(whole, sql.independentRegion(text, text.lastIndexOf("SELECT")));
        assertTrue(query.decidesAlone("\nSELECT id FROM t;"));
        assertTrue(!query.decidesAlone("\nCREATE TABLE u (id INTEGER);"), "a table defined instead");
        assertTrue(!sql.decidesAlone("SELECT 1;"), "the whole-script language decides nothing alone");
    }

    @Test
    void aTriggerWhoseBodyHasACaseExpressionIsOneStatement() {
        String text = "CREATE TABLE t (id INTEGER, n INTEGER);\nCREATE TRIGGER tr AFTER INSERT ON t BEGIN\n"
                + "  UPDATE t SET n = CASE WHEN NEW.n > 0 THEN 1 ELSE 0 END WHERE id = NEW.id;\n  DELETE FROM t WHERE n < 0;\nEND;\nSELECT id FROM t;\n";
        int[] trigger = sql.independentRegion(text, text.indexOf("DELETE"));
        assertEquals(text.indexOf("\nCREATE TRIGGER"), trigger[0]);
        assertEquals(text.indexOf("END;\n") + 4, trigger[1]);
    }

    @Test
    void aStatementFollowedByAnotherMustEndWithItsSemicolon() {
        String text = "CREATE TABLE t (id INTEGER);\nSELECT id FROM t;\nSELECT id FROM t;\n";
        Analysis whole = sql.analyze(text, Cancellation.NONE);
        Language middle = checker(whole, sql.independentRegion(text, text.indexOf("SELECT")));
        assertEquals(List.of(), middle.check("\nSELECT id FROM t;"));
        // Without it the next statement runs into this one: the script would not parse.
        assertEquals(1, middle.check("\nSELECT id FROM t").stream().filter(Diagnostic::isError).count());
        assertTrue(sql.analyze("CREATE TABLE t (id INTEGER);\nSELECT id FROM t\nSELECT id FROM t;\n", Cancellation.NONE).errors().size() > 0);
        // The last statement needs none.
        Language last = checker(whole, sql.independentRegion(text, text.lastIndexOf("SELECT")));
        assertEquals(List.of(), last.check("\nSELECT id FROM t"));
    }

    @Test
    void theSimilarityComputedFromAStatementIsTheScripts() throws IOException {
        int compared = 0;
        for (Statement st : checkedStatements("banking_ledger.sql", "library_tiny.sql", "analytics_events.sql")) {
            Profile profile = Similarity.profile(sql, st.whole().parsed());
            RegionSimilarity similarity = RegionSimilarity.of(sql, st.whole().parsed(), st.region()[0], st.region()[1], st.checker(),
                    st.checker().parse(st.text()));
            List<String> replacements = new ArrayList<>(List.of("", "\n", st.text()));
            replacements.addAll(oneTokenEdits(st.text(), 3, t -> !t.text().equals(";")));
            for (String replacement : replacements) {
                if (st.checker().parse(replacement).hasErrors()) {
                    continue; // see below
                }
                assertEquals(Similarity.between(profile, Similarity.profile(sql, st.inScript(replacement))), similarity.to(st.checker().parse(replacement)), 1e-12,
                        st.name() + " at " + st.region()[0] + " with " + replacement);
                compared++;
            }
        }
        assertTrue(compared > 200, "comparisons: " + compared);
    }

    /** A statement of a fixture that has a region checker. */
    private record Statement(String name, String script, Analysis whole, int[] region, Language checker) {
        String text() {
            return script.substring(region[0], region[1]);
        }

        /** The fixture with this statement's text replaced. */
        String inScript(String replacement) {
            return script.substring(0, region[0]) + replacement + script.substring(region[1]);
        }
    }

    private List<Statement> checkedStatements(String... fixtures) throws IOException {
        List<Statement> out = new ArrayList<>();
        for (String name : fixtures) {
            String text = Files.readString(Fixtures.dir().resolve("sql/valid/" + name));
            Analysis whole = sql.analyze(text, Cancellation.NONE);
            for (int[] r : statements(text)) {
                sql.regionChecker(whole.parsed(), r).ifPresent(checker -> out.add(new Statement(name, text, whole, r, checker)));
            }
        }
        return out;
    }

    /** For every {@code stride}-th visible token that {@code which} takes: the text without it, and with "x " inserted before it. */
    private List<String> oneTokenEdits(String text, int stride, java.util.function.Predicate<LexToken> which) {
        List<LexToken> tokens = sql.tokenize(text).stream().filter(t -> !t.hidden() && which.test(t)).toList();
        List<String> out = new ArrayList<>();
        for (int k = 0; k < tokens.size(); k += stride) {
            LexToken t = tokens.get(k);
            out.add(text.substring(0, t.start()) + text.substring(t.end()));
            out.add(text.substring(0, t.start()) + "x " + text.substring(t.start()));
        }
        return out;
    }

    @Test
    void aStatementThatDoesNotParseLeavesTheRestOfTheScriptAsWrittenInTheSimilarity() {
        // In the script, ANTLR's recovery from "INTO t ..." reads the aliases of the next statement
        // differently; the similarity from the statement counts that statement as written.
        String text = "CREATE TABLE t (id INTEGER, name TEXT);\nINSERT INTO t (id) VALUES (1);\nSELECT x.id FROM t AS x WHERE x.name = 'a';\n";
        Analysis whole = sql.analyze(text, Cancellation.NONE);
        int[] r = sql.independentRegion(text, text.indexOf("INSERT"));
        Language checker = checker(whole, r);
        RegionSimilarity similarity = RegionSimilarity.of(sql, whole.parsed(), r[0], r[1], checker, checker.parse(text.substring(r[0], r[1])));
        String broken = "\nINTO t (id) VALUES (1);";
        double fromRegion = similarity.to(checker.parse(broken));
        double fromScript = Similarity.between(sql, text, text.substring(0, r[0]) + broken + text.substring(r[1]));
        assertTrue(fromRegion > fromScript, fromRegion + " vs " + fromScript);
        assertTrue(fromRegion < 1.0);
    }
}

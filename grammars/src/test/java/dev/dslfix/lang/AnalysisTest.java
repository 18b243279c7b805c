package dev.dslfix.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dslfix.lang.playbook.PlaybookLanguage;
import dev.dslfix.lang.runtime.GrammarSpec;
import dev.dslfix.lang.runtime.RuntimeGrammarLanguage;
import dev.dslfix.lang.shell.ShellLanguage;
import dev.dslfix.lang.sql.SqlLanguage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One analysis (shared parse) says exactly what parse and check say separately. */
class AnalysisTest {

    private static List<String> inputs(String language, String... suffixes) throws IOException {
        List<String> out = new ArrayList<>();
        for (String dir : List.of("valid", "broken")) {
            for (Path p : Fixtures.list(Fixtures.dir().resolve(language).resolve(dir), suffixes).stream().limit(6).toList()) {
                out.add(Files.readString(p));
            }
        }
        return out;
    }

    private static void assertSameAsParseAndCheck(Language language, List<String> texts) {
        assertFalse(texts.isEmpty());
        int withErrors = 0;
        for (String text : texts) {
            Analysis a = language.analyze(text, Cancellation.NONE);
            ParseResult parsed = language.parse(text);
            assertEquals(language.check(text), a.diagnostics(), text);
            assertEquals(parsed.tokens(), a.parsed().tokens());
            assertEquals(parsed.issues(), a.parsed().issues());
            assertEquals(a.diagnostics().stream().noneMatch(Diagnostic::isError), a.passes());
            withErrors += a.passes() ? 0 : 1;
        }
        assertTrue(withErrors > 0, "no input with errors: the comparison covered only clean texts");
    }

    @Test
    void sqlAnalysisMatchesParseAndCheck() throws IOException {
        assertSameAsParseAndCheck(new SqlLanguage(), inputs("sql", ".sql"));
    }

    @Test
    void shellAnalysisMatchesParseAndCheck() throws IOException {
        assertSameAsParseAndCheck(new ShellLanguage(), inputs("shell", ".sh", ".bash"));
    }

    @Test
    void playbookAnalysisMatchesParseAndCheck() throws IOException {
        assertSameAsParseAndCheck(new PlaybookLanguage(), inputs("playbook", ".playbook.yml", ".playbook.yaml"));
    }

    @Test
    void runtimeGrammarAnalysisMatchesParseAndCheck() throws Exception {
        Path calc = Fixtures.dir().resolve("grammars/calc/Calc.g4");
        Language language = RuntimeGrammarLanguage.load(new GrammarSpec(null, List.of(calc), "program", List.of(".calc")));
        assertSameAsParseAndCheck(language, List.of(Files.readString(calc.resolveSibling("example.calc")),
                Files.readString(calc.resolveSibling("broken.calc"))));
    }

    @Test
    void analysesAnalyseEachTextOnce() {
        Analyses analyses = new Analyses(new SqlLanguage(), Cancellation.NONE);
        String broken = "SELECT a FROM t WHERE (a = 1;";
        Analysis first = analyses.of(broken);
        assertSame(first, analyses.of(broken));
        assertFalse(analyses.passes(broken));
        assertEquals(first.errors(), analyses.errors(broken));
        assertEquals(1, analyses.checks());
        assertTrue(analyses.passes("CREATE TABLE t (a INTEGER);\nSELECT a FROM t;"));
        assertEquals(2, analyses.checks());
        assertSame(analyses.probe(broken), analyses.probe(broken));
        assertFalse(analyses.probe(broken).ok());
    }

    @Test
    void analysesHonourCancellation() {
        Analyses analyses = new Analyses(new SqlLanguage(), () -> true);
        assertThrows(CancelledException.class, () -> analyses.of("SELECT 1;"));
    }
}

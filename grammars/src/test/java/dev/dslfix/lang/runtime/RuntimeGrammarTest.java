package dev.dslfix.lang.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.Fixtures;
import dev.dslfix.lang.Language;
import dev.dslfix.lang.SourceText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuntimeGrammarTest {
    private static final Path CALC = Fixtures.dir().resolve("grammars/calc/Calc.g4");
    private static final Path INI_LEXER = Fixtures.dir().resolve("grammars/ini/IniLexer.g4");
    private static final Path INI_PARSER = Fixtures.dir().resolve("grammars/ini/IniParser.g4");

    private static List<String> check(Language language, String text) {
        SourceText s = new SourceText(text);
        return language.check(text).stream()
                .map(d -> (s.lineOf(d.start()) + 1) + ":" + (s.columnOf(d.start()) + 1) + " " + d.code() + " " + d.message())
                .toList();
    }

    @Test
    void combinedGrammarChecksValidAndBrokenInput() throws Exception {
        Language calc = RuntimeGrammarLanguage.load(new GrammarSpec(null, List.of(CALC), "program", List.of(".calc")));
        assertEquals("calc", calc.id());
        assertEquals(List.of(".calc"), calc.fileExtensions());
        assertEquals(List.of(), check(calc, Files.readString(CALC.resolveSibling("example.calc"))));
        assertEquals(List.of("2:24 syntax missing ')' before ';'", "3:13 syntax unexpected '\"total\"'; expected ';' or ','"),
                check(calc, Files.readString(CALC.resolveSibling("broken.calc"))));
    }

    @Test
    void splitGrammarWithModesAndChannels() throws Exception {
        Language ini = RuntimeGrammarLanguage.load(new GrammarSpec("ini", List.of(INI_LEXER, INI_PARSER), "file", List.of("ini")));
        assertEquals(List.of(".ini"), ini.fileExtensions());
        assertEquals(List.of(), check(ini, Files.readString(INI_PARSER.resolveSibling("example.ini"))));
        assertEquals(List.of("1:8 syntax missing ']' before '\\n'", "3:1 syntax unexpected '='; expected '[', NAME or end of input"),
                check(ini, "[server\nhost = x\n= 3\n"));
        // The comment went to its own channel: it is a hidden token, not an error.
        assertTrue(ini.tokenize("; note\n[a]\n").get(0).hidden());
    }

    @Test
    void parserGrammarAloneFindsItsLexerNextToIt() throws Exception {
        Language ini = RuntimeGrammarLanguage.load(new GrammarSpec(null, List.of(INI_PARSER), "file", List.of()));
        assertEquals("ini", ini.id());
        assertEquals(List.of(), check(ini, "[a]\nk = v\n"));
    }

    @Test
    void columnsAfterNonAsciiTextAreUtf16() throws Exception {
        Language calc = RuntimeGrammarLanguage.load(new GrammarSpec(null, List.of(CALC), "program", List.of()));
        // "😀é" inside the string is 3 UTF-16 units; the stray ')' is at column 16.
        assertEquals(List.of("1:16 syntax unexpected ')'; expected ';' or ','"), check(calc, "print \"😀é\", 1 );"));
    }

    @Test
    void grammarErrorsNameFileAndLine(@TempDir Path dir) throws IOException {
        Path g = dir.resolve("Bad.g4");
        Files.writeString(g, "grammar Bad;\nstart : a b ;\na : X ;\nX : [a-z]+ ;\n");
        GrammarLoadException e = assertThrows(GrammarLoadException.class,
                () -> RuntimeGrammarLanguage.load(new GrammarSpec(null, List.of(g), "start", List.of())));
        GrammarProblem p = e.problems().get(0);
        assertEquals(2, p.line());
        assertTrue(p.file().endsWith("Bad.g4"), p.file());
        assertTrue(p.message().contains("undefined rule: b"), p.message());
    }

    @Test
    void grammarSyntaxErrorIsReported(@TempDir Path dir) throws IOException {
        Path g = dir.resolve("Broken.g4");
        Files.writeString(g, "grammar Broken;\nstart : 'a' \nX : [a-z ;\n");
        GrammarLoadException e = assertThrows(GrammarLoadException.class,
                () -> RuntimeGrammarLanguage.load(new GrammarSpec(null, List.of(g), "start", List.of())));
        assertTrue(e.problems().stream().anyMatch(GrammarProblem::error));
        assertTrue(e.getMessage().contains("Broken.g4"), e.getMessage());
    }

    @Test
    void missingFileAndMissingStartRule() {
        GrammarLoadException missing = assertThrows(GrammarLoadException.class,
                () -> RuntimeGrammarLanguage.load(new GrammarSpec(null, List.of(Path.of("no/such/G.g4")), "s", List.of())));
        assertEquals("grammar file not found", missing.problems().get(0).message());
        GrammarLoadException noRule = assertThrows(GrammarLoadException.class,
                () -> RuntimeGrammarLanguage.load(new GrammarSpec(null, List.of(CALC), "nosuch", List.of())));
        assertTrue(noRule.problems().get(0).message().contains("start rule 'nosuch' is not in grammar 'Calc'"), noRule.getMessage());
        assertTrue(noRule.problems().get(0).message().contains("program, statement"), noRule.getMessage());
    }

    @Test
    void lexerGrammarAloneIsRefused() {
        GrammarLoadException e = assertThrows(GrammarLoadException.class,
                () -> RuntimeGrammarLanguage.load(new GrammarSpec(null, List.of(INI_LEXER), "file", List.of())));
        assertTrue(e.getMessage().contains("no parser grammar"), e.getMessage());
    }

    @Test
    void lenientLanguageReportsGrammarProblemsAsDiagnostics() {
        RuntimeGrammarLanguage l = RuntimeGrammarLanguage.loadLenient(new GrammarSpec("x", List.of(Path.of("missing.g4")), "s", List.of()));
        List<Diagnostic> d = l.check("anything");
        assertEquals(1, d.size());
        assertEquals("grammar", d.get(0).code());
        assertTrue(d.get(0).message().contains("grammar file not found"), d.get(0).message());
    }

    @Test
    void editedGrammarIsReloaded(@TempDir Path dir) throws Exception {
        Path g = dir.resolve("Words.g4");
        Files.writeString(g, "grammar Words;\nstart : WORD+ EOF ;\nWORD : [a-z]+ ;\nWS : [ \\n]+ -> skip ;\n");
        RuntimeGrammarLanguage words = RuntimeGrammarLanguage.load(new GrammarSpec(null, List.of(g), "start", List.of()));
        assertEquals(List.of(), words.check("hello world"));
        assertEquals(1, words.check("hello 42").size());
        Files.writeString(g, "grammar Words;\nstart : (WORD | NUM)+ EOF ;\nWORD : [a-z]+ ;\nNUM : [0-9]+ ;\nWS : [ \\n]+ -> skip ;\n");
        Files.setLastModifiedTime(g, FileTime.fromMillis(System.currentTimeMillis() + 5000));
        assertEquals(List.of(), words.check("hello 42"));
        // Breaking the grammar turns checks into one diagnostic that says why; fixing it recovers.
        Files.writeString(g, "grammar Words;\nstart : words EOF ;\nWORD : [a-z]+ ;\n");
        Files.setLastModifiedTime(g, FileTime.fromMillis(System.currentTimeMillis() + 10000));
        assertEquals("grammar", words.check("hello").get(0).code());
        assertTrue(words.check("hello").get(0).message().contains("undefined rule: words"), words.check("hello").toString());
        assertEquals(false, words.refresh());
        Files.writeString(g, "grammar Words;\nstart : WORD+ EOF ;\nWORD : [a-z]+ ;\nWS : [ ]+ -> skip ;\n");
        Files.setLastModifiedTime(g, FileTime.fromMillis(System.currentTimeMillis() + 15000));
        assertEquals(true, words.refresh());
        assertEquals(List.of(), words.check("hello world"));
    }
}

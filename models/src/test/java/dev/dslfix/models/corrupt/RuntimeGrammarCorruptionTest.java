package dev.dslfix.models.corrupt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.Language;
import dev.dslfix.lang.LexToken;
import dev.dslfix.lang.runtime.GrammarSpec;
import dev.dslfix.lang.runtime.RuntimeGrammarLanguage;
import dev.dslfix.models.Fixtures;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The generator needs nothing but the lexer: a grammar loaded at run time works too. */
class RuntimeGrammarCorruptionTest {
    private static Language calc;
    private static String example;

    @BeforeAll
    static void load() throws Exception {
        Path dir = Fixtures.dir().resolve("grammars/calc");
        calc = RuntimeGrammarLanguage.load(new GrammarSpec(null, List.of(dir.resolve("Calc.g4")), "program", List.of()));
        example = Fixtures.read(dir.resolve("example.calc"));
        assertTrue(calc.check(example).isEmpty(), "example.calc should be valid");
    }

    @Test
    void structuralKindsWorkOnCalc() {
        Corruptor corruptor = new Corruptor(calc);
        for (ErrorKind k : List.of(ErrorKind.MISSING_CLOSER, ErrorKind.MISSING_OPENER, ErrorKind.EXTRA_CLOSER,
                ErrorKind.MISSING_SEPARATOR, ErrorKind.EXTRA_SEPARATOR, ErrorKind.MISSPELLED_KEYWORD,
                ErrorKind.FOREIGN_KEYWORD, ErrorKind.SWAPPED_TOKENS, ErrorKind.TRUNCATED,
                ErrorKind.MARKDOWN_FENCE, ErrorKind.PROSE)) {
            Optional<Corruption> c = corruptor.corrupt(example, k, 1);
            assertTrue(c.isPresent(), k.id() + " produced nothing for Calc");
            assertTrue(calc.check(c.get().corrupted()).stream().anyMatch(Diagnostic::isError), c.get().description());
        }
    }

    @Test
    void genericHintsUseTheLanguageIdAsFenceTag() {
        Corruptor corruptor = new Corruptor(calc);
        assertEquals("calc", corruptor.hints().fenceTag());
        List<Corruption> fences = corruptor.corruptions(example, ErrorKind.MARKDOWN_FENCE, 1, 4);
        assertTrue(fences.stream().anyMatch(c -> c.corrupted().startsWith("```calc\n")), fences.toString());
    }

    @Test
    void tokensAreClassifiedFromTypeNamesAndText() {
        Map<String, TokenClass> byText = calc.tokenize(example).stream().filter(t -> !t.hidden())
                .collect(Collectors.toMap(LexToken::text, TokenClass::of, (a, b) -> a));
        assertEquals(TokenClass.KEYWORD, byText.get("let"));
        assertEquals(TokenClass.KEYWORD, byText.get("print"));
        assertEquals(TokenClass.IDENTIFIER, byText.get("rate"));
        assertEquals(TokenClass.NUMBER, byText.get("0.2"));
        assertEquals(TokenClass.STRING, byText.get("\"cheap\""));
        assertEquals(TokenClass.OPEN, byText.get("{"));
        assertEquals(TokenClass.CLOSE, byText.get(")"));
        assertEquals(TokenClass.SEPARATOR, byText.get(";"));
        assertEquals(TokenClass.OTHER, byText.get("*"));
    }
}

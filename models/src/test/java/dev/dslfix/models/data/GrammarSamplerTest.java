package dev.dslfix.models.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dslfix.lang.Cancellation;
import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.Language;
import dev.dslfix.lang.LexToken;
import dev.dslfix.lang.ParseResult;
import dev.dslfix.lang.runtime.GrammarLoadException;
import dev.dslfix.lang.runtime.GrammarSpec;
import dev.dslfix.lang.runtime.RuntimeGrammarLanguage;
import dev.dslfix.lang.sql.SqlLanguage;
import dev.dslfix.models.Fixtures;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Programs generated from a grammar and a few examples are valid, varied, reproducible and made of the examples' names. */
class GrammarSamplerTest {
    private static final int N = 40;
    private static final int MAX_ATTEMPTS = 400;

    /** A language, its examples, and the token type whose texts are names. */
    record Case(String name, Language language, List<String> examples, String nameType) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(calc(), ini(), sql());
    }

    static Case calc() {
        Path dir = Fixtures.dir().resolve("grammars/calc");
        return new Case("calc", load(List.of(dir.resolve("Calc.g4")), "program"),
                List.of(Fixtures.read(dir.resolve("example.calc")),
                        "let total = max(1, 2) - 3;\nprint total / 2;\n",
                        "if total == 0 {\n  let done = \"yes\";\n}\n"),
                "ID");
    }

    static Case ini() {
        Path dir = Fixtures.dir().resolve("grammars/ini");
        return new Case("ini", load(List.of(dir.resolve("IniLexer.g4"), dir.resolve("IniParser.g4")), "file"),
                List.of(Fixtures.read(dir.resolve("example.ini")), "[db]\nuser = admin\npassword =\n\n[cache]\nsize = 64\n"),
                "NAME");
    }

    static Case sql() {
        Path dir = Fixtures.dir().resolve("sql/valid");
        List<String> examples = Stream.of("library_tiny.sql", "shop_tiny_lookup.sql", "hr_small_query.sql", "school_small.sql", "iot_tiny.sql")
                .map(f -> Fixtures.read(dir.resolve(f))).toList();
        return new Case("sql", new SqlLanguage(), examples, "IDENTIFIER");
    }

    private static Language load(List<Path> grammars, String start) {
        try {
            return RuntimeGrammarLanguage.load(new GrammarSpec(null, grammars, start, List.of()));
        } catch (GrammarLoadException e) {
            throw new AssertionError(e);
        }
    }

    private static List<LexToken> visible(Language language, String text) {
        return language.tokenize(text).stream().filter(t -> !t.hidden()).toList();
    }

    @ParameterizedTest
    @MethodSource("cases")
    void producesProgramsWithoutSyntaxErrors(Case c) {
        GrammarSampler sampler = new GrammarSampler(c.language(), c.examples(), 1);
        List<String> samples = sampler.samples(N, MAX_ATTEMPTS);
        assertEquals(N, samples.size(), c + ": " + sampler.stats());
        for (String s : samples) {
            assertFalse(visible(c.language(), s).isEmpty(), c + ": empty sample");
            List<Diagnostic> syntax = c.language().check(s).stream()
                    .filter(d -> d.isError() && d.code().equals("syntax")).toList();
            assertTrue(syntax.isEmpty(), c + ": " + syntax + " in\n" + s);
            assertFalse(c.language().parse(s).hasErrors(), c + ": parse errors in\n" + s);
        }
        SamplerStats stats = sampler.stats();
        assertEquals(c.examples().size(), stats.examplesUsed(), c.name());
        assertTrue(stats.attempts() <= MAX_ATTEMPTS, c.name());
        assertTrue(stats.accepted() >= N, c.name());
        assertTrue(stats.acceptanceRate() > 0.5, c + ": " + stats);
        if (!c.name().equals("sql")) {
            assertEquals(0, stats.acceptedWithStaticErrors(), c.name());
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void samplesAreDiverse(Case c) {
        List<String> samples = new GrammarSampler(c.language(), c.examples(), 2).samples(N, MAX_ATTEMPTS);
        Set<List<Integer>> shapes = new HashSet<>();
        Set<Integer> lengths = new HashSet<>();
        Set<String> tokenTexts = new HashSet<>();
        for (String s : samples) {
            List<LexToken> tokens = visible(c.language(), s);
            shapes.add(tokens.stream().map(LexToken::type).toList());
            lengths.add(tokens.size());
            tokens.forEach(t -> tokenTexts.add(t.text().toLowerCase(Locale.ROOT)));
        }
        assertEquals(N, new HashSet<>(samples).size(), c.name());
        assertTrue(shapes.size() >= N * 3 / 4, c + ": only " + shapes.size() + " token sequences");
        assertTrue(lengths.size() >= 8, c + ": only lengths " + lengths);
        Set<String> expected = switch (c.name()) {
            case "calc" -> Set.of("let", "print", "if", "else", "{", "(", "+");
            case "ini" -> Set.of("[", "]", "=");
            default -> Set.of("create", "table", "insert", "select", "from", "where", "order", "(", ",");
        };
        assertTrue(tokenTexts.containsAll(expected), c + ": missing " + expected.stream().filter(x -> !tokenTexts.contains(x)).toList());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void sameSeedSameSamplesOtherSeedOtherSamples(Case c) {
        List<String> a = new GrammarSampler(c.language(), c.examples(), 7).samples(20, 200);
        List<String> b = new GrammarSampler(c.language(), c.examples(), 7).samples(20, 200);
        List<String> other = new GrammarSampler(c.language(), c.examples(), 8).samples(20, 200);
        assertEquals(a, b, c.name());
        assertNotEquals(a, other, c.name());
        GrammarSampler one = new GrammarSampler(c.language(), c.examples(), 7);
        GrammarSampler two = new GrammarSampler(c.language(), c.examples(), 7);
        for (int i = 0; i < 30; i++) {
            assertEquals(one.sample(), two.sample(), c.name() + " attempt " + i);
        }
        assertEquals(one.stats(), two.stats());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void generationTerminatesWithinItsBudget(Case c) {
        GrammarSampler.Options small = new GrammarSampler.Options(30, 1, 3, 1.0, 0.05, 2.0, 50_000);
        GrammarSampler sampler = new GrammarSampler(c.language(), c.examples(), 3, small);
        List<String> samples = sampler.samples(25, 300);
        assertFalse(samples.isEmpty(), c.name());
        assertEquals(0, sampler.stats().rejectedBudget(), c + ": " + sampler.stats());
        assertTrue(sampler.stats().attempts() <= 300);
        for (String s : samples) {
            // past maxTokens a walk only closes what is open, by the shortest way
            assertTrue(visible(c.language(), s).size() <= 120, c + ": too long:\n" + s);
        }
        GrammarSampler normal = new GrammarSampler(c.language(), c.examples(), 3);
        for (String s : normal.samples(N, MAX_ATTEMPTS)) {
            assertTrue(visible(c.language(), s).size() <= 2 * GrammarSampler.Options.defaults().maxTokens(), c.name());
        }
        assertEquals(0, normal.stats().rejectedBudget(), c + ": " + normal.stats());
    }

    @ParameterizedTest
    @MethodSource("cases")
    void namesComeFromTheExamples(Case c) {
        Set<String> exampleNames = c.examples().stream()
                .flatMap(e -> visible(c.language(), e).stream())
                .filter(t -> t.typeName().equals(c.nameType()))
                .map(LexToken::text)
                .collect(Collectors.toSet());
        assertFalse(exampleNames.isEmpty(), c.name());
        Set<String> used = new HashSet<>();
        for (String s : new GrammarSampler(c.language(), c.examples(), 4).samples(N, MAX_ATTEMPTS)) {
            for (LexToken t : visible(c.language(), s)) {
                if (t.typeName().equals(c.nameType())) {
                    assertTrue(exampleNames.contains(t.text()), c + ": name '" + t.text() + "' is not from the examples");
                    used.add(t.text());
                }
            }
        }
        assertTrue(used.size() >= Math.min(4, exampleNames.size()), c + ": names used " + used);
    }

    @ParameterizedTest
    @MethodSource("cases")
    void everyExampleParseTreeReplaysThroughTheAtn(Case c) {
        ExampleModel model = new ExampleModel(c.language(), c.language().grammar().orElseThrow(), c.examples());
        assertEquals(c.examples().size(), model.examplesUsed(), c.name());
        assertEquals(0, model.nodesNotReplayed(), c.name());
    }

    @Test
    void sqlSamplesUseNamesWhereTheExamplesUseThem() {
        Case c = sql();
        Set<String> typeWords = Set.of("integer", "text", "real", "blob", "numeric", "boolean");
        for (String s : new GrammarSampler(c.language(), c.examples(), 5).samples(N, MAX_ATTEMPTS)) {
            List<LexToken> tokens = visible(c.language(), s);
            for (int i = 0; i + 1 < tokens.size(); i++) {
                // the name after TABLE is a table name: texts are drawn per grammar context, so never a type word
                if (tokens.get(i).text().equalsIgnoreCase("table") && tokens.get(i + 1).typeName().equals("IDENTIFIER")) {
                    assertFalse(typeWords.contains(tokens.get(i + 1).text().toLowerCase(Locale.ROOT)), s);
                }
            }
        }
    }

    @Test
    void worksFromTheGrammarAloneWithDefaultTexts() {
        Language calc = calc().language();
        GrammarSampler sampler = new GrammarSampler(calc, List.of(), 9);
        List<String> samples = sampler.samples(20, 300);
        assertEquals(20, samples.size(), sampler.stats().toString());
        Set<String> texts = new HashSet<>();
        for (String s : samples) {
            assertFalse(calc.parse(s).hasErrors(), s);
            visible(calc, s).forEach(t -> texts.add(t.typeName() + ":" + t.text()));
        }
        assertTrue(texts.contains("ID:item"), texts.toString());
        assertTrue(texts.contains("NUMBER:1"), texts.toString());
        assertTrue(texts.contains("STRING:\"x\""), texts.toString());
    }

    @Test
    void examplesThatDoNotParseAreSkipped() {
        Case c = calc();
        String broken = Fixtures.read(Fixtures.dir().resolve("grammars/calc/broken.calc"));
        GrammarSampler sampler = new GrammarSampler(c.language(), List.of(c.examples().get(0), broken), 1);
        assertEquals(10, sampler.samples(10, 100).size());
        assertEquals(1, sampler.stats().examplesUsed());
        assertEquals(1, sampler.stats().examplesSkipped());
    }

    @Test
    void aLanguageWithoutGrammarIsRefused() {
        Language plain = new Language() {
            @Override
            public String id() {
                return "plain";
            }

            @Override
            public String displayName() {
                return "plain";
            }

            @Override
            public List<String> fileExtensions() {
                return List.of();
            }

            @Override
            public List<LexToken> tokenize(String text) {
                return List.of();
            }

            @Override
            public ParseResult parse(String text, Cancellation cancel) {
                throw new UnsupportedOperationException();
            }

            @Override
            public List<Diagnostic> check(String text, Cancellation cancel) {
                return List.of();
            }
        };
        assertThrows(IllegalArgumentException.class, () -> new GrammarSampler(plain, List.of(), 1));
    }

    @Test
    void literalEscapesAreUndone() {
        assertEquals("\n", GrammarSampler.unescape("\\n"));
        assertEquals("'", GrammarSampler.unescape("\\'"));
        assertEquals("a\\b", GrammarSampler.unescape("a\\\\b"));
        assertEquals("é", GrammarSampler.unescape("\\u00E9"));
        assertEquals("SELECT", GrammarSampler.unescape("SELECT"));
    }

    @Test
    void indentationIsLearnedFromTheExamples() {
        assertEquals("  ", GrammarSampler.indentUnit(List.of("a {\n  b;\n    c;\n}\n")));
        assertEquals("\t", GrammarSampler.indentUnit(List.of("a {\n\tb;\n}\n")));
        assertEquals("  ", GrammarSampler.indentUnit(List.of("one line")));
        assertEquals("", GrammarSampler.indentUnit(List.of("a\nb\nc\nd\ne\n")));
    }
}

package dev.dslfix.models.slm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ai.djl.Device;
import dev.dslfix.lang.Cancellation;
import dev.dslfix.lang.Language;
import dev.dslfix.lang.LexToken;
import dev.dslfix.lang.runtime.GrammarSpec;
import dev.dslfix.lang.runtime.RuntimeGrammarLanguage;
import dev.dslfix.lang.shell.ShellLanguage;
import dev.dslfix.lang.sql.SqlLanguage;
import dev.dslfix.models.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A model for several languages with a shared vocabulary: trained, used on a new language, adapted to it. */
class TransferModelTest {
    private final SqlLanguage sql = new SqlLanguage();
    private final ShellLanguage shell = new ShellLanguage();

    private static Map<String, String> programs(String dir, String extension, int n) throws IOException {
        Map<String, String> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(Fixtures.dir().resolve(dir))) {
            files.filter(p -> p.getFileName().toString().endsWith(extension)).sorted().limit(n)
                    .forEach(p -> out.put(p.getFileName().toString(), Fixtures.read(p)));
        }
        return out;
    }

    private static Language calc() throws Exception {
        return RuntimeGrammarLanguage.load(new GrammarSpec(null, List.of(Fixtures.dir().resolve("grammars/calc/Calc.g4")), "program", List.of()));
    }

    private Training.Result trainTransfer(Path out) throws IOException {
        return Training.run(List.of(new Training.Corpus(sql, programs("sql/valid", ".sql", 2)),
                new Training.Corpus(shell, programs("shell/valid", ".sh", 2))), TrainOptions.tiny(4), Device.cpu(), null, out, Progress.NONE);
    }

    @Test
    void theSameFixedTokenHasOneInputInEveryLanguageAndAnUnseenOneFallsBackToItsClass() {
        TokenVocab vocab = new TokenVocab(List.of("'IF'", "<KEYWORD>", "<IDENTIFIER>"), 64, true);
        int sqlIf = vocab.typeId(new LexToken(7, "IF", "IF", 0, 2, false), true);
        int shellIf = vocab.typeId(new LexToken(31, "If", "if", 0, 2, false), true);
        assertEquals(sqlIf, shellIf);
        int unseen = vocab.typeId(new LexToken(9, "'let'", "let", 0, 3, false), true);
        assertEquals(vocab.classId(new LexToken(9, "'let'", "let", 0, 3, false)), unseen);
        assertNotEquals(sqlIf, unseen);
        assertNotEquals(TokenVocab.UNKNOWN, unseen);
        // Per-language vocabularies still go by the grammar's type names.
        TokenVocab own = new TokenVocab(List.of("IF"), 64, false);
        assertNotEquals(own.typeId(new LexToken(7, "IF", "IF", 0, 2, false), true), own.typeId(new LexToken(31, "If", "if", 0, 2, false), true));
    }

    @Test
    void aTransferModelSavesLoadsAndProposesOnlyTheNewLanguagesOwnTokens(@TempDir Path dir) throws Exception {
        trainTransfer(dir).model().close();
        Language calc = calc();
        try (SlmModel model = SlmModel.load(dir, Device.cpu())) {
            assertEquals(SlmModel.TRANSFER, model.languageId());
            assertTrue(model.encoder().vocab().shared());
            assertTrue(model.supports(calc));
            SlmRepairer repairer = new SlmRepairer(model, calc);
            String broken = "let x = (1 + 2;\nprint x;\n";
            SlmRepairer.Step step = repairer.tag(broken);
            Tags tags = model.encoder().tags();
            for (double[] e : step.rankedEdits()) {
                int tag = (int) e[1];
                if (tags.isInsert(tag) || tags.isReplace(tag)) {
                    assertTrue(Literals.of(calc).contains(tags.literalOf(tag)), "proposed " + tags.name(tag));
                }
            }
            assertFalse(repairer.repair(broken, 3, Cancellation.NONE).contains(broken));
        }
    }

    @Test
    void adaptingGrowsTheVocabularyAndKeepsWhatTheModelKnew(@TempDir Path dir) throws Exception {
        Language calc = calc();
        try (SlmModel model = trainTransfer(dir).model()) {
            Literals sqlLiterals = Literals.of(sql);
            List<LexToken> tokens = ModelTokens.of(sql, "SELECT a FROM t WHERE (a > 1;\n");
            Example ex = model.encoder().encode(tokens, new int[tokens.size()], 0, sqlLiterals);
            SlmModel.Prediction before = model.predict(ex);
            int oldTags = model.encoder().tags().size();
            int oldTypes = model.encoder().vocab().typeCount();
            assertTrue(model.encoder().tags().literalIndex("let") < 0, "calc's 'let' is neither SQL nor shell");
            SlmModel adapted = model.adaptedTo(calc, List.of("'LET'", "'PRINT'"), 1);
            assertEquals(calc.id(), adapted.languageId());
            assertTrue(adapted.encoder().tags().literalIndex("let") >= 0);
            assertTrue(adapted.encoder().tags().size() > oldTags);
            assertEquals(oldTypes + 2, adapted.encoder().vocab().typeCount());
            // Old inputs and old tags mean what they meant: their logits are unchanged, so the
            // log-probability differences between old tags are too.
            SlmModel.Prediction after = adapted.predict(adapted.encoder().encode(tokens, new int[tokens.size()], 0, sqlLiterals));
            for (int p = 0; p < 5; p++) {
                for (int t = 1; t < oldTags; t += 7) {
                    assertEquals(before.tag(p, t) - before.tag(p, 0), after.tag(p, t) - after.tag(p, 0), 1e-3);
                }
            }
        }
    }

    @Test
    void aTransferModelIsAdaptedByTrainingFromIt(@TempDir Path dir) throws Exception {
        trainTransfer(dir.resolve("transfer")).model().close();
        Language calc = calc();
        Map<String, String> programs = Map.of("a.calc", "let a = 1;\nprint a + 2;\n", "b.calc", "if 1 < 2 { print \"yes\"; } else { print f(3); }\n");
        Training.Result r = Training.run(List.of(new Training.Corpus(calc, programs)), TrainOptions.tiny(2), Device.cpu(), dir.resolve("transfer"),
                dir.resolve("calc"), Progress.NONE);
        r.model().close();
        try (SlmModel adapted = SlmModel.load(dir.resolve("calc"), Device.cpu())) {
            assertEquals(calc.id(), adapted.languageId());
            assertTrue(adapted.encoder().tags().literalIndex("print") >= 0);
        }
    }

    @Test
    void aModelWithoutASharedVocabularyIsForItsLanguageOnly(@TempDir Path dir) throws IOException {
        Training.run(sql, programs("sql/valid", ".sql", 1), TrainOptions.tiny(1).withSteps(2, 0), Device.cpu(), dir.resolve("sql"), Progress.NONE)
                .model().close();
        try (SlmModel model = SlmModel.load(dir.resolve("sql"), Device.cpu())) {
            assertFalse(model.supports(shell));
            assertThrows(IllegalArgumentException.class, () -> new SlmRepairer(model, shell));
        }
        IOException e = assertThrows(IOException.class, () -> Training.run(List.of(new Training.Corpus(shell, programs("shell/valid", ".sh", 1))),
                TrainOptions.tiny(1), Device.cpu(), dir.resolve("sql"), dir.resolve("shell"), Progress.NONE));
        assertTrue(e.getMessage().contains("shared vocabulary"), e.getMessage());
    }
}

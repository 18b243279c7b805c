package dev.dslfix.server.cli;

import dev.dslfix.lang.Language;
import dev.dslfix.models.eval.EvalCase;
import dev.dslfix.models.eval.EvalSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The language and evaluation cases that `eval` and `bench repair` run on, from their shared options. */
record EvalInputs(LanguageChoice.Resolved resolved, Language language, List<EvalCase> cases) {

    /** @throws UsageException when the language, the folder of programs or the cases are missing */
    static EvalInputs load(LanguageChoice choice, Path examples, long seed, int perKind) throws UsageException, IOException {
        LanguageChoice.Resolved resolved = choice.resolve();
        Language language = resolved.fixed().orElseThrow(() -> new UsageException("name the language: --language ID or --grammar G.g4 --start RULE"));
        Path dir = examples != null ? examples : Path.of("test-fixtures", language.id(), "valid");
        if (!Files.isDirectory(dir)) {
            throw new UsageException("no folder of valid programs at " + dir + " (use --examples DIR)");
        }
        String extension = language.fileExtensions().isEmpty() ? "" : language.fileExtensions().get(0);
        List<EvalCase> cases = EvalSet.build(language, dir, extension, seed, perKind);
        if (cases.isEmpty()) {
            throw new UsageException("no evaluation cases: the eval split of " + dir + " is empty or nothing could be corrupted");
        }
        return new EvalInputs(resolved, language, cases);
    }
}

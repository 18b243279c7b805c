package dev.dslfix.server.cli;

import java.io.IOException;
import java.nio.file.Path;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** The options that choose evaluation cases, shared by `eval` and `bench repair`. */
final class EvalCaseOptions {
    @Mixin
    LanguageChoice languageChoice;

    @Option(names = "--examples", paramLabel = "DIR",
            description = "Valid programs of the language (its eval split is used). Default: test-fixtures/LANGUAGE/valid.")
    Path examples;

    @Option(names = "--seed", defaultValue = "1", description = "Seed of the error generator. Default: ${DEFAULT-VALUE}.")
    long seed;

    EvalInputs load(int perKind) throws UsageException, IOException {
        return EvalInputs.load(languageChoice, examples, seed, perKind);
    }
}

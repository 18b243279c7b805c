package dev.dslfix.server.cli;

import dev.dslfix.lang.Cancellation;
import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.Language;
import dev.dslfix.lang.SourceText;
import dev.dslfix.server.core.Analysis;
import dev.dslfix.server.core.DocumentReader;
import dev.dslfix.server.core.InputException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Report syntax and static errors of DSL files.",
                "Exit code: 0 = no errors, 1 = errors found, 2 = bad usage or unreadable input."})
final class CheckCommand implements Callable<Integer> {
    @Mixin
    LanguageChoice languageChoice;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text (file:line:column: severity: message [code]), json or sarif (SARIF 2.1.0). Default: ${DEFAULT-VALUE}.")
    OutputFormat format;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "Files to check.")
    List<Path> files;

    @Override
    public Integer call() {
        LanguageChoice.Resolved resolved;
        try {
            resolved = languageChoice.resolve();
        } catch (UsageException e) {
            System.err.println("dslfix: " + e.getMessage());
            return ExitCodes.USAGE;
        }
        List<FileReport> reports = new ArrayList<>();
        boolean badInput = false;
        for (Path file : files) {
            try {
                Language language = resolved.forFile(file);
                DocumentReader.Document doc = DocumentReader.read(file, 4L * resolved.config().maxDocumentChars());
                if (doc.text().length() > resolved.config().maxDocumentChars()) {
                    throw new InputException(file + ": too large to check (" + doc.text().length() + " characters; the limit is "
                            + resolved.config().maxDocumentChars() + ", setting maxDocumentChars)");
                }
                List<Diagnostic> diagnostics = Analysis.withReadProblems(doc.encodingProblems(),
                        Analysis.diagnose(language, doc.text(), resolved.config().maxDocumentChars(), Cancellation.NONE));
                reports.add(new FileReport(file.toString(), language.id(), new SourceText(doc.text()), diagnostics));
            } catch (UsageException | InputException e) {
                System.err.println("dslfix: " + e.getMessage());
                badInput = true;
            }
        }
        CheckOutput.write(format, reports, System.out);
        if (badInput) {
            return ExitCodes.USAGE;
        }
        return reports.stream().anyMatch(r -> r.errors() > 0) ? ExitCodes.FINDINGS : ExitCodes.OK;
    }
}

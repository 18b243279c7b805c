package dev.dslfix.server.cli;

import dev.dslfix.lang.Cancellation;
import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.Language;
import dev.dslfix.server.core.Analysis;
import dev.dslfix.server.core.DocumentReader;
import dev.dslfix.server.core.InputException;
import dev.dslfix.server.model.ModelManager;
import dev.dslfix.server.model.ModelSettings;
import dev.dslfix.server.repair.Aggressiveness;
import dev.dslfix.server.repair.RepairEngine;
import dev.dslfix.server.repair.RepairOptions;
import dev.dslfix.server.repair.RepairResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "repair", mixinStandardHelpOptions = true,
        description = {"Propose repairs of a DSL file, each verified by the checker and ranked by similarity to the input.",
                "Exit code: 0 = a verified repair was found (or nothing to repair), 1 = none found, 2 = bad usage or input."})
final class RepairCommand implements Callable<Integer> {
    enum Format { json, diff, text }

    @Mixin
    LanguageChoice languageChoice;

    @Option(names = "--top", paramLabel = "K", description = "Candidates to list (default 5, or repair.top in dslfix.json).")
    Integer top;

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "json (one object, see DESIGN.md), diff (unified diff of the best candidate) or text. Default: ${DEFAULT-VALUE}.")
    Format format;

    @Option(names = "--write", description = "Replace the file with the best verified candidate (atomically).")
    boolean write;

    @Option(names = "--aggressiveness", paramLabel = "LEVEL",
            description = "minimal, balanced (default) or thorough: more search and more edits for more complete fixes.")
    String aggressiveness;

    @Option(names = "--budget-ms", paramLabel = "MS", description = "Time budget of the search in milliseconds (default 5000; the probe limit of the aggressiveness level usually ends it sooner).")
    Long budgetMillis;

    @Option(names = "--all", description = "Also list candidates that do not pass the checker (never first).")
    boolean all;

    @Option(names = "--no-model", description = "Search only: do not load the language's repair model.")
    boolean noModel;

    @Parameters(arity = "1", paramLabel = "FILE", description = "The file to repair.")
    Path file;

    @Override
    public Integer call() {
        try {
            LanguageChoice.Resolved resolved = languageChoice.resolve();
            Language language = resolved.forFile(file);
            RepairOptions options = resolved.config().repair();
            if (top != null) {
                if (top < 1) {
                    throw new UsageException("--top must be at least 1");
                }
                options = options.withTop(top);
            }
            if (aggressiveness != null) {
                try {
                    options = options.with(Aggressiveness.parse(aggressiveness));
                } catch (IllegalArgumentException e) {
                    throw new UsageException("--aggressiveness must be minimal, balanced or thorough");
                }
            }
            if (budgetMillis != null) {
                options = new RepairOptions(options.top(), options.aggressiveness(), budgetMillis, options.includeFailing());
            }
            options = new RepairOptions(options.top(), options.aggressiveness(), options.budgetMillis(), all);
            DocumentReader.Document doc = DocumentReader.read(file, 4L * resolved.config().maxDocumentChars());
            if (doc.text().length() > resolved.config().maxDocumentChars()) {
                throw new UsageException(file + ": too large to repair (" + doc.text().length() + " characters)");
            }
            RepairResult result;
            try (ModelManager models = new ModelManager(noModel ? new ModelSettings("cpu", null, false) : resolved.config().model(),
                    warning -> System.err.println("dslfix: warning: " + warning))) {
                result = new RepairEngine(models).repair(language, doc.text(), options, Cancellation.NONE);
            }
            if (!doc.encodingProblems().isEmpty()) {
                result = new RepairResult(Analysis.withReadProblems(doc.encodingProblems(), result.diagnostics()), result.candidates(), result.probes());
            }
            switch (format) {
                case json -> System.out.println(Json.GSON.toJson(RepairOutput.json(file.toString(), language.id(), doc.text(), result)));
                case diff -> RepairOutput.diff(file.toString(), doc.text(), result, System.out);
                case text -> RepairOutput.text(file.toString(), doc.text(), result, System.out);
            }
            System.out.flush();
            boolean broken = result.diagnostics().stream().anyMatch(Diagnostic::isError);
            if (!broken) {
                return ExitCodes.OK;
            }
            if (!result.hasVerifiedRepair()) {
                return ExitCodes.FINDINGS;
            }
            if (write) {
                if (!doc.encodingProblems().isEmpty()) {
                    throw new UsageException(file + ": not valid UTF-8; not rewritten, so that no byte is lost");
                }
                writeAtomically(file, result.candidates().get(0).text(), doc.bom());
                System.err.println("dslfix: wrote the best candidate to " + file);
            }
            return ExitCodes.OK;
        } catch (UsageException | InputException e) {
            System.err.println("dslfix: " + e.getMessage());
            return ExitCodes.USAGE;
        } catch (IOException e) {
            System.err.println("dslfix: " + file + ": cannot write: " + e.getMessage());
            return ExitCodes.USAGE;
        }
    }

    /** Temporary file in the same folder, then a rename: the file is never half written. */
    static void writeAtomically(Path target, String text, boolean bom) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Path tmp = Files.createTempFile(dir, "." + target.getFileName() + ".", ".dslfix-tmp");
        try {
            byte[] body = text.getBytes(StandardCharsets.UTF_8);
            byte[] bytes = bom ? new byte[body.length + 3] : body;
            if (bom) {
                bytes[0] = (byte) 0xEF;
                bytes[1] = (byte) 0xBB;
                bytes[2] = (byte) 0xBF;
                System.arraycopy(body, 0, bytes, 3, body.length);
            }
            Files.write(tmp, bytes);
            try {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(target));
            } catch (UnsupportedOperationException | IOException e) {
                // permissions are best effort (not every file system has them)
            }
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }
}

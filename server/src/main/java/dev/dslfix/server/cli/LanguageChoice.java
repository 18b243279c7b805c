package dev.dslfix.server.cli;

import dev.dslfix.lang.Language;
import dev.dslfix.lang.LanguageRegistry;
import dev.dslfix.lang.runtime.GrammarLoadException;
import dev.dslfix.lang.runtime.GrammarProblem;
import dev.dslfix.lang.runtime.GrammarSpec;
import dev.dslfix.lang.runtime.RuntimeGrammarLanguage;
import dev.dslfix.server.config.ConfigException;
import dev.dslfix.server.config.ConfigParser;
import dev.dslfix.server.config.DslfixConfig;
import dev.dslfix.server.core.LanguageSetup;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import picocli.CommandLine.Option;

/** The LANG options shared by the commands: a configured or built-in language, or grammars. */
final class LanguageChoice {
    @Option(names = "--language", paramLabel = "ID", description = "Language id (built-in or configured), e.g. sql.")
    String language;

    @Option(names = "--grammar", paramLabel = "G.g4",
            description = "ANTLR 4 grammar to load at run time: one combined grammar, or a lexer and a parser grammar (repeat the option).")
    List<Path> grammars;

    @Option(names = "--start", paramLabel = "RULE", description = "Start rule of the --grammar grammar.")
    String start;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Configuration file (default: dslfix.json in the working directory or its nearest parent).")
    Path config;

    /** The configuration, and the languages built from it, or a usage error with a clear message. */
    record Resolved(DslfixConfig config, LanguageRegistry registry, Optional<Language> fixed) {

        /** The language for a file: the one chosen on the command line, else by extension. */
        Language forFile(Path file) throws UsageException {
            if (fixed.isPresent()) {
                return fixed.get();
            }
            return registry.forFile(file.toAbsolutePath().normalize()).orElseThrow(() -> new UsageException(
                    file + ": cannot tell the language from the file name; use --language ID or --grammar G.g4 --start RULE"
                            + " (known languages: " + registry.all().stream().map(Language::id).collect(Collectors.joining(", ")) + ")"));
        }
    }

    Resolved resolve() throws UsageException {
        DslfixConfig cfg;
        try {
            Optional<Path> file = config != null ? Optional.of(config) : ConfigParser.find(Path.of(""));
            cfg = file.isPresent() ? ConfigParser.read(file.get()) : DslfixConfig.defaults(Path.of("").toAbsolutePath());
        } catch (ConfigException e) {
            throw new UsageException(e.getMessage());
        }
        LanguageRegistry registry;
        try {
            registry = LanguageSetup.strict(cfg);
        } catch (GrammarLoadException e) {
            throw new UsageException("a grammar in the configuration cannot be used:\n" + format(e.problems()));
        }
        if (grammars != null && !grammars.isEmpty()) {
            if (language != null) {
                throw new UsageException("give --language or --grammar, not both");
            }
            if (start == null) {
                throw new UsageException("--grammar needs --start RULE (the parser rule a file starts with)");
            }
            try {
                RuntimeGrammarLanguage loaded = RuntimeGrammarLanguage.load(new GrammarSpec(null, grammars, start, List.of()));
                // Warnings (an implicitly defined token, say) often explain errors in the input.
                loaded.problems().forEach(p -> System.err.println("dslfix: " + p.format()));
                return new Resolved(cfg, registry, Optional.of(loaded));
            } catch (GrammarLoadException e) {
                throw new UsageException("the grammar cannot be used:\n" + format(e.problems()));
            }
        }
        if (start != null) {
            throw new UsageException("--start is only used with --grammar");
        }
        if (language != null) {
            Language l = registry.byId(language).orElseThrow(() -> new UsageException("unknown language '" + language
                    + "'; known: " + registry.all().stream().map(Language::id).collect(Collectors.joining(", "))));
            return new Resolved(cfg, registry, Optional.of(l));
        }
        return new Resolved(cfg, registry, Optional.empty());
    }

    private static String format(List<GrammarProblem> problems) {
        return problems.stream().map(GrammarProblem::format).collect(Collectors.joining("\n"));
    }
}

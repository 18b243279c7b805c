package dev.dslfix.server.core;

import dev.dslfix.lang.LanguageRegistry;
import dev.dslfix.lang.runtime.GrammarLoadException;
import dev.dslfix.lang.runtime.GrammarSpec;
import dev.dslfix.lang.runtime.RuntimeGrammarLanguage;
import dev.dslfix.server.config.DslfixConfig;

/** Builds the languages of a configuration: the built-ins with their options, then the grammars. */
public final class LanguageSetup {
    private LanguageSetup() {
    }

    /** For the command line: a grammar that does not load is an error. */
    public static LanguageRegistry strict(DslfixConfig config) throws GrammarLoadException {
        LanguageRegistry registry = LanguageRegistry.withBuiltins(config.languageOptions());
        for (GrammarSpec spec : config.grammars()) {
            registry.register(RuntimeGrammarLanguage.load(spec));
        }
        return registry;
    }

    /** For the server: a grammar that does not load becomes a language whose checks say why. */
    public static LanguageRegistry lenient(DslfixConfig config) {
        LanguageRegistry registry = LanguageRegistry.withBuiltins(config.languageOptions());
        for (GrammarSpec spec : config.grammars()) {
            registry.register(RuntimeGrammarLanguage.loadLenient(spec));
        }
        return registry;
    }
}

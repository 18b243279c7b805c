package dev.dslfix.lang.shell;

import dev.dslfix.lang.Language;
import dev.dslfix.lang.LanguageOptions;
import dev.dslfix.lang.LanguageProvider;

/** Registers {@link ShellLanguage}; it takes no options. */
public final class ShellLanguageProvider implements LanguageProvider {
    @Override
    public String id() {
        return ShellLanguage.ID;
    }

    @Override
    public Language create(LanguageOptions options) {
        return new ShellLanguage();
    }
}

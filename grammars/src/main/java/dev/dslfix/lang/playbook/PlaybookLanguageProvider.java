package dev.dslfix.lang.playbook;

import dev.dslfix.lang.Language;
import dev.dslfix.lang.LanguageOptions;
import dev.dslfix.lang.LanguageProvider;

/**
 * Registers {@link PlaybookLanguage}; options (see {@link PlaybookSettings}): {@code patterns}
 * (globs of playbook files), {@code modules} (custom module names) and {@code variables}
 * (names defined outside the playbook, such as inventory variables).
 */
public final class PlaybookLanguageProvider implements LanguageProvider {
    @Override
    public String id() {
        return PlaybookLanguage.ID;
    }

    @Override
    public Language create(LanguageOptions options) {
        return new PlaybookLanguage(PlaybookSettings.from(options));
    }
}

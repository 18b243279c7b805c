package dev.dslfix.lang.sql;

import dev.dslfix.lang.Language;
import dev.dslfix.lang.LanguageOptions;
import dev.dslfix.lang.LanguageProvider;

/** Registers {@link SqlLanguage}; options: {@code schemaFiles} (paths or globs)
 * and {@code functions} (names of application-defined functions). */
public final class SqlLanguageProvider implements LanguageProvider {
    @Override
    public String id() {
        return SqlLanguage.ID;
    }

    @Override
    public Language create(LanguageOptions options) {
        return new SqlLanguage(new SchemaFiles(options.baseDir(), options.strings("schemaFiles")),
                java.util.Set.copyOf(options.strings("functions")));
    }
}

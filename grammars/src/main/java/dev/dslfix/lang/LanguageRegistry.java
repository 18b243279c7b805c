package dev.dslfix.lang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The languages known to one workspace or command: built-ins found with ServiceLoader plus the
 * ones the configuration adds. Safe to use from several threads; registering a language with an
 * id that exists replaces it (that is how a reloaded grammar takes effect).
 */
public final class LanguageRegistry {
    private final Map<String, Language> byId = new ConcurrentHashMap<>();

    /** Built-in languages, each created with its options from {@code optionsById} (or none). */
    public static LanguageRegistry withBuiltins(Map<String, LanguageOptions> optionsById) {
        LanguageRegistry registry = new LanguageRegistry();
        for (LanguageProvider provider : ServiceLoader.load(LanguageProvider.class, LanguageRegistry.class.getClassLoader())) {
            LanguageOptions options = optionsById.getOrDefault(provider.id(), LanguageOptions.empty());
            registry.register(provider.create(options));
        }
        return registry;
    }

    public static LanguageRegistry withBuiltins() {
        return withBuiltins(Map.of());
    }

    public void register(Language language) {
        byId.put(language.id(), language);
    }

    public Optional<Language> byId(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * The language for a file: one that {@link Language#claims claims} its path by a configured
     * pattern, else the one whose longest extension ends its name.
     */
    public Optional<Language> forFile(java.nio.file.Path file) {
        for (Language language : all()) {
            if (language.claims(file)) {
                return Optional.of(language);
            }
        }
        return file.getFileName() == null ? Optional.empty() : forFileName(file.getFileName().toString());
    }

    /** The language whose longest extension ends the file name (case-insensitive). */
    public Optional<Language> forFileName(String fileName) {
        String lower = fileName.toLowerCase(Locale.ROOT);
        Language best = null;
        int bestLength = -1;
        for (Language language : byId.values()) {
            for (String ext : language.fileExtensions()) {
                String e = ext.toLowerCase(Locale.ROOT);
                if (lower.endsWith(e) && e.length() > bestLength) {
                    best = language;
                    bestLength = e.length();
                }
            }
        }
        return Optional.ofNullable(best);
    }

    public List<Language> all() {
        List<Language> list = new ArrayList<>(byId.values());
        list.sort(Comparator.comparing(Language::id));
        return list;
    }
}

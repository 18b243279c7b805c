package dev.dslfix.lang;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Settings for one language from the project configuration, as plain values (strings, numbers,
 * booleans, lists and maps). Relative paths in them resolve against {@code baseDir}, the folder
 * of the configuration file (or the working directory).
 */
public record LanguageOptions(Path baseDir, Map<String, Object> values) {

    public static LanguageOptions empty() {
        return new LanguageOptions(Path.of("").toAbsolutePath(), Map.of());
    }

    public LanguageOptions {
        values = Map.copyOf(values);
    }

    /** A list of strings under {@code key}; a single string counts as a list of one. */
    public List<String> strings(String key) {
        Object v = values.get(key);
        if (v instanceof String s) {
            return List.of(s);
        }
        if (v instanceof List<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of();
    }
}

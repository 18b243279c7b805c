package dev.dslfix.lang.playbook;

import dev.dslfix.lang.LanguageOptions;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Options of the playbook language from the project configuration ({@code "playbook": {...}} in
 * dslfix.json):
 * <ul>
 * <li>{@code patterns}: globs of files that are playbooks, such as {@code "*.ansible.yml"} or
 *     {@code "playbooks/*.yml"}. Patterns of the form {@code *.suffix} also become file extensions,
 *     which is all the registry matches today; the others are answered by {@link #claims}.</li>
 * <li>{@code modules}: names of custom modules (a project's {@code library/}), accepted without
 *     argument checks.</li>
 * <li>{@code variables}: names defined outside the playbook (inventory group_vars, extra vars),
 *     so they are not reported as undefined.</li>
 * </ul>
 */
public record PlaybookSettings(List<String> patterns, Set<String> modules, Set<String> variables) {
    public static final List<String> BUILTIN_EXTENSIONS = List.of(".playbook.yml", ".playbook.yaml");
    public static final PlaybookSettings DEFAULT = new PlaybookSettings(List.of(), Set.of(), Set.of());

    public PlaybookSettings {
        patterns = List.copyOf(patterns);
        modules = Set.copyOf(modules);
        variables = Set.copyOf(variables);
    }

    public static PlaybookSettings from(LanguageOptions options) {
        return new PlaybookSettings(options.strings("patterns"), new LinkedHashSet<>(options.strings("modules")),
                new LinkedHashSet<>(options.strings("variables")));
    }

    /** The built-in extensions, then the suffix of every pattern {@code *.suffix} without other wildcards or folders. */
    public List<String> fileExtensions() {
        List<String> out = new ArrayList<>(BUILTIN_EXTENSIONS);
        for (String p : patterns) {
            if (p.startsWith("*.") && p.length() > 2 && p.substring(1).chars().noneMatch(c -> "*?[]{}/\\".indexOf(c) >= 0)) {
                String suffix = p.substring(1);
                if (!out.contains(suffix)) {
                    out.add(suffix);
                }
            }
        }
        return List.copyOf(out);
    }

    /**
     * Whether a file is a playbook: its name ends with one of {@link #fileExtensions()}, or a
     * pattern matches it. A pattern without '/' is matched against the file name; one with '/'
     * against the path and each of its trailing parts ({@code playbooks/*.yml} matches
     * {@code /repo/playbooks/site.yml}). Malformed patterns are ignored.
     */
    public boolean claims(Path file) {
        if (file == null || file.getFileName() == null) {
            return false;
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        for (String ext : fileExtensions()) {
            if (name.endsWith(ext.toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        for (String p : patterns) {
            PathMatcher m;
            try {
                m = FileSystems.getDefault().getPathMatcher("glob:" + p);
            } catch (RuntimeException e) {
                continue;
            }
            if (!p.contains("/")) {
                if (m.matches(file.getFileName())) {
                    return true;
                }
                continue;
            }
            int n = file.getNameCount();
            for (int i = 0; i < n; i++) {
                if (m.matches(file.subpath(i, n))) {
                    return true;
                }
            }
            if (m.matches(file)) {
                return true;
            }
        }
        return false;
    }
}

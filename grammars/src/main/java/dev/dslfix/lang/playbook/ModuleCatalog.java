package dev.dslfix.lang.playbook;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The modules the checker knows, read from {@code modules.txt} (see the format there): their
 * arguments with types, aliases, choices and requirements, and more modules known by name only.
 * Modules are found by short name ({@code apt}) and by fully qualified name
 * ({@code ansible.builtin.apt}).
 */
final class ModuleCatalog {

    enum ArgType { STR, PATH, RAW, BOOL, INT, FLOAT, LIST, DICT }

    record Arg(String name, ArgType type, boolean required, List<String> aliases, List<String> choices) {
    }

    /** A module's argument specification. */
    static final class Spec {
        final String name;
        final String collection;
        final boolean freeForm;
        final boolean anyKeys;
        final boolean partial;
        final Map<String, Arg> args = new LinkedHashMap<>();
        /** Every accepted name (arguments and aliases) to its argument. */
        final Map<String, Arg> byName = new LinkedHashMap<>();
        final List<List<String>> oneOf = new ArrayList<>();
        final List<List<String>> exclusive = new ArrayList<>();
        final List<String[]> requires = new ArrayList<>();

        Spec(String name, String collection, boolean freeForm, boolean anyKeys, boolean partial) {
            this.name = name;
            this.collection = collection;
            this.freeForm = freeForm;
            this.anyKeys = anyKeys;
            this.partial = partial;
        }

        String fqcn() {
            return collection + "." + name;
        }

        void add(Arg arg) {
            args.put(arg.name(), arg);
            byName.put(arg.name(), arg);
            for (String a : arg.aliases()) {
                byName.putIfAbsent(a, arg);
            }
        }
    }

    /** What a task key names: a module with or without a specification. */
    record Module(String name, String collection, Spec spec) {
    }

    private static final ModuleCatalog INSTANCE = load();

    private final Map<String, Spec> specs = new LinkedHashMap<>();
    /** Short name to collection, for every module known (with or without a specification). */
    private final Map<String, String> known = new LinkedHashMap<>();
    private final Set<String> collections = new LinkedHashSet<>();

    static ModuleCatalog get() {
        return INSTANCE;
    }

    /** The module a task key names, by short name or fully qualified name; null when unknown. */
    Module resolve(String key) {
        String collection = null;
        String shortName = key;
        int dots = (int) key.chars().filter(c -> c == '.').count();
        if (dots >= 2) {
            int second = key.indexOf('.', key.indexOf('.') + 1);
            collection = key.substring(0, second);
            shortName = key.substring(second + 1);
            if (collection.equals("ansible.legacy")) {
                collection = "ansible.builtin";
            }
        }
        String home = known.get(shortName);
        if (home == null) {
            return null;
        }
        if (collection != null && !collection.equals(home)) {
            return null;
        }
        return new Module(shortName, home, specs.get(shortName));
    }

    /** Whether {@code key} is a fully qualified name in a collection this catalogue lists completely. */
    boolean closedCollection(String collection) {
        return collection.equals("ansible.builtin") || collection.equals("ansible.legacy");
    }

    Set<String> collections() {
        return collections;
    }

    /** Every module's short name. */
    Collection<String> shortNames() {
        return known.keySet();
    }

    /** Short names of the modules of one collection. */
    List<String> namesIn(String collection) {
        List<String> out = new ArrayList<>();
        for (Map.Entry<String, String> e : known.entrySet()) {
            if (e.getValue().equals(collection)) {
                out.add(e.getKey());
            }
        }
        return out;
    }

    int specCount() {
        return specs.size();
    }

    // ------------------------------------------------------------------ loading

    private static ModuleCatalog load() {
        ModuleCatalog catalog = new ModuleCatalog();
        try (InputStream in = ModuleCatalog.class.getResourceAsStream("modules.txt")) {
            if (in == null) {
                throw new IllegalStateException("modules.txt is missing from the class path");
            }
            catalog.read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return catalog;
    }

    private void read(BufferedReader reader) throws IOException {
        Map<String, List<Arg>> groups = new LinkedHashMap<>();
        List<Arg> group = null;
        Spec spec = null;
        String line;
        int n = 0;
        while ((line = reader.readLine()) != null) {
            n++;
            String t = line.strip();
            if (t.isEmpty() || t.startsWith("#")) {
                continue;
            }
            String[] w = t.split("\\s+");
            switch (w[0]) {
                case "@group" -> {
                    group = new ArrayList<>();
                    groups.put(w[1], group);
                    spec = null;
                }
                case "@module" -> {
                    Set<String> flags = new LinkedHashSet<>(Arrays.asList(w).subList(3, w.length));
                    spec = new Spec(w[1], w[2], flags.contains("free-form"), flags.contains("any-keys"), flags.contains("partial"));
                    specs.put(spec.name, spec);
                    known.put(spec.name, spec.collection);
                    collections.add(spec.collection);
                    group = null;
                }
                case "@known" -> {
                    for (int i = 2; i < w.length; i++) {
                        known.putIfAbsent(w[i], w[1]);
                    }
                    collections.add(w[1]);
                    spec = null;
                    group = null;
                }
                case "@use" -> {
                    List<Arg> shared = groups.get(w[1]);
                    if (spec == null || shared == null) {
                        throw new IllegalStateException("modules.txt:" + n + ": 'use' outside a module or unknown group");
                    }
                    shared.forEach(spec::add);
                }
                case "@one-of" -> require(spec, n).oneOf.add(List.of(w[1].split(",")));
                case "@exclusive" -> require(spec, n).exclusive.add(List.of(w[1].split(",")));
                case "@requires" -> require(spec, n).requires.add(w[1].split(":"));
                default -> {
                    Arg arg = arg(w, n);
                    if (group != null) {
                        group.add(arg);
                    } else {
                        require(spec, n).add(arg);
                    }
                }
            }
        }
    }

    private static Spec require(Spec spec, int line) {
        if (spec == null) {
            throw new IllegalStateException("modules.txt:" + line + ": outside a module");
        }
        return spec;
    }

    private static Arg arg(String[] w, int line) {
        if (w.length < 2) {
            throw new IllegalStateException("modules.txt:" + line + ": an argument needs a type");
        }
        ArgType type = ArgType.valueOf(w[1].toUpperCase(java.util.Locale.ROOT));
        boolean required = false;
        List<String> aliases = List.of();
        List<String> choices = List.of();
        for (int i = 2; i < w.length; i++) {
            if (w[i].equals("required")) {
                required = true;
            } else if (w[i].startsWith("aliases=")) {
                aliases = List.of(w[i].substring("aliases=".length()).split(","));
            } else if (w[i].startsWith("choices=")) {
                choices = List.of(w[i].substring("choices=".length()).split(","));
            } else {
                throw new IllegalStateException("modules.txt:" + line + ": unknown attribute " + w[i]);
            }
        }
        return new Arg(w[0], type, required, aliases, choices);
    }
}

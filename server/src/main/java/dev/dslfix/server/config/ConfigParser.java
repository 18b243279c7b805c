package dev.dslfix.server.config;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import dev.dslfix.lang.LanguageOptions;
import dev.dslfix.lang.runtime.GrammarSpec;
import dev.dslfix.server.repair.Aggressiveness;
import dev.dslfix.server.repair.RepairOptions;
import dev.dslfix.server.model.ModelSettings;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the configuration object:
 * <pre>{@code
 * {
 *   "languages": [ { "id": "calc", "grammar": ["grammars/Calc.g4"], "start": "program",
 *                    "extensions": [".calc"] } ],
 *   "sql": { "schemaFiles": ["schema/*.sql"], "functions": ["my_udf"] },
 *   "diagnostics": { "debounceMs": 150 },
 *   "repair": { "aggressiveness": "balanced", "top": 5, "budgetMs": 5000 },
 *   "model": { "device": "auto", "dir": "path/with/one/folder/per/language", "enabled": true },
 *   "maxDocumentChars": 16777216
 * }
 * }</pre>
 * Unknown keys are ignored (newer clients may send more); wrong types are errors that name the key.
 */
public final class ConfigParser {
    private ConfigParser() {
    }

    /** {@code dslfix.json} in {@code dir} or the nearest parent that has one. */
    public static Optional<Path> find(Path dir) {
        for (Path d = dir.toAbsolutePath().normalize(); d != null; d = d.getParent()) {
            Path candidate = d.resolve(DslfixConfig.FILE_NAME);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    public static DslfixConfig read(Path file) throws ConfigException {
        return parse(readObject(file), file.toAbsolutePath().getParent(), file.toString());
    }

    /** The configuration file's JSON object (comments and trailing commas tolerated). */
    public static JsonObject readObject(Path file) throws ConfigException {
        String text;
        try {
            text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(file + ": cannot read: " + e.getMessage());
        }
        JsonElement root;
        try {
            JsonReader reader = new JsonReader(new StringReader(text));
            reader.setStrictness(Strictness.LENIENT);
            root = JsonParser.parseReader(reader);
        } catch (JsonParseException e) {
            throw new ConfigException(file + ": not valid JSON: " + rootMessage(e));
        }
        if (!root.isJsonObject()) {
            throw new ConfigException(file + ": the configuration must be a JSON object");
        }
        return root.getAsJsonObject();
    }

    /**
     * {@code base} with {@code override} merged in: objects merge key by key (so setting only
     * {@code repair.top} keeps the file's {@code repair.budgetMs}); other values replace.
     */
    public static JsonObject merge(JsonObject base, JsonObject override) {
        JsonObject out = base.deepCopy();
        for (Map.Entry<String, JsonElement> e : override.entrySet()) {
            JsonElement mine = out.get(e.getKey());
            if (mine != null && mine.isJsonObject() && e.getValue().isJsonObject()) {
                out.add(e.getKey(), merge(mine.getAsJsonObject(), e.getValue().getAsJsonObject()));
            } else {
                out.add(e.getKey(), e.getValue().deepCopy());
            }
        }
        return out;
    }

    /** Parses a configuration object; {@code origin} names it in messages. */
    public static DslfixConfig parse(JsonObject root, Path baseDir, String origin) throws ConfigException {
        List<GrammarSpec> grammars = new ArrayList<>();
        Map<String, LanguageOptions> options = new LinkedHashMap<>();
        int debounce = DslfixConfig.DEFAULT_DEBOUNCE_MILLIS;
        int maxChars = DslfixConfig.DEFAULT_MAX_DOCUMENT_CHARS;
        RepairOptions repair = RepairOptions.DEFAULT;
        ModelSettings model = ModelSettings.DEFAULT;
        for (Map.Entry<String, JsonElement> e : root.entrySet()) {
            String key = e.getKey();
            JsonElement value = e.getValue();
            switch (key) {
                case "languages" -> {
                    if (!value.isJsonArray()) {
                        throw new ConfigException(origin + ": \"languages\" must be a list");
                    }
                    int i = 0;
                    for (JsonElement item : value.getAsJsonArray()) {
                        grammars.add(grammar(item, baseDir, origin + ": languages[" + i++ + "]"));
                    }
                }
                case "diagnostics" -> {
                    JsonObject d = object(value, origin + ": \"diagnostics\"");
                    if (d.has("debounceMs")) {
                        debounce = integer(d.get("debounceMs"), origin + ": diagnostics.debounceMs", 0, 10_000);
                    }
                }
                case "maxDocumentChars" -> maxChars = integer(value, origin + ": maxDocumentChars", 1, Integer.MAX_VALUE);
                case "repair" -> repair = repair(object(value, origin + ": \"repair\""), origin);
                case "model" -> model = model(object(value, origin + ": \"model\""), baseDir, origin);
                case "server", "java", "trace" -> {
                    // editor-side settings some clients send along; not the server's
                }
                default -> {
                    if (value.isJsonObject()) {
                        options.put(key, new LanguageOptions(baseDir, plain(value.getAsJsonObject())));
                    }
                }
            }
        }
        return new DslfixConfig(baseDir, grammars, options, debounce, maxChars, repair, model);
    }

    private static ModelSettings model(JsonObject o, Path baseDir, String origin) throws ConfigException {
        String device = o.has("device") ? o.get("device").getAsString() : "auto";
        if (!device.equals("auto") && !device.equals("cpu") && !device.equals("gpu")) {
            throw new ConfigException(origin + ": model.device must be auto, cpu or gpu");
        }
        Path dir = o.has("dir") ? baseDir.resolve(o.get("dir").getAsString()).normalize() : null;
        boolean enabled = !o.has("enabled") || o.get("enabled").getAsBoolean();
        return new ModelSettings(device, dir, enabled);
    }

    private static RepairOptions repair(JsonObject o, String origin) throws ConfigException {
        RepairOptions r = RepairOptions.DEFAULT;
        if (o.has("top")) {
            r = r.withTop(integer(o.get("top"), origin + ": repair.top", 1, 50));
        }
        if (o.has("aggressiveness")) {
            try {
                r = r.with(Aggressiveness.parse(o.get("aggressiveness").getAsString()));
            } catch (RuntimeException e) {
                throw new ConfigException(origin + ": repair.aggressiveness must be minimal, balanced or thorough");
            }
        }
        if (o.has("budgetMs")) {
            r = new RepairOptions(r.top(), r.aggressiveness(), integer(o.get("budgetMs"), origin + ": repair.budgetMs", 10, 600_000), r.includeFailing());
        }
        return r;
    }

    private static GrammarSpec grammar(JsonElement item, Path baseDir, String where) throws ConfigException {
        JsonObject o = object(item, where);
        List<String> files = strings(o.get("grammar"), where + ".grammar");
        if (files.isEmpty()) {
            throw new ConfigException(where + ": \"grammar\" names no .g4 file");
        }
        if (!o.has("start") || !o.get("start").isJsonPrimitive()) {
            throw new ConfigException(where + ": \"start\" (the start rule) is required");
        }
        List<String> extensions = strings(o.get("extensions"), where + ".extensions");
        String id = o.has("id") && o.get("id").isJsonPrimitive() ? o.get("id").getAsString() : null;
        return new GrammarSpec(id, files.stream().map(baseDir::resolve).map(Path::normalize).toList(),
                o.get("start").getAsString(), extensions);
    }

    private static JsonObject object(JsonElement e, String where) throws ConfigException {
        if (e == null || !e.isJsonObject()) {
            throw new ConfigException(where + " must be an object");
        }
        return e.getAsJsonObject();
    }

    private static int integer(JsonElement e, String where, int min, int max) throws ConfigException {
        try {
            int v = e.getAsInt();
            if (v < min || v > max) {
                throw new ConfigException(where + " must be between " + min + " and " + max);
            }
            return v;
        } catch (RuntimeException ex) {
            throw new ConfigException(where + " must be a number");
        }
    }

    private static List<String> strings(JsonElement e, String where) throws ConfigException {
        if (e == null || e.isJsonNull()) {
            return List.of();
        }
        if (e.isJsonPrimitive()) {
            return List.of(e.getAsString());
        }
        if (e.isJsonArray()) {
            List<String> out = new ArrayList<>();
            for (JsonElement x : e.getAsJsonArray()) {
                if (!x.isJsonPrimitive()) {
                    throw new ConfigException(where + " must be a list of strings");
                }
                out.add(x.getAsString());
            }
            return out;
        }
        throw new ConfigException(where + " must be a string or a list of strings");
    }

    /** JSON as plain Java values: maps, lists, strings, numbers, booleans. */
    static Map<String, Object> plain(JsonObject o) {
        Map<String, Object> out = new LinkedHashMap<>();
        o.entrySet().forEach(e -> out.put(e.getKey(), plainValue(e.getValue())));
        return out;
    }

    private static Object plainValue(JsonElement e) {
        if (e.isJsonObject()) {
            return plain(e.getAsJsonObject());
        }
        if (e.isJsonArray()) {
            List<Object> list = new ArrayList<>();
            for (JsonElement x : (JsonArray) e) {
                list.add(plainValue(x));
            }
            return list;
        }
        if (e.isJsonPrimitive()) {
            JsonPrimitive p = e.getAsJsonPrimitive();
            if (p.isBoolean()) {
                return p.getAsBoolean();
            }
            if (p.isNumber()) {
                return p.getAsNumber();
            }
            return p.getAsString();
        }
        return "";
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getMessage();
    }
}

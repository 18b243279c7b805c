package dev.dslfix.server.lsp;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.lsp4j.WorkspaceEdit;

/**
 * Edits of offered code actions, kept on the server until the client resolves one (the jdt.ls
 * pattern): the action list stays small, and the key in its data is opaque to the client.
 * Bounded: the oldest entries go first.
 */
final class ActionStore {
    record Entry(String uri, int version, WorkspaceEdit edit) {
    }

    private final Map<String, Entry> entries;

    ActionStore(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Stores the entry and returns the action data that names it. */
    synchronized JsonElement put(Entry entry) {
        String key = UUID.randomUUID().toString();
        entries.put(key, entry);
        return CodeActionProvider.dataFor(key);
    }

    synchronized Optional<Entry> get(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    /** The key in an action's data, if the data is ours. */
    static Optional<String> key(Object data) {
        if (data instanceof JsonObject o && o.has("dslfix") && o.get("dslfix").isJsonPrimitive()) {
            return Optional.of(o.get("dslfix").getAsString());
        }
        return Optional.empty();
    }
}

package dev.dslfix.lang.sql;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** Tables and views by name, as declared in a script and in the configured schema files. */
final class Schema {
    private final Map<String, Table> relations = new LinkedHashMap<>();

    Optional<Table> find(String rawName) {
        return Optional.ofNullable(relations.get(SqlNames.key(rawName)));
    }

    boolean contains(String rawName) {
        return relations.containsKey(SqlNames.key(rawName));
    }

    void put(Table table) {
        relations.put(SqlNames.key(table.name()), table);
    }

    void remove(String rawName) {
        relations.remove(SqlNames.key(rawName));
    }

    void forEachName(java.util.function.Consumer<String> action) {
        relations.values().forEach(t -> action.accept(t.name()));
    }

    /** Adds everything from {@code other} that this schema does not define itself. */
    void addMissing(Schema other) {
        other.relations.forEach(relations::putIfAbsent);
    }
}

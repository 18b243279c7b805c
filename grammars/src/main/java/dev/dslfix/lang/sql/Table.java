package dev.dslfix.lang.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A relation the checker knows: a table, view, CTE, derived table or table function.
 * An opaque relation has columns the checker cannot know; any column name resolves against it.
 */
final class Table {
    enum Kind { TABLE, VIEW, CTE, DERIVED, FUNCTION, BUILTIN }

    private final String name;
    private final Kind kind;
    private final List<Column> columns;
    private final boolean opaque;
    private final boolean hasRowid;

    Table(String name, Kind kind, List<Column> columns, boolean opaque, boolean hasRowid) {
        this.name = name;
        this.kind = kind;
        this.columns = new ArrayList<>(columns);
        this.opaque = opaque;
        this.hasRowid = hasRowid;
    }

    static Table opaque(String name, Kind kind) {
        return new Table(name, kind, List.of(), true, true);
    }

    String name() {
        return name;
    }

    Kind kind() {
        return kind;
    }

    List<Column> columns() {
        return columns;
    }

    boolean isOpaque() {
        return opaque;
    }

    void addColumn(Column column) {
        columns.add(column);
    }

    Optional<Column> column(String rawName) {
        String key = SqlNames.key(rawName);
        for (Column c : columns) {
            if (SqlNames.key(c.name()).equals(key)) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** True when the name is a column, the rowid alias of a rowid table, or could be (opaque). */
    boolean hasColumn(String rawName) {
        if (opaque || column(rawName).isPresent()) {
            return true;
        }
        String key = SqlNames.key(rawName);
        return hasRowid && kind == Kind.TABLE && (key.equals("rowid") || key.equals("oid") || key.equals("_rowid_"));
    }

    Table copyNamed(String newName) {
        return new Table(newName, kind, columns, opaque, hasRowid);
    }
}

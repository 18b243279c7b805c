package dev.dslfix.lang.sql;

import java.util.Locale;

/** A column of a table or view; {@code declaredType} is empty when none was given or it is unknown. */
record Column(String name, String declaredType, boolean generated) {

    /** SQLite's type affinity of the declared type (section 3.1 of its datatype rules). */
    Affinity affinity() {
        String t = declaredType.toUpperCase(Locale.ROOT);
        if (t.isEmpty()) {
            return Affinity.NONE;
        }
        if (t.contains("INT")) {
            return Affinity.INTEGER;
        }
        if (t.contains("CHAR") || t.contains("CLOB") || t.contains("TEXT")) {
            return Affinity.TEXT;
        }
        if (t.contains("BLOB")) {
            return Affinity.NONE;
        }
        if (t.contains("REAL") || t.contains("FLOA") || t.contains("DOUB")) {
            return Affinity.REAL;
        }
        return Affinity.NUMERIC;
    }

    /**
     * Whether a text literal that does not look like a number is a mistake here. Date and time
     * types have NUMERIC affinity in SQLite but hold text in practice, so they accept text.
     */
    boolean rejectsText() {
        String t = declaredType.toUpperCase(Locale.ROOT);
        return switch (affinity()) {
            case INTEGER, REAL -> true;
            case NUMERIC -> !(t.contains("DATE") || t.contains("TIME") || t.contains("YEAR") || t.contains("JSON"));
            default -> false;
        };
    }

    enum Affinity { INTEGER, REAL, NUMERIC, TEXT, NONE }
}

package dev.dslfix.models.slm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The edit tags the model predicts per token, GECToR-style: keep it, delete it, replace it with
 * a fixed token of the grammar, insert a fixed token before it, or replace it / insert before it
 * a token copied from elsewhere in the window (names and literals, chosen by the pointer head).
 */
public final class Tags {
    public static final int KEEP = 0;
    public static final int DELETE = 1;
    public static final int REPLACE_COPY = 2;
    public static final int INSERT_COPY = 3;
    static final int FIXED = 4;

    private final List<String> literals;
    private final Map<String, Integer> index = new HashMap<>();

    /** @param literals the grammar's fixed tokens, in a stable order */
    public Tags(List<String> literals) {
        this.literals = List.copyOf(literals);
        for (int i = 0; i < this.literals.size(); i++) {
            index.putIfAbsent(this.literals.get(i).toUpperCase(java.util.Locale.ROOT), i);
        }
    }

    /** These tags plus fixed tokens they lack, appended: the old tags keep their ids. */
    public Tags extendedWith(List<String> more) {
        List<String> all = new ArrayList<>(literals);
        for (String l : more) {
            if (literalIndex(l) < 0 && all.stream().noneMatch(x -> x.equalsIgnoreCase(l))) {
                all.add(l);
            }
        }
        return new Tags(all);
    }

    public int size() {
        return FIXED + 2 * literals.size();
    }

    public List<String> literals() {
        return Collections.unmodifiableList(literals);
    }

    public int replace(int literal) {
        return FIXED + 2 * literal;
    }

    public int insert(int literal) {
        return FIXED + 2 * literal + 1;
    }

    /** Index of a fixed token text (case-insensitive), or -1. */
    public int literalIndex(String text) {
        return index.getOrDefault(text.toUpperCase(java.util.Locale.ROOT), -1);
    }

    public boolean isReplace(int tag) {
        return tag >= FIXED && (tag - FIXED) % 2 == 0;
    }

    public boolean isInsert(int tag) {
        return tag >= FIXED && (tag - FIXED) % 2 == 1;
    }

    public String literalOf(int tag) {
        return literals.get((tag - FIXED) / 2);
    }

    public String name(int tag) {
        return switch (tag) {
            case KEEP -> "KEEP";
            case DELETE -> "DELETE";
            case REPLACE_COPY -> "REPLACE_COPY";
            case INSERT_COPY -> "INSERT_COPY";
            default -> (isReplace(tag) ? "REPLACE " : "INSERT ") + literalOf(tag);
        };
    }

    public List<String> names() {
        List<String> out = new ArrayList<>();
        for (int t = 0; t < size(); t++) {
            out.add(name(t));
        }
        return out;
    }
}

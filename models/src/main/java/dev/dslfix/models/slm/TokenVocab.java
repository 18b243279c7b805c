package dev.dslfix.models.slm;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How tokens enter the model: by their grammar type (SELECT, COMMA, IDENTIFIER, ...) and, for
 * names and literals, by a hash bucket of their text, so that the model sees which names repeat.
 */
public final class TokenVocab {
    public static final int PAD = 0;
    public static final int UNKNOWN = 1;
    public static final int END = 2;
    private static final int FIRST = 3;

    private final List<String> types;
    private final Map<String, Integer> index = new HashMap<>();
    private final int buckets;

    public TokenVocab(List<String> typeNames, int buckets) {
        this.types = List.copyOf(typeNames);
        for (int i = 0; i < types.size(); i++) {
            index.put(types.get(i), FIRST + i);
        }
        this.buckets = buckets;
    }

    public int typeCount() {
        return FIRST + types.size();
    }

    public List<String> types() {
        return types;
    }

    public int typeId(String typeName) {
        return index.getOrDefault(typeName, UNKNOWN);
    }

    /** Bucket 0 is "no name"; fixed tokens (keywords, punctuation) have none. */
    public int nameId(String text, boolean fixed) {
        if (fixed) {
            return 0;
        }
        int h = text.toLowerCase(Locale.ROOT).hashCode();
        return 1 + Math.floorMod(h * 0x9E3779B1, buckets - 1);
    }

    public static List<String> typeNamesOf(Iterable<String> seen) {
        List<String> out = new ArrayList<>();
        for (String s : seen) {
            if (!out.contains(s)) {
                out.add(s);
            }
        }
        return out;
    }
}

package dev.dslfix.models.slm;

import dev.dslfix.lang.LexToken;
import dev.dslfix.models.corrupt.TokenClass;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How tokens enter the model, and for names and literals also a hash bucket of their text, so
 * that the model sees which names repeat. Two schemes:
 * <ul>
 * <li>per language: a token is its grammar type (SELECT, COMMA, IDENTIFIER, ...);</li>
 * <li>shared (a model for several languages, or one to adapt to a new one): a fixed token is its
 * upper-cased text ({@code 'SELECT'}, {@code '('}, {@code 'FI'}), so the same word means the same
 * thing in every grammar, and any other token is its {@link TokenClass} ({@code <IDENTIFIER>},
 * {@code <STRING>}). A fixed token the vocabulary has never seen falls back to its class.</li>
 * </ul>
 */
public final class TokenVocab {
    public static final int PAD = 0;
    public static final int UNKNOWN = 1;
    public static final int END = 2;
    private static final int FIRST = 3;

    private final List<String> keys;
    private final Map<String, Integer> index = new HashMap<>();
    private final int buckets;
    private final boolean shared;

    public TokenVocab(List<String> keys, int buckets, boolean shared) {
        this.keys = List.copyOf(keys);
        for (int i = 0; i < this.keys.size(); i++) {
            index.put(this.keys.get(i), FIRST + i);
        }
        this.buckets = buckets;
        this.shared = shared;
    }

    public int typeCount() {
        return FIRST + keys.size();
    }

    /** The keys in id order (grammar type names, or shared keys). */
    public List<String> types() {
        return keys;
    }

    public boolean shared() {
        return shared;
    }

    /** The input id of a token; {@code fixed}: it is one of the language's fixed tokens. */
    public int typeId(LexToken t, boolean fixed) {
        if (!shared) {
            return index.getOrDefault(t.typeName(), UNKNOWN);
        }
        if (fixed) {
            Integer id = index.get(literalKey(t.text()));
            if (id != null) {
                return id;
            }
        }
        return classId(t);
    }

    /** The id of a token's class (shared scheme): what an unseen keyword looks like to the model. */
    public int classId(LexToken t) {
        return shared ? index.getOrDefault(classKey(t), UNKNOWN) : index.getOrDefault(t.typeName(), UNKNOWN);
    }

    /** Bucket 0 is "no name"; fixed tokens (keywords, punctuation) have none. */
    public int nameId(String text, boolean fixed) {
        if (fixed) {
            return 0;
        }
        int h = text.toLowerCase(Locale.ROOT).hashCode();
        return 1 + Math.floorMod(h * 0x9E3779B1, buckets - 1);
    }

    /** The keys a token adds to a vocabulary being built (a fixed token: its text and its class). */
    public static List<String> keysOf(LexToken t, boolean fixed, boolean shared) {
        if (!shared) {
            return List.of(t.typeName());
        }
        return fixed ? List.of(literalKey(t.text()), classKey(t)) : List.of(classKey(t));
    }

    /** This vocabulary plus the keys it lacks; ids of the old keys stay as they were. */
    public TokenVocab extendedWith(Iterable<String> more) {
        List<String> all = new ArrayList<>(keys);
        for (String k : more) {
            if (!index.containsKey(k) && !all.contains(k)) {
                all.add(k);
            }
        }
        return new TokenVocab(all, buckets, shared);
    }

    static String literalKey(String text) {
        return "'" + Literals.key(text) + "'";
    }

    static String classKey(LexToken t) {
        return "<" + TokenClass.of(t) + ">";
    }
}

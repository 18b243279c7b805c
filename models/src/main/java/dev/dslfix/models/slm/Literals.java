package dev.dslfix.models.slm;

import dev.dslfix.lang.Language;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * One language's fixed tokens (keywords, punctuation), matched without regard to case. A model
 * whose vocabulary is shared by several languages knows more fixed tokens than any one of them:
 * this says which are real in the language at hand, and how the language spells them.
 */
public final class Literals {
    private final Map<String, String> spelling = new HashMap<>();

    public Literals(List<String> fixedTokens) {
        for (String t : fixedTokens) {
            spelling.putIfAbsent(key(t), t);
        }
    }

    public static Literals of(Language language) {
        return new Literals(language.literalTokens());
    }

    public boolean contains(String text) {
        return spelling.containsKey(key(text));
    }

    /** The language's own spelling of a fixed token ({@code select} for SELECT), or null. */
    public String spell(String text) {
        return spelling.get(key(text));
    }

    static String key(String text) {
        return text.toUpperCase(Locale.ROOT);
    }
}

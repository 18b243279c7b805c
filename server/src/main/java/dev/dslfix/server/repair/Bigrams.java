package dev.dslfix.server.repair;

import dev.dslfix.lang.LexToken;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which token types follow which in the document being repaired: a tiny language model of the
 * author's own code. An inserted token that forms pairs the document never has is less likely.
 * Types, not texts: names are mostly unique, their kinds are not.
 */
final class Bigrams {
    private final Set<String> pairs = new HashSet<>();

    Bigrams(List<LexToken> visible) {
        for (int k = 1; k < visible.size(); k++) {
            pairs.add(key(visible.get(k - 1).typeName(), visible.get(k).typeName()));
        }
    }

    /** 0.4 when neither pair with the neighbours occurs, -0.2 when both do, else 0. */
    double surprise(LexToken before, String insertedType, LexToken after) {
        boolean left = before == null || pairs.contains(key(before.typeName(), insertedType));
        boolean right = after == null || pairs.contains(key(insertedType, after.typeName()));
        return left && right ? -0.2 : !left && !right ? 0.4 : 0;
    }

    private static String key(String a, String b) {
        return a.toUpperCase(Locale.ROOT) + "\u0000" + b.toUpperCase(Locale.ROOT);
    }
}

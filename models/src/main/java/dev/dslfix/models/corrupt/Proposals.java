package dev.dslfix.models.corrupt;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/** Ordering helpers for proposals: seeded shuffles and a weighted preference between two pools. */
final class Proposals {
    private Proposals() {
    }

    static <T> List<T> shuffled(Collection<T> items, Random rnd) {
        List<T> list = new ArrayList<>(items);
        Collections.shuffle(list, rnd);
        return list;
    }

    /** Both pools shuffled and interleaved, taking from {@code preferred} with probability p. */
    static <T> List<T> preferring(Collection<T> preferred, Collection<T> others, double p, Random rnd) {
        List<T> a = shuffled(preferred, rnd);
        List<T> b = shuffled(others, rnd);
        List<T> out = new ArrayList<>(a.size() + b.size());
        int i = 0;
        int j = 0;
        while (i < a.size() || j < b.size()) {
            boolean takeA = j >= b.size() || (i < a.size() && rnd.nextDouble() < p);
            out.add(takeA ? a.get(i++) : b.get(j++));
        }
        return out;
    }
}

package dev.dslfix.lang.similarity;

/**
 * A multiset of 64-bit hashes: an open-addressing table of counts, built in linear time without
 * boxing or sorting. Keys are already well mixed, and {@link Hashes#NONE} (0) marks an empty slot.
 */
final class HashMultiset {
    private final long[] keys;
    private final int[] counts;
    private final int mask;
    /** Number of elements, repeats included. */
    final int size;

    private HashMultiset(int capacity, int size) {
        this.keys = new long[capacity];
        this.counts = new int[capacity];
        this.mask = capacity - 1;
        this.size = size;
    }

    /** The first {@code length} values (none of them {@link Hashes#NONE}). */
    static HashMultiset of(long[] values, int length) {
        // Load factor at most 1/2 keeps linear probing short.
        int capacity = Integer.highestOneBit(Math.max(1, length) * 2 - 1) << 1;
        HashMultiset set = new HashMultiset(Math.max(2, capacity), length);
        for (int i = 0; i < length; i++) {
            set.add(values[i]);
        }
        return set;
    }

    private void add(long key) {
        int i = (int) key & mask;
        while (keys[i] != Hashes.NONE && keys[i] != key) {
            i = (i + 1) & mask;
        }
        keys[i] = key;
        counts[i]++;
    }

    int count(long key) {
        int i = (int) key & mask;
        while (keys[i] != Hashes.NONE) {
            if (keys[i] == key) {
                return counts[i];
            }
            i = (i + 1) & mask;
        }
        return 0;
    }

    /** |A &cap; B| for multisets: the sum over common elements of the smaller count. */
    static int intersection(HashMultiset a, HashMultiset b) {
        HashMultiset small = a.keys.length <= b.keys.length ? a : b;
        HashMultiset large = small == a ? b : a;
        int common = 0;
        for (int i = 0; i < small.keys.length; i++) {
            if (small.keys[i] != Hashes.NONE) {
                common += Math.min(small.counts[i], large.count(small.keys[i]));
            }
        }
        return common;
    }

    /** Dice coefficient 2|A &cap; B| / (|A| + |B|); two empty multisets are equal (1.0). */
    static double dice(HashMultiset a, HashMultiset b) {
        int total = a.size + b.size;
        return total == 0 ? 1.0 : 2.0 * intersection(a, b) / total;
    }
}

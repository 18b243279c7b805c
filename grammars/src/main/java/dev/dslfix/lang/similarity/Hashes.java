package dev.dslfix.lang.similarity;

/** 64-bit hashing for token texts, n-grams and subtrees. 0 is reserved for "nothing to hash". */
final class Hashes {
    static final long NONE = 0L;

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;
    private static final long STEP = 0x9E3779B97F4A7C15L;

    private Hashes() {
    }

    /** FNV-1a over the UTF-16 units, then mixed so that similar texts spread apart. */
    static long ofText(String text) {
        long h = FNV_OFFSET;
        for (int i = 0; i < text.length(); i++) {
            h ^= text.charAt(i);
            h *= FNV_PRIME;
        }
        return nonZero(mix(h));
    }

    /** Starting value of a rule node's hash; distinct from any text hash only with high probability, which is enough. */
    static long ofRule(int ruleIndex) {
        return mix(0x5bd1e9955bd1e995L + ruleIndex);
    }

    /** Order-sensitive combination: append {@code next} to the sequence hashed so far. */
    static long append(long acc, long next) {
        return nonZero(mix(acc * STEP + next));
    }

    /** The splitmix64 finaliser. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }

    private static long nonZero(long h) {
        return h == NONE ? 1L : h;
    }
}

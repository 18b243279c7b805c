package dev.dslfix.models.corrupt;

import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/**
 * The train/eval split of source programs, decided by a stable hash of the file name alone, so it
 * is the same on every machine, in every run and whatever directory the file is read from. About
 * {@value #EVAL_PERCENT}% of programs are eval. Eval programs, and every corruption made from
 * them, never enter training (neither supervised nor RL): training code must filter sources with
 * {@link #isTrain} before generating anything, and evaluation uses only {@link #isEval} sources.
 * Splitting by source program rather than by corruption keeps near-duplicates of an eval program
 * out of training.
 */
public final class DataSplit {
    public static final int EVAL_PERCENT = 40;

    private DataSplit() {
    }

    /** True for eval programs. {@code sourceName} may be a bare name or a path; only the name counts. */
    public static boolean isEval(String sourceName) {
        return bucket(sourceName) < EVAL_PERCENT;
    }

    public static boolean isTrain(String sourceName) {
        return !isEval(sourceName);
    }

    /** CRC32 of the UTF-8 file name, 0..99. */
    static int bucket(String sourceName) {
        CRC32 crc = new CRC32();
        crc.update(fileName(sourceName).getBytes(StandardCharsets.UTF_8));
        return (int) (crc.getValue() % 100);
    }

    static String fileName(String sourceName) {
        int slash = Math.max(sourceName.lastIndexOf('/'), sourceName.lastIndexOf('\\'));
        return sourceName.substring(slash + 1);
    }
}

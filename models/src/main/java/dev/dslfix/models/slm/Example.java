package dev.dslfix.models.slm;

/**
 * One training or inference window: per position the token type, name bucket, checker flag
 * (0 nothing, 1 inside an error the checker reports, 2 where parsing first fails) and validity;
 * for training also the gold tag (-1: no loss) and the gold copy source (-1: none).
 *
 * @param start index of the window's first token in the document's model tokens
 */
public record Example(int[] types, int[] names, int[] flags, float[] mask, int[] tags, int[] pointers, int start) {
}

package dev.dslfix.models.slm;

/**
 * Size and training settings of a repair model. The defaults give about 1.3 M parameters
 * (5 MB of float32 weights) and train in minutes on two CPU cores.
 *
 * @param dim         width of token vectors
 * @param layers      transformer blocks
 * @param heads       attention heads per block
 * @param ffn         width of each block's feed-forward layer
 * @param window      tokens the model sees at once (plus one end-of-window position)
 * @param nameBuckets hash buckets that tell names apart (two names rarely share one)
 */
public record SlmConfig(int dim, int layers, int heads, int ffn, int window, int nameBuckets) {

    public static final SlmConfig DEFAULT = new SlmConfig(128, 4, 4, 384, 48, 2048);
    /** For tests: trains in seconds. */
    public static final SlmConfig TINY = new SlmConfig(32, 1, 2, 64, 32, 256);

    public SlmConfig {
        if (dim % heads != 0) {
            throw new IllegalArgumentException("dim must be a multiple of heads");
        }
    }

    /** Positions per example: the window and the end position where text can be appended. */
    public int positions() {
        return window + 1;
    }
}

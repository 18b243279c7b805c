package dev.dslfix.lang;

/** Thrown out of an analysis whose {@link Cancellation} fired; callers drop the result. */
public final class CancelledException extends RuntimeException {
    public CancelledException() {
        super("analysis cancelled", null, false, false);
    }
}

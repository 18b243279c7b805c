package dev.dslfix.lang;

/** Asked by long computations between steps; when it says yes they throw {@link CancelledException}. */
@FunctionalInterface
public interface Cancellation {
    Cancellation NONE = () -> false;

    boolean isCancelled();

    default void check() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }
}

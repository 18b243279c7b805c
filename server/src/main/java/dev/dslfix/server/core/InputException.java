package dev.dslfix.server.core;

/** Input that cannot be checked at all (missing, binary, too large); the message says which and why. */
public final class InputException extends Exception {
    public InputException(String message) {
        super(message);
    }
}

package dev.dslfix.server.cli;

/** Bad usage or input: the command prints the message and exits with code 2. */
final class UsageException extends Exception {
    UsageException(String message) {
        super(message);
    }
}

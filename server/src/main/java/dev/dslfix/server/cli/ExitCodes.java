package dev.dslfix.server.cli;

/** Exit codes of every command (DESIGN.md). */
final class ExitCodes {
    /** Clean, or a verified repair was found. */
    static final int OK = 0;
    /** Errors remain (check) or no verified repair (repair). */
    static final int FINDINGS = 1;
    /** Bad usage or input. */
    static final int USAGE = 2;

    private ExitCodes() {
    }
}

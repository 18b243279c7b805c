package dev.dslfix.lang.runtime;

/** An error (or warning) in a grammar file, at a 1-based line and 0-based column (0/0 if unknown). */
public record GrammarProblem(String file, int line, int column, boolean error, String message) {

    /** "file:line:column: error: message", the way compilers print it. */
    public String format() {
        String where = file + (line > 0 ? ":" + line + ":" + (column + 1) : "");
        return where + ": " + (error ? "error" : "warning") + ": " + message;
    }
}

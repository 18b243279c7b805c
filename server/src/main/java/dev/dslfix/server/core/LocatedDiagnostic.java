package dev.dslfix.server.core;

import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.SourceText;

/**
 * A diagnostic with 1-based line and column numbers, as the command line and its JSON show them.
 * Columns count UTF-16 code units (SARIF's default column kind); {@code endColumn} is exclusive.
 */
public record LocatedDiagnostic(int line, int column, int endLine, int endColumn, String severity, String code,
                                String message) {

    public static LocatedDiagnostic of(SourceText text, Diagnostic d) {
        return new LocatedDiagnostic(text.lineOf(d.start()) + 1, text.columnOf(d.start()) + 1,
                text.lineOf(d.end()) + 1, text.columnOf(d.end()) + 1, d.severity().label(), d.code(), d.message());
    }
}

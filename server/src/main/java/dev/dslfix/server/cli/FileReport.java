package dev.dslfix.server.cli;

import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.SourceText;
import dev.dslfix.server.core.LocatedDiagnostic;
import java.util.List;

/** What checking one file produced, for the output formats. */
record FileReport(String file, String language, SourceText text, List<Diagnostic> diagnostics) {

    List<LocatedDiagnostic> located() {
        return diagnostics.stream().map(d -> LocatedDiagnostic.of(text, d)).toList();
    }

    long errors() {
        return diagnostics.stream().filter(Diagnostic::isError).count();
    }
}

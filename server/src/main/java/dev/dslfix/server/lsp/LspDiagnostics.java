package dev.dslfix.server.lsp;

import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.SourceText;
import java.util.List;
import org.eclipse.lsp4j.DiagnosticSeverity;

/** Language-layer diagnostics to LSP ones. */
final class LspDiagnostics {
    static final String SOURCE = "dslfix";

    private LspDiagnostics() {
    }

    static List<org.eclipse.lsp4j.Diagnostic> convert(String text, List<Diagnostic> diagnostics) {
        if (diagnostics.isEmpty()) {
            return List.of();
        }
        SourceText source = new SourceText(text);
        return diagnostics.stream().map(d -> convert(source, d)).toList();
    }

    static org.eclipse.lsp4j.Diagnostic convert(SourceText source, Diagnostic d) {
        org.eclipse.lsp4j.Diagnostic out = new org.eclipse.lsp4j.Diagnostic(
                TextEdits.range(source, d.start(), d.end()), d.message(), severity(d), SOURCE, d.code());
        return out;
    }

    private static DiagnosticSeverity severity(Diagnostic d) {
        return switch (d.severity()) {
            case ERROR -> DiagnosticSeverity.Error;
            case WARNING -> DiagnosticSeverity.Warning;
            case INFO -> DiagnosticSeverity.Information;
            case HINT -> DiagnosticSeverity.Hint;
        };
    }
}

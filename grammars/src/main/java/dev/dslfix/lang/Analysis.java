package dev.dslfix.lang;

import java.util.List;

/**
 * What one parse of a text tells: its tokens, tree and syntax issues, and the full checker's
 * diagnostics (syntax and static, sorted by position). Repair asks all of these about the same
 * texts, so a language that can share the parse between them does.
 */
public record Analysis(ParseResult parsed, List<Diagnostic> diagnostics) {
    public Analysis {
        diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    public boolean passes() {
        return diagnostics.stream().noneMatch(Diagnostic::isError);
    }
}

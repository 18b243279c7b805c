package dev.dslfix.lang;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One finding of a checker. {@code start} and {@code end} are UTF-16 offsets into the checked text
 * (Java string indices, which is also what LSP positions count), end exclusive.
 * {@code code} is a stable rule code such as {@code syntax} or {@code unknown-column}.
 * {@code fixes} are the checker's own fixes, best first (often none).
 */
public record Diagnostic(int start, int end, Severity severity, String code, String message, List<Fix> fixes) {

    /** Order of presentation: by position, then severity, then code. */
    public static final Comparator<Diagnostic> BY_POSITION = Comparator
            .comparingInt(Diagnostic::start)
            .thenComparingInt(Diagnostic::end)
            .thenComparing(Diagnostic::severity)
            .thenComparing(Diagnostic::code)
            .thenComparing(Diagnostic::message);

    public Diagnostic {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        fixes = List.copyOf(fixes);
    }

    public Diagnostic(int start, int end, Severity severity, String code, String message) {
        this(start, end, severity, code, message, List.of());
    }

    public Diagnostic withFixes(List<Fix> more) {
        return new Diagnostic(start, end, severity, code, message, more);
    }

    public static Diagnostic error(int start, int end, String code, String message) {
        return new Diagnostic(start, end, Severity.ERROR, code, message);
    }

    public static Diagnostic warning(int start, int end, String code, String message) {
        return new Diagnostic(start, end, Severity.WARNING, code, message);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }
}

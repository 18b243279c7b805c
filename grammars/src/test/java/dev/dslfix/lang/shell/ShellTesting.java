package dev.dslfix.lang.shell;

import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.Fix;
import dev.dslfix.lang.SourceText;
import java.util.List;

/** Diagnostics as short strings "line:column code message" (1-based), for readable assertions. */
final class ShellTesting {
    static final ShellLanguage SHELL = new ShellLanguage();

    private ShellTesting() {
    }

    static List<String> check(String text) {
        SourceText source = new SourceText(text);
        return SHELL.check(text).stream().map(d -> format(source, d)).toList();
    }

    static String format(SourceText source, Diagnostic d) {
        return (source.lineOf(d.start()) + 1) + ":" + (source.columnOf(d.start()) + 1) + " " + d.code() + " " + d.message();
    }

    static List<String> codes(String text) {
        return SHELL.check(text).stream().map(Diagnostic::code).toList();
    }

    /** The text after the first fix of the only diagnostic. */
    static String fixed(String text) {
        List<Diagnostic> d = SHELL.check(text);
        if (d.size() != 1 || d.get(0).fixes().isEmpty()) {
            throw new AssertionError("expected one diagnostic with a fix, got " + d);
        }
        return d.get(0).fixes().get(0).applyTo(text);
    }

    static Fix firstFix(String text) {
        return SHELL.check(text).get(0).fixes().get(0);
    }
}

package dev.dslfix.lang.playbook;

import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.Fix;
import dev.dslfix.lang.SourceText;
import java.util.List;

/** Diagnostics as short strings "line:column code message" (1-based), for readable assertions. */
final class PlaybookTesting {
    static final PlaybookLanguage PLAYBOOK = new PlaybookLanguage();

    private PlaybookTesting() {
    }

    static List<String> check(PlaybookLanguage language, String text) {
        SourceText source = new SourceText(text);
        return language.check(text).stream().map(d -> format(source, d)).toList();
    }

    static List<String> check(String text) {
        return check(PLAYBOOK, text);
    }

    static String format(SourceText source, Diagnostic d) {
        return (source.lineOf(d.start()) + 1) + ":" + (source.columnOf(d.start()) + 1) + " " + d.code() + " " + d.message();
    }

    static List<String> codes(String text) {
        return PLAYBOOK.check(text).stream().map(Diagnostic::code).toList();
    }

    /** The only diagnostic of the text with the given code. */
    static Diagnostic only(String text, String code) {
        List<Diagnostic> found = PLAYBOOK.check(text).stream().filter(d -> d.code().equals(code)).toList();
        if (found.size() != 1) {
            throw new AssertionError("expected one " + code + " diagnostic, got " + PLAYBOOK.check(text));
        }
        return found.get(0);
    }

    /** The text after the first fix of the first diagnostic with the given code. */
    static String fixed(String text, String code) {
        Fix fix = only(text, code).fixes().get(0);
        return fix.applyTo(text);
    }
}

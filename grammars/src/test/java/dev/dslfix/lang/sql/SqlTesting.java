package dev.dslfix.lang.sql;

import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.Language;
import dev.dslfix.lang.SourceText;
import java.util.List;

/** Diagnostics as short strings "line:column code message" (1-based), for readable assertions. */
final class SqlTesting {
    private SqlTesting() {
    }

    static List<String> check(Language language, String text) {
        SourceText source = new SourceText(text);
        return language.check(text).stream().map(d -> format(source, d)).toList();
    }

    static List<String> check(String text) {
        return check(new SqlLanguage(), text);
    }

    static String format(SourceText source, Diagnostic d) {
        return (source.lineOf(d.start()) + 1) + ":" + (source.columnOf(d.start()) + 1) + " " + d.code() + " " + d.message();
    }

    static List<String> codes(String text) {
        return new SqlLanguage().check(text).stream().map(Diagnostic::code).toList();
    }
}

package dev.dslfix.lang;

import java.util.List;

/**
 * A DSL that dslfix can check: a grammar and its static checks. Implementations are thread-safe,
 * and none of their methods throws on bad input: every problem becomes a diagnostic. The only
 * exception that may escape is {@link CancelledException}, when the caller cancelled.
 */
public interface Language {

    /** Stable id used in configuration, on the command line and in reports, e.g. {@code sql}. */
    String id();

    /** Human-readable name, e.g. "SQL (SQLite dialect)". */
    String displayName();

    /** File name suffixes this language claims, with their dot, e.g. {@code .sql}. */
    List<String> fileExtensions();

    /** Lexer tokens of the text, hidden ones included, in order. */
    List<LexToken> tokenize(String text);

    /** Parse tree and syntax errors. */
    ParseResult parse(String text, Cancellation cancel);

    /** Syntax and static diagnostics, sorted by position. */
    List<Diagnostic> check(String text, Cancellation cancel);

    default ParseResult parse(String text) {
        return parse(text, Cancellation.NONE);
    }

    default List<Diagnostic> check(String text) {
        return check(text, Cancellation.NONE);
    }
}

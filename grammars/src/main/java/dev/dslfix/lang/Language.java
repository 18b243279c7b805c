package dev.dslfix.lang;

import java.util.Arrays;
import java.util.Collections;
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

    /**
     * Whether the file is this language's beyond its extensions, by configured path patterns
     * (playbooks under {@code playbooks/*.yml}). Such a claim wins over an extension match.
     */
    default boolean claims(java.nio.file.Path file) {
        return false;
    }

    /** Lexer tokens of the text, hidden ones included, in order. */
    List<LexToken> tokenize(String text);

    /** Parse tree and syntax errors. */
    ParseResult parse(String text, Cancellation cancel);

    /** Syntax and static diagnostics, sorted by position. */
    List<Diagnostic> check(String text, Cancellation cancel);

    /**
     * The parse and the full check of a text together. This default parses twice ({@link #parse},
     * then {@link #check}); languages whose checker works on the parse tree return that one parse.
     */
    default Analysis analyze(String text, Cancellation cancel) {
        return new Analysis(parse(text, cancel), check(text, cancel));
    }

    /**
     * The first syntax error, for repair search. Implementations should be faster than
     * {@link #parse}; this default derives it from a full parse.
     */
    default SyntaxProbe probe(String text) {
        ParseResult r = parse(text);
        int visible = (int) r.tokens().stream().filter(t -> !t.hidden()).count();
        if (!r.hasErrors()) {
            return SyntaxProbe.success(visible, text.length());
        }
        SyntaxIssue first = r.issues().get(0);
        int at = first.diagnostic().start();
        int accepted = (int) r.tokens().stream().filter(t -> !t.hidden() && t.start() < at).count();
        java.util.List<SyntaxProbe.ExpectedToken> expected = new java.util.ArrayList<>();
        for (int i = 0; i < first.expectedTypes().size(); i++) {
            expected.add(new SyntaxProbe.ExpectedToken(first.expectedTypes().get(i), first.expectedNames().get(i), null));
        }
        return new SyntaxProbe(false, at, accepted, first.kind(), expected);
    }

    /**
     * Tokens the parser accepts at {@code offset} (a token boundary), given the text before it,
     * even where that text is complete. This default is approximate: the expected set where a
     * parse of the prefix fails, or nothing if the prefix parses.
     */
    default java.util.List<SyntaxProbe.ExpectedToken> expectedAt(String text, int offset) {
        SyntaxProbe p = probe(text.substring(0, Math.min(offset, text.length())));
        return p.ok() ? java.util.List.of() : p.expected();
    }

    /**
     * The text as the parser's own error recovery leaves it (ANTLR's single-token deletion and
     * insertion, then resynchronisation), for evaluation baselines; the input when unknown.
     */
    default String parserRecovery(String text) {
        return text;
    }

    /**
     * The part of the text around {@code offset} that parses on its own, such as the statement
     * it belongs to, as {start, end}; null when the language has no such unit. Repair search
     * works on this part alone, which is much cheaper than re-parsing the whole document.
     */
    default int[] independentRegion(String text, int offset) {
        return null;
    }

    /**
     * A checker for one region of a document (see {@link #independentRegion}): a language whose
     * check of the region's text alone gives the diagnostics that the check of the whole document
     * gives inside the region (offsets from the region's start), because it knows what the rest of
     * the document contributes (SQL: the tables and views it defines). Its parse of the region is
     * the document's parse of it: the same tokens, and the same subtrees directly under a root of
     * the same rule ({@link dev.dslfix.lang.similarity.RegionSimilarity} relies on it). What a
     * change of the region does to the rest of the document (a table it defines) is not checked:
     * a repair of the region is checked against the whole document before it is shown. Repair
     * works on such a region instead of the document, which on a long document is many times
     * cheaper. Empty where the language has none (the default).
     *
     * @param document the document's parse
     * @param region   {start, end} offsets in the document
     */
    default java.util.Optional<Language> regionChecker(ParseResult document, int[] region) {
        return java.util.Optional.empty();
    }

    /**
     * For a {@link #regionChecker}: whether its verdict on a text for the region is the whole
     * document's verdict on the document with the region's text replaced, given that the rest of
     * the document has no errors: neither that text nor the region's text in the document
     * changes anything the rest depends on (SQL: neither defines a table). False by default, and
     * for a language that checks whole documents.
     */
    default boolean decidesAlone(String regionText) {
        return false;
    }

    /**
     * Known rewrites near a syntax error at {@code offset}: constructs borrowed from other dialects
     * with this language's way to say them (SQL: {@code SELECT TOP 5 ...} to {@code ... LIMIT 5},
     * {@code &&} to {@code AND}). None by default.
     */
    default java.util.List<Fix> rewritesNear(String text, int offset) {
        return java.util.List.of();
    }

    /** Every fixed token text of the grammar (keywords and punctuation), for edit vocabularies. */
    default java.util.List<String> literalTokens() {
        return java.util.List.of();
    }

    /** The grammar itself, when the language is defined by one. */
    default java.util.Optional<GrammarView> grammar() {
        return java.util.Optional.empty();
    }

    /** The grammar's keywords (its word-like literal tokens, e.g. SELECT), for typo repair. */
    default java.util.Set<String> keywords() {
        return java.util.Set.of();
    }

    default ParseResult parse(String text) {
        return parse(text, Cancellation.NONE);
    }

    default List<Diagnostic> check(String text) {
        return check(text, Cancellation.NONE);
    }

    /**
     * What each token contributes when two programs of this language are compared
     * ({@link dev.dslfix.lang.similarity.Similarity}): aligned index-for-index with
     * {@code parsed.tokens()}, the token's canonical text, or null for a token that does not count.
     * The default ignores hidden tokens (whitespace, comments) and keeps the others as written;
     * languages override it to fold case, unquote names or drop what does not change meaning.
     */
    default List<String> comparableTokens(ParseResult parsed) {
        List<LexToken> tokens = parsed.tokens();
        String[] out = new String[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            LexToken t = tokens.get(i);
            out[i] = t.hidden() ? null : t.text();
        }
        return Collections.unmodifiableList(Arrays.asList(out));
    }
}

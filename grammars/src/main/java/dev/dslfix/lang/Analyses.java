package dev.dslfix.lang;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Analyses and syntax probes by text, for one repair request: the search, the model and the
 * final verification ask about the same texts, and on a long document every parse counts.
 * Confined to the request's thread; not for sharing between requests (it holds parse trees).
 */
public final class Analyses {
    private final Language language;
    private final Cancellation cancel;
    private final Map<String, Analysis> analyses = new HashMap<>();
    private final Map<String, SyntaxProbe> probes = new HashMap<>();
    private int checks;

    public Analyses(Language language, Cancellation cancel) {
        this.language = language;
        this.cancel = cancel;
    }

    public Language language() {
        return language;
    }

    public Analysis of(String text) {
        Analysis known = analyses.get(text);
        if (known == null) {
            checks++;
            known = language.analyze(text, cancel);
            analyses.put(text, known);
        }
        return known;
    }

    /** The full checker's diagnostics of the text. */
    public List<Diagnostic> check(String text) {
        return of(text).diagnostics();
    }

    public List<Diagnostic> errors(String text) {
        return of(text).errors();
    }

    public boolean passes(String text) {
        return of(text).passes();
    }

    /** {@link Language#probe}, once per text. */
    public SyntaxProbe probe(String text) {
        return probes.computeIfAbsent(text, language::probe);
    }

    /** Texts analysed so far (each once). */
    public int checks() {
        return checks;
    }
}

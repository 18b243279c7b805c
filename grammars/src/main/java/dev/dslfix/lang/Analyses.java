package dev.dslfix.lang;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Analyses and syntax probes by text, for one repair request: the search, the model and the
 * final verification ask about the same texts, and on a long document every parse counts.
 * Thread-safe (the model and the search of one request ask at the same time; two asking about
 * the same new text may both analyse it, and one result is kept); not for sharing between
 * requests (it holds parse trees).
 */
public final class Analyses {
    private final Language language;
    private final Cancellation cancel;
    private final Map<String, Analysis> analyses = new ConcurrentHashMap<>();
    private final Map<String, SyntaxProbe> probes = new ConcurrentHashMap<>();
    private final AtomicInteger checks = new AtomicInteger();

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
            // Not computeIfAbsent: that would hold a lock of the map while the text is analysed.
            Analysis fresh = language.analyze(text, cancel);
            known = analyses.putIfAbsent(text, fresh);
            if (known == null) {
                checks.incrementAndGet();
                known = fresh;
            }
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
        SyntaxProbe known = probes.get(text);
        if (known == null) {
            SyntaxProbe fresh = language.probe(text);
            known = probes.putIfAbsent(text, fresh);
            return known == null ? fresh : known;
        }
        return known;
    }

    /** Texts analysed so far (each once). */
    public int checks() {
        return checks.get();
    }
}

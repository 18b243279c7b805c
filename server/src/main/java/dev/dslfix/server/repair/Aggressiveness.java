package dev.dslfix.server.repair;

import java.util.Locale;

/**
 * How far repair goes. Minimal edits come first at every level; higher levels search longer,
 * allow more edits per document and more alternatives per error, so that more documents get a
 * passing candidate at the price of candidates further from the input.
 */
public enum Aggressiveness {
    /** Few, cheap edits: a small budget, no lossy fixes. */
    MINIMAL(4, 4, 120, 8, 1, 15),
    /** The default. */
    BALANCED(8, 8, 400, 12, 2, 40),
    /** More edits, more search, more alternatives. */
    THOROUGH(14, 12, 1500, 20, 3, 400);

    /** Most syntax edits in one candidate. */
    public final int maxSyntaxEdits;
    /** Most checker fixes applied in one candidate. */
    public final int maxStaticFixes;
    /** Most trial parses per search. */
    public final int maxProbes;
    /** Most proposals explored from one error. */
    public final int branching;
    /** Alternatives tried per checker diagnostic (its fixes, best first). */
    public final int fixesPerDiagnostic;
    /**
     * Most texts the checker-fix search checks per start. A full check of a long document costs
     * ten or more of the search's region-sized probes, and checker fixes that each leave another
     * error behind multiply; this keeps that tail bounded.
     */
    public final int maxStaticChecks;

    Aggressiveness(int maxSyntaxEdits, int maxStaticFixes, int maxProbes, int branching, int fixesPerDiagnostic, int maxStaticChecks) {
        this.maxSyntaxEdits = maxSyntaxEdits;
        this.maxStaticFixes = maxStaticFixes;
        this.maxProbes = maxProbes;
        this.branching = branching;
        this.fixesPerDiagnostic = fixesPerDiagnostic;
        this.maxStaticChecks = maxStaticChecks;
    }

    public static Aggressiveness parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}

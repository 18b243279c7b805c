package dev.dslfix.models.data;

/**
 * What a {@link GrammarSampler} has done so far.
 *
 * @param attempts                 programs generated (walks of the grammar started)
 * @param accepted                 programs returned: they re-lex to the generated tokens and have no syntax error
 * @param rejectedSyntax           the language's checker reported a syntax error
 * @param rejectedRelex            the text did not lex back to the generated token types, even after re-spacing
 * @param rejectedBudget           the walk hit its step or size budget, or a dead end of the grammar
 * @param rejectedEmpty            the walk produced no token at all
 * @param duplicates               accepted programs that {@link GrammarSampler#samples} dropped as repeats
 * @param acceptedWithStaticErrors accepted programs with other errors (e.g. unknown SQL tables): valid syntax,
 *                                 but they would not pass the full checker
 * @param examplesUsed             examples that parsed and were learned from
 * @param examplesSkipped          examples that did not parse and were ignored
 */
public record SamplerStats(int attempts, int accepted, int rejectedSyntax, int rejectedRelex, int rejectedBudget,
                           int rejectedEmpty, int duplicates, int acceptedWithStaticErrors, int examplesUsed,
                           int examplesSkipped) {

    /** Accepted programs per attempt, 0 before the first attempt. */
    public double acceptanceRate() {
        return attempts == 0 ? 0 : (double) accepted / attempts;
    }

    /** Accepted programs that also pass the full checker (no error diagnostic at all). */
    public int acceptedClean() {
        return accepted - acceptedWithStaticErrors;
    }
}

package dev.dslfix.models.slm;

import dev.dslfix.lang.Language;
import dev.dslfix.lang.LexToken;
import dev.dslfix.lang.ParseResult;
import dev.dslfix.lang.SyntaxIssue;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The tokens the model reads: the visible ones, plus hidden ones that are lexical mistakes (an
 * unterminated string, a markdown fence), which the model must be able to delete or close.
 * Whitespace and comments stay out of its window.
 */
public final class ModelTokens {
    private ModelTokens() {
    }

    /**
     * Index of the token where the first error shows (the parser's first failure, else the first
     * error the checker reports), or -1 when there is none. Inference centres its window there,
     * and training does the same, so the model learns from what it will see.
     */
    public static int errorFocus(Language language, String text, List<LexToken> tokens) {
        dev.dslfix.lang.SyntaxProbe probe = language.probe(text);
        return errorFocus(probe, probe.ok() ? language.check(text) : List.of(), tokens);
    }

    /** The same, from a probe of the text and (when it parses) the checker's diagnostics of it. */
    public static int errorFocus(dev.dslfix.lang.SyntaxProbe probe, List<dev.dslfix.lang.Diagnostic> diagnostics, List<LexToken> tokens) {
        int at;
        if (!probe.ok()) {
            at = probe.errorOffset();
        } else {
            at = diagnostics.stream().filter(dev.dslfix.lang.Diagnostic::isError)
                    .mapToInt(dev.dslfix.lang.Diagnostic::start).min().orElse(-1);
            if (at < 0) {
                return -1;
            }
        }
        int focus = 0;
        while (focus < tokens.size() && tokens.get(focus).end() <= at) {
            focus++;
        }
        return focus;
    }

    /** Per token: 2 where parsing first fails, 1 inside any error the checker reports, else 0. */
    public static int[] flags(Language language, String text, List<LexToken> tokens, int focus) {
        return flags(language.check(text), tokens, focus);
    }

    /** The same, from the checker's diagnostics of the text. */
    public static int[] flags(List<dev.dslfix.lang.Diagnostic> diagnostics, List<LexToken> tokens, int focus) {
        int[] flags = new int[tokens.size()];
        for (dev.dslfix.lang.Diagnostic d : diagnostics) {
            if (!d.isError()) {
                continue;
            }
            for (int i = 0; i < tokens.size(); i++) {
                LexToken t = tokens.get(i);
                if (t.start() < Math.max(d.end(), d.start() + 1) && t.end() > d.start()) {
                    flags[i] = 1;
                }
            }
        }
        if (focus >= 0 && focus < flags.length) {
            flags[focus] = 2;
        }
        return flags;
    }

    public static List<LexToken> of(Language language, String text) {
        return of(language.parse(text));
    }

    /** The same, from a parse of the text. */
    public static List<LexToken> of(ParseResult parsed) {
        Set<Integer> lexical = new HashSet<>();
        for (SyntaxIssue issue : parsed.issues()) {
            if (issue.kind() == SyntaxIssue.Kind.UNTERMINATED || issue.kind() == SyntaxIssue.Kind.UNEXPECTED_CHARACTER) {
                lexical.add(issue.diagnostic().start());
            }
        }
        List<LexToken> out = new ArrayList<>();
        for (LexToken t : parsed.tokens()) {
            if (!t.hidden() || lexical.contains(t.start())) {
                out.add(t);
            }
        }
        return out;
    }
}

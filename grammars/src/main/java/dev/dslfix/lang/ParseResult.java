package dev.dslfix.lang;

import java.util.List;
import org.antlr.v4.runtime.ParserRuleContext;

/**
 * What parsing a document produced. The tree is ANTLR's and stays inside the language layer;
 * the rest is plain data. The tree is present even for broken input (ANTLR recovers), but it is
 * null when nothing could be parsed at all (for example when the grammar failed to load).
 */
public record ParseResult(SourceText source, List<LexToken> tokens, ParserRuleContext tree,
                          List<SyntaxIssue> issues) {

    public ParseResult {
        tokens = List.copyOf(tokens);
        issues = List.copyOf(issues);
    }

    public List<Diagnostic> diagnostics() {
        return issues.stream().map(SyntaxIssue::diagnostic).toList();
    }

    public boolean hasErrors() {
        return !issues.isEmpty();
    }
}

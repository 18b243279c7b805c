package dev.dslfix.lang.antlr;

import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.Fix;
import dev.dslfix.lang.SourceText;
import dev.dslfix.lang.SyntaxIssue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.misc.IntervalSet;

/** Turns what the lexer and parser report into {@link SyntaxIssue}s with UTF-16 ranges. */
final class IssueCollector {
    static final String CODE = "syntax";

    private final SourceText source;
    private final TokenNames names;
    private final List<SyntaxIssue> issues = new ArrayList<>();
    /** End offset of the last visible token: where "end of input" errors are shown. */
    private int endOfContent;

    IssueCollector(SourceText source, TokenNames names) {
        this.source = source;
        this.names = names;
    }

    void setEndOfContent(int offset) {
        this.endOfContent = offset;
    }

    List<SyntaxIssue> issues() {
        return issues;
    }

    void clearParserIssues() {
        issues.removeIf(i -> i.kind() != SyntaxIssue.Kind.UNEXPECTED_CHARACTER && i.kind() != SyntaxIssue.Kind.UNTERMINATED);
    }

    void unexpectedCharacter(int codePointIndex) {
        int start = source.offsetOfCodePoint(codePointIndex);
        int end = source.offsetOfCodePoint(codePointIndex + 1);
        String ch = source.text().substring(start, end);
        String shown = TokenNames.quote(ch);
        if (Character.isISOControl(ch.codePointAt(0)) || Character.isWhitespace(ch.codePointAt(0))) {
            shown += String.format(" (U+%04X)", ch.codePointAt(0));
        }
        add(SyntaxIssue.Kind.UNEXPECTED_CHARACTER, start, end, "unexpected character " + shown, -2, ch, new IntervalSet());
    }

    void lexicalError(Token token, LexicalError error) {
        int start = source.offsetOfCodePoint(token.getStartIndex());
        // Underline the first line only: an unterminated token runs to the end of the input.
        int end = Math.min(source.offsetOfCodePoint(token.getStopIndex() + 1), Math.max(start + 1, source.lineEnd(source.lineOf(start))));
        SyntaxIssue.Kind kind = error.swallowsRest() ? SyntaxIssue.Kind.UNTERMINATED : SyntaxIssue.Kind.UNEXPECTED_CHARACTER;
        add(kind, start, Math.min(end, source.length()), error.message(), token.getType(), token.getText(), new IntervalSet());
    }

    /**
     * @param previous the visible token before the offending one (for "did you mean" hints), or null
     */
    void parserIssue(SyntaxIssue.Kind kind, Token offending, Token previous, IntervalSet expected) {
        List<String> expectedNames = names.describeExpected(expected);
        String found = describeFound(offending);
        String alternatives = TokenNames.joinAlternatives(expectedNames);
        String message = switch (kind) {
            case MISSING -> offending.getType() == Token.EOF
                    ? "missing " + alternatives + " at end of input"
                    : "missing " + alternatives + " before " + found;
            case NO_VIABLE -> expectedNames.isEmpty() || expectedNames.size() > 12
                    ? "unexpected " + found
                    : "unexpected " + found + "; expected " + alternatives;
            default -> expectedNames.isEmpty()
                    ? "unexpected " + found
                    : "unexpected " + found + "; expected " + alternatives;
        };
        java.util.Optional<String> typoHere = names.misspelledKeyword(offending, expected);
        java.util.Optional<String> typoBefore = typoHere.isPresent() ? java.util.Optional.empty() : names.misspelledKeyword(previous, null);
        message += typoHere.map(k -> "; did you mean '" + k + "'?")
                .or(() -> typoBefore.map(k -> "; is " + TokenNames.quote(previous.getText()) + " a misspelled '" + k + "'?"))
                .orElse("");
        // The respelling as the checker's fix, in the typo's case ("frrom" is "from" in lower-case SQL).
        List<Fix> fixes = new ArrayList<>();
        typoHere.ifPresent(k -> fixes.add(respell(offending, k)));
        typoBefore.ifPresent(k -> fixes.add(respell(previous, k)));
        int start;
        int end;
        if (offending.getType() == Token.EOF) {
            start = end = endOfContent;
        } else if (kind == SyntaxIssue.Kind.MISSING) {
            // The gap is just before the found token; underline that token so editors show it.
            start = source.offsetOfCodePoint(offending.getStartIndex());
            end = source.offsetOfCodePoint(offending.getStopIndex() + 1);
        } else {
            start = source.offsetOfCodePoint(offending.getStartIndex());
            end = source.offsetOfCodePoint(offending.getStopIndex() + 1);
        }
        add(kind, start, Math.max(start, end), message, offending.getType(), offending.getType() == Token.EOF ? "" : offending.getText(), expected,
                fixes);
    }

    private Fix respell(Token token, String keyword) {
        int start = source.offsetOfCodePoint(token.getStartIndex());
        int end = source.offsetOfCodePoint(token.getStopIndex() + 1);
        String written = token.getText();
        String cased = dev.dslfix.lang.Suggestions.casedLike(written, keyword);
        return Fix.replace("replace '" + written + "' with '" + cased + "'", start, end, cased);
    }

    private String describeFound(Token token) {
        if (token.getType() == Token.EOF) {
            return "end of input";
        }
        return TokenNames.quote(token.getText() == null ? "" : token.getText());
    }

    private void add(SyntaxIssue.Kind kind, int start, int end, String message, int foundType, String foundText, IntervalSet expected) {
        add(kind, start, end, message, foundType, foundText, expected, List.of());
    }

    private void add(SyntaxIssue.Kind kind, int start, int end, String message, int foundType, String foundText, IntervalSet expected,
                     List<Fix> fixes) {
        int[] types = expected.toArray();
        List<Integer> typeList = Arrays.stream(types).boxed().toList();
        List<String> nameList = Arrays.stream(types).mapToObj(names::display).toList();
        issues.add(new SyntaxIssue(kind, new Diagnostic(start, end, dev.dslfix.lang.Severity.ERROR, CODE, message, fixes), foundType, foundText,
                typeList, nameList));
    }
}

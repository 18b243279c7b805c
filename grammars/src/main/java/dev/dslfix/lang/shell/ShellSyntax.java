package dev.dslfix.lang.shell;

import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.Fix;
import dev.dslfix.lang.LexToken;
import dev.dslfix.lang.ParseResult;
import dev.dslfix.lang.Severity;
import dev.dslfix.lang.SourceText;
import dev.dslfix.lang.SyntaxIssue;
import dev.dslfix.lang.TextEdit;
import dev.dslfix.lang.shell.ShellBlocks.Block;
import dev.dslfix.lang.shell.ShellBlocks.Kind;
import dev.dslfix.lang.shell.ShellBlocks.State;
import dev.dslfix.lang.shell.ShellBlocks.Stray;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.antlr.v4.runtime.Token;

/**
 * Turns the parser's syntax errors into what a shell author needs to hear: which block is never
 * closed and where it opened, that a 'then' or 'do' on the condition's line needs a ';' before
 * it, which quote or here-document never ends. Offsets are those of the parsed segment; line
 * numbers in messages are those of the whole file.
 */
final class ShellSyntax {
    static final String SYNTAX = "syntax";
    static final String UNCLOSED_BLOCK = "unclosed-block";
    static final String MISSING_THEN = "missing-then";
    static final String MISSING_DO = "missing-do";
    static final String UNCLOSED_TEST = "unclosed-test";
    static final String UNTERMINATED_QUOTE = "unterminated-quote";
    static final String UNTERMINATED_HEREDOC = "unterminated-heredoc";

    private final ParseResult parsed;
    private final Segment segment;
    private final String text;
    private final SourceText source;
    private final List<LexToken> visible;
    private final ShellBlocks blocks;
    /** Lines (of the segment) inside here-document bodies and multi-line words: no place for an inserted line. */
    private final BitSet frozenLines = new BitSet();

    ShellSyntax(ParseResult parsed, Segment segment) {
        this.parsed = parsed;
        this.segment = segment;
        this.text = parsed.source().text();
        this.source = parsed.source();
        this.visible = ShellBlocks.visible(parsed.tokens());
        this.blocks = new ShellBlocks(visible);
        for (LexToken t : parsed.tokens()) {
            int from = source.lineOf(t.start());
            int to = source.lineOf(Math.max(t.start(), t.end() - 1));
            if (t.type() == ShellParser.HEREDOC_BODY || t.type() == ShellParser.UNTERMINATED_HEREDOC) {
                frozenLines.set(from, to + 1);
            } else if (to > from) {
                frozenLines.set(from + 1, to + 1);
            }
        }
    }

    /** One diagnostic per syntax issue, explained where the block structure says why. */
    List<Diagnostic> diagnostics() {
        List<Diagnostic> out = new ArrayList<>();
        java.util.Set<Integer> regions = new java.util.HashSet<>();
        for (SyntaxIssue issue : parsed.issues()) {
            boolean lexical = issue.kind() == SyntaxIssue.Kind.UNTERMINATED || issue.kind() == SyntaxIssue.Kind.UNEXPECTED_CHARACTER;
            if (!lexical) {
                // After a parse error, recovery often trips again in the same command: one report per top-level command.
                int region = ShellBlocks.topLevelCommandAround(parsed.tokens(), text.length(), issue.diagnostic().start())[0];
                if (!regions.add(region)) {
                    continue;
                }
            }
            out.add(lexical ? lexical(issue) : parserIssue(issue));
        }
        return out;
    }

    // ------------------------------------------------------------------ parser errors

    private Diagnostic parserIssue(SyntaxIssue issue) {
        Diagnostic original = issue.diagnostic();
        int k = issue.foundType() == Token.EOF ? visible.size() : indexAt(original.start());
        if (k < 0 || k < blocks.position()) {
            return original;
        }
        blocks.advanceTo(k);
        LexToken found = k < visible.size() ? visible.get(k) : null;
        Diagnostic explained;
        try {
            explained = explain(found, original);
        } catch (RuntimeException e) {
            explained = null; // an explanation is a nicety; the parser's message stays
        }
        return explained != null ? explained : original;
    }

    private int indexAt(int offset) {
        int lo = 0;
        int hi = visible.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int s = visible.get(mid).start();
            if (s == offset) {
                return mid;
            } else if (s < offset) {
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return -1;
    }

    /** A diagnostic for the error at {@code found} (null: end of input), or null to keep the parser's. */
    private Diagnostic explain(LexToken found, Diagnostic original) {
        Block top = blocks.top();
        int type = found == null ? Token.EOF : found.type();
        if (top != null && top.kind == Kind.TEST) {
            return unclosedTest(top, original);
        }
        if (found == null) {
            if (top == null) {
                return null;
            }
            return missingPart(top, null, original);
        }
        if (isCloser(type)) {
            return atCloser(found, top, original);
        }
        if (top != null && top.state == State.HEAD && (top.kind == Kind.FOR || top.kind == Kind.SELECT) && top.headerEnded) {
            Diagnostic d = missingPart(top, found, original);
            top.state = State.BODY;
            return d;
        }
        Fix fix = functionWithoutBrace(found);
        if (fix == null) {
            fix = caseWithoutEsac(top, found);
        }
        if (fix == null) {
            fix = arrayWithoutCloser(top);
        }
        return fix == null ? null : original.withFixes(List.of(fix));
    }

    /**
     * After a case item's ';;', a line at the case's own indentation or left of it that the parser
     * reads as the next pattern ("if ! grep ..." fails at '!'): the 'esac' is missing there.
     */
    private Fix caseWithoutEsac(Block top, LexToken found) {
        int i = indexAt(found.start()) - 1;
        if (top == null || top.kind != Kind.CASE || i < 2 || visible.get(i).type() == ShellLexer.NEWLINE) {
            return null;
        }
        LexToken first = visible.get(i);
        int j = lastNonNewlineBefore(i);
        if (j < 0 || j == i - 1 || visible.get(j).type() != ShellLexer.DSEMI
                || source.columnOf(first.start()) > source.columnOf(top.head.start())) {
            return null;
        }
        String indent = " ".repeat(source.columnOf(top.head.start()));
        return Fix.replace("add 'esac' after the last ';;' (line " + line(visible.get(j)) + ") to close 'case' at line " + line(top.head),
                visible.get(j).end(), visible.get(j).end(), "\n" + indent + "esac");
    }

    /**
     * An array whose ')' is missing runs on into the commands after it. Its elements are indented
     * past the line that opens it; the first line that is not, or an empty line, is where it ended.
     * A one-line array ends at the end of its line.
     */
    private Fix arrayWithoutCloser(Block top) {
        if (top == null || top.kind != Kind.ARRAY) {
            return null;
        }
        int openLine = source.lineOf(top.opener.start());
        String openText = source.lineText(openLine);
        int indent = openText.length() - openText.stripLeading().length();
        int last = openLine;
        if (openText.stripTrailing().endsWith("(")) {
            for (int l = openLine + 1; l < source.lineCount(); l++) {
                String t = source.lineText(l);
                if (t.isBlank() || t.length() - t.stripLeading().length() <= indent) {
                    break;
                }
                last = l;
            }
            if (last == openLine) {
                return null;
            }
            int at = source.lineEnd(last);
            return Fix.replace("add ')' after line " + (last + 1) + " to close the array at line " + line(top.opener), at, at,
                    "\n" + openText.substring(0, indent) + ")");
        }
        int at = source.lineEnd(openLine);
        return Fix.replace("add ')' at the end of line " + (openLine + 1), at, at, ")");
    }

    /**
     * "name()" followed by its body on the next line without '{': the fix that adds it after the
     * parentheses (the closing '}' is usually still there, where the body ends).
     */
    private Fix functionWithoutBrace(LexToken found) {
        int at = indexAt(found.start());
        int i = lastNonNewlineBefore(at);
        if (i < 2 || i == at - 1 || visible.get(i).type() != ShellLexer.RPAREN
                || visible.get(i - 1).type() != ShellLexer.LPAREN || visible.get(i - 2).type() != ShellLexer.WORD || !startsCommand(i - 2)) {
            return null;
        }
        LexToken paren = visible.get(i);
        return Fix.replace("add '{' after '" + visible.get(i - 2).text() + "()'", paren.end(), paren.end(), " {");
    }

    /** "name) {": a function definition that lost its '(' (a stray ')' before '{'). */
    private java.util.Optional<Fix> functionWithoutOpenParen(LexToken found) {
        int at = indexAt(found.start());
        if (found.type() != ShellLexer.RPAREN || at < 1 || visible.get(at - 1).type() != ShellLexer.WORD || !startsCommand(at - 1)) {
            return java.util.Optional.empty();
        }
        int next = firstNonNewlineAfter(at);
        if (next >= visible.size() || visible.get(next).type() != ShellLexer.LBRACE) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(Fix.replace("insert '(' before ')' (a function definition)", found.start(), found.start(), "("));
    }

    private static boolean isCloser(int type) {
        return switch (type) {
            case ShellLexer.FI, ShellLexer.THEN, ShellLexer.ELSE, ShellLexer.ELIF, ShellLexer.DO, ShellLexer.DONE,
                 ShellLexer.ESAC, ShellLexer.RBRACE, ShellLexer.RPAREN, ShellLexer.DSEMI, ShellLexer.SEMI_AMP,
                 ShellLexer.DSEMI_AMP -> true;
            default -> false;
        };
    }

    /** The parser met a closing word: it closes an outer block (the inner one is unclosed), or nothing. */
    private Diagnostic atCloser(LexToken found, Block top, Diagnostic original) {
        int type = found.type();
        if (top != null && top.kind == Kind.IF && (type == ShellLexer.ELIF || type == ShellLexer.ELSE) && top.state == State.ELSE) {
            blocks.skip();
            return Diagnostic.error(found.start(), found.end(), SYNTAX, quote(found.text()) + " cannot follow 'else' (the 'else' at line "
                    + line(top.elseToken) + "): move this branch before the 'else'");
        }
        if (top != null && top.state == State.HEAD && ShellBlocks.closes(type, top)) {
            // 'fi' while the if still waits for 'then'; 'done' while the loop waits for 'do'.
            Diagnostic d = missingPart(top, found, original);
            top.state = State.BODY;
            return d;
        }
        if (top != null && top.state == State.HEAD && top.kind == Kind.IF && !ShellBlocks.closes(type, top)) {
            // An outer block ends ("done") while the if still waits for its 'then'.
            int outer = blocks.indexClosedBy(type);
            if (outer < 0) {
                return null;
            }
            Diagnostic d = missingPart(top, found, original);
            while (blocks.stack().size() - 1 > outer) {
                blocks.pop();
            }
            return d;
        }
        if (type == ShellLexer.THEN && top != null && top.kind == Kind.IF && top.state != State.HEAD) {
            // "elsif [ x ]; then": a command named elsif, and a 'then' that belongs to nothing.
            for (LexToken f : top.foreign) {
                String elif = ShellForeignWords.elif(f.text());
                if (elif != null && source.lineOf(f.start()) <= source.lineOf(found.start())) {
                    blocks.skip();
                    top.foreign.remove(f);
                    return new Diagnostic(f.start(), f.end(), Severity.ERROR, SYNTAX, quote(f.text()) + " at line " + line(f)
                            + " is not a shell keyword; write 'elif'", List.of(Fix.replace("replace " + quote(f.text()) + " with 'elif'",
                            f.start(), f.end(), elif)));
                }
            }
        }
        if (type == ShellLexer.RPAREN && top != null && top.kind == Kind.CASE && top.state == State.BODY) {
            Diagnostic d = missingCaseSeparator(found);
            if (d != null) {
                return d;
            }
        }
        int match = blocks.indexClosedBy(type);
        if (top != null && match == blocks.stack().size() - 1) {
            Diagnostic empty = emptyBody(found);
            if (empty != null || original == null) {
                return empty;
            }
            // "whike read -r x; do" inside a loop: the 'do' is read as closing nothing the parser
            // expects; the parser's message stays, with the respelled opener as its fix.
            return misspelledOpener(found).map(slip -> original.withFixes(List.of(slip))).orElse(null);
        }
        if (match < 0) {
            blocks.skip();
            Diagnostic stray = Diagnostic.error(found.start(), found.end(), SYNTAX, strayCloser(found));
            List<Fix> fixes = new ArrayList<>();
            misspelledOpener(found).ifPresent(fixes::add);
            displacedOpener(found).ifPresent(fixes::add);
            functionWithoutOpenParen(found).ifPresent(fixes::add);
            lostGroupOpener(found).ifPresent(fixes::add);
            braceForCloser(found, top).ifPresent(fixes::add);
            return stray.withFixes(fixes);
        }
        if (top == null || match == blocks.stack().size() - 1) {
            return null; // it closes the innermost block: the error is about something else
        }
        // The innermost blocks are unclosed: report the innermost, and let the closer close its own.
        Diagnostic d = unclosed(top, found);
        while (blocks.stack().size() - 1 > match) {
            blocks.pop();
        }
        return d;
    }

    /** "stop)" inside a case body: the item before it has no ';;'. */
    private Diagnostic missingCaseSeparator(LexToken paren) {
        int i = indexAt(paren.start());
        int first = i;
        while (first > 0 && visible.get(first - 1).type() != ShellLexer.NEWLINE && visible.get(first - 1).type() != ShellLexer.SEMI) {
            first--;
        }
        if (first == i || first == 0 || visible.get(first).type() != ShellLexer.WORD) {
            return null;
        }
        LexToken pattern = visible.get(first);
        int end = first - 1;
        while (end >= 0 && visible.get(end).type() == ShellLexer.NEWLINE) {
            end--;
        }
        if (end < 0) {
            return null;
        }
        LexToken last = visible.get(end);
        String written = text.substring(pattern.start(), paren.end());
        return new Diagnostic(pattern.start(), paren.end(), Severity.ERROR, SYNTAX, "missing ';;' before the pattern " + quote(written)
                + " at line " + line(pattern) + ": end the case item before it with ';;'",
                last.type() == ShellLexer.SEMI
                        ? List.of(Fix.replace("replace ';' with ';;' at the end of line " + line(last), last.start(), last.end(), ";;"),
                                Fix.replace("add ';;' at the end of line " + line(last), last.end(), last.end(), " ;;"))
                        : List.of(Fix.replace("add ';;' at the end of line " + line(last), last.end(), last.end(), " ;;")));
    }

    /** A closing word right after 'then', 'else', 'do', '{' or '(': bash wants a command in between. */
    private Diagnostic emptyBody(LexToken found) {
        LexToken before = lastVisibleBefore(indexAt(found.start()));
        if (before == null) {
            return null;
        }
        String sep = switch (before.type()) {
            case ShellLexer.THEN, ShellLexer.ELSE, ShellLexer.DO -> " :";
            case ShellLexer.LBRACE, ShellLexer.LPAREN -> " :;";
            default -> null;
        };
        if (sep == null) {
            return null;
        }
        return Diagnostic.error(found.start(), found.end(), SYNTAX, "nothing between " + quote(before.text()) + " (line " + line(before)
                + ") and " + quote(found.text()) + ": bash needs at least one command there; write ':' if nothing should happen")
                .withFixes(List.of(Fix.replace("add ':' after " + quote(before.text()), before.end(), before.end(), sep)));
    }

    /** How many tokens before an unmatched word its opener is looked for. */
    private static final int OPENER_LOOKBACK = 60;

    /**
     * For a word with no block to belong to ('do', 'then', 'esac', a case item's ')'), the fix that
     * respells the command before it that is its opener with one slip ("whle ...; do", "csse $x in").
     */
    private java.util.Optional<Fix> misspelledOpener(LexToken found) {
        List<String> openers = openersOf(found);
        int at = indexAt(found.start());
        for (int i = at - 1; i >= 0 && i >= at - OPENER_LOOKBACK; i--) {
            LexToken w = visible.get(i);
            boolean commandStart = i == 0 || ShellBlocks.isSeparator(visible.get(i - 1).type());
            if (w.type() != ShellLexer.WORD || !commandStart) {
                continue;
            }
            for (String opener : openers) {
                if (ShellForeignWords.misspells(w.text(), opener)) {
                    return java.util.Optional.of(Fix.replace("replace " + quote(w.text()) + " with " + quote(opener), w.start(), w.end(), opener));
                }
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * For a word with no block to belong to ('then', 'do'), the fix that moves its opener back to
     * the start of the command it slipped into by one word ("[[ if $x ]]; then", "ssh if host
     * test; then", "type for in a b; do"): there it is an argument, so the block never opened.
     */
    private java.util.Optional<Fix> displacedOpener(LexToken found) {
        List<String> openers = found.type() == ShellLexer.DO || found.type() == ShellLexer.THEN ? openersOf(found) : List.of();
        int at = indexAt(found.start());
        int firstLine = source.lineOf(found.start()) - 1;
        for (int i = at - 1; i >= 1 && source.lineOf(visible.get(i).start()) >= firstLine; i--) {
            LexToken w = visible.get(i);
            LexToken before = visible.get(i - 1);
            if (openers.contains(w.text()) && startsCommand(i - 1) && before.type() != ShellLexer.NEWLINE && !ShellBlocks.isSeparator(before.type())) {
                String gap = text.substring(before.end(), w.start());
                return java.util.Optional.of(Fix.replace("move " + quote(w.text()) + " before " + quote(before.text()) + " at line " + line(w),
                        before.start(), w.end(), w.text() + gap + before.text()));
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * "[[ -f x ]] || echo y; exit 1; }": a '}' that closes nothing, on the line of a '||' or '&&'
     * list, closed a one-line group whose '{' went after the list's last operator.
     */
    private java.util.Optional<Fix> lostGroupOpener(LexToken found) {
        if (found.type() != ShellLexer.RBRACE) {
            return java.util.Optional.empty();
        }
        for (int i = indexAt(found.start()) - 1; i >= 0 && visible.get(i).type() != ShellLexer.NEWLINE; i--) {
            int t = visible.get(i).type();
            if (t == ShellLexer.AND_IF || t == ShellLexer.OR_IF) {
                LexToken first = visible.get(i + 1);
                return first == found ? java.util.Optional.empty()
                        : java.util.Optional.of(Fix.replace("insert '{' before " + quote(first.text()) + " at line " + line(first), first.start(), first.start(), "{ "));
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * A '}' on a line of its own that closes nothing, where a loop or an if is open: C's closing
     * brace for the shell's 'done' or 'fi'.
     */
    private java.util.Optional<Fix> braceForCloser(LexToken found, Block top) {
        if (found.type() != ShellLexer.RBRACE || top == null || top.state == State.HEAD || !source.lineText(source.lineOf(found.start())).strip().equals("}")) {
            return java.util.Optional.empty();
        }
        String word = top.kind.loop() ? "done" : top.kind == Kind.IF ? "fi" : null;
        return java.util.Optional.ofNullable(word).map(w -> Fix.replace("replace '}' with " + quote(w) + " at line " + line(found), found.start(), found.end(), w));
    }

    /** The words that open the block a stray {@code found} belongs to. */
    private static List<String> openersOf(LexToken found) {
        return switch (found.type()) {
            case ShellLexer.DO -> List.of("while", "until", "for", "select");
            case ShellLexer.THEN -> List.of("if", "elif");
            case ShellLexer.ESAC, ShellLexer.RPAREN -> List.of("case");
            default -> List.of();
        };
    }

    /** Whether the visible token at {@code i} stands where a command starts (after a separator, an operator, a case pattern or a block word). */
    private boolean startsCommand(int i) {
        if (i == 0) {
            return true;
        }
        int t = visible.get(i - 1).type();
        return ShellBlocks.isSeparator(t) || t == ShellLexer.AND_IF || t == ShellLexer.OR_IF || t == ShellLexer.PIPE || t == ShellLexer.PIPE_AMP
                || t == ShellLexer.RPAREN || t == ShellLexer.LBRACE || t == ShellLexer.THEN || t == ShellLexer.ELSE || t == ShellLexer.DO;
    }

    private String strayCloser(LexToken found) {
        String w = quote(found.text());
        return switch (found.type()) {
            case ShellLexer.FI -> w + " has no matching 'if'";
            case ShellLexer.THEN -> w + " has no matching 'if'";
            case ShellLexer.ELSE, ShellLexer.ELIF -> w + " has no matching 'if'";
            case ShellLexer.DO -> w + " has no matching 'for', 'while' or 'until'";
            case ShellLexer.DONE -> w + " has no matching 'do': no loop is open here";
            case ShellLexer.ESAC -> w + " has no matching 'case'";
            case ShellLexer.RBRACE -> w + " has no matching '{'";
            case ShellLexer.RPAREN -> w + " has no matching '('";
            default -> w + " outside a 'case'";
        };
    }

    /** 'then'/'do' missing (the block is still in its head), or the block never closed. */
    private Diagnostic missingPart(Block b, LexToken found, Diagnostic original) {
        if (b.state != State.HEAD) {
            return unclosed(b, found);
        }
        String awaited = b.awaited();
        String code = awaited.equals("then") ? MISSING_THEN : awaited.equals("do") ? MISSING_DO : null;
        if (code == null) {
            return null;
        }
        for (Stray s : b.strays) {
            if (s.token().text().equals(awaited)) {
                String where = s.command() == null ? "one of the words of the " + quote(b.head.text()) + " list"
                        : "an argument of " + quote(s.command());
                return new Diagnostic(s.token().start(), s.token().end(), Severity.ERROR, code,
                        quote(awaited) + " at line " + line(s.token()) + " is read as " + where + ": put ';' before it",
                        List.of(semicolonBefore(s.token())));
            }
        }
        String what = b.head.text().equals("elif") ? "'elif'" : quote(b.head.text());
        int lineEnd = endOfLineCode(source.lineOf(b.head.start()));
        Fix fix = Fix.replace("add '; " + awaited + "' at the end of line " + line(b.head), lineEnd, lineEnd, "; " + awaited);
        String message = what + " at line " + line(b.head) + " has no " + quote(awaited) + ": add " + quote(awaited) + " after the "
                + (b.kind == Kind.FOR || b.kind == Kind.SELECT ? "word list" : "condition")
                + (awaited.equals("then") ? " ('; then' on the same line)" : " ('; do' on the same line)");
        int start = found == null ? original.start() : found.start();
        int end = found == null ? original.end() : found.end();
        List<Fix> fixes = new ArrayList<>();
        message += misspelledKeyword(b, awaited, fixes);
        fixes.add(fix);
        return new Diagnostic(start, end, Severity.ERROR, code, message, fixes);
    }

    /**
     * Where a command of the block is {@code keyword} with one slip ("dnoe"), the fix that respells
     * it (added to {@code fixes}, first: a typo is likelier than a missing word) and the words to
     * add to the message; else "".
     */
    private String misspelledKeyword(Block b, String keyword, List<Fix> fixes) {
        LexToken slip = b.misspelling(keyword);
        if (slip == null) {
            return "";
        }
        fixes.add(Fix.replace("replace " + quote(slip.text()) + " with " + quote(keyword), slip.start(), slip.end(), keyword));
        return ", or write " + quote(keyword) + " for " + quote(slip.text()) + " at line " + line(slip);
    }

    /** Block {@code b} is never closed; the parser failed at {@code found} (null: end of input). */
    private Diagnostic unclosed(Block b, LexToken found) {
        if (b.kind == Kind.TEST) {
            return unclosedTest(b, null);
        }
        String closer = b.kind.closer;
        for (LexToken f : b.foreign) {
            String shell = ShellForeignWords.closerFor(b.kind, f.text());
            if (shell != null) {
                String opened = b.functionName != null ? "the body of function " + quote(b.functionName) + " (line " + line(b.opener) + ")"
                        : quote(b.kind.opener) + " at line " + line(b.opener);
                return new Diagnostic(f.start(), f.end(), Severity.ERROR, UNCLOSED_BLOCK, opened + " is never closed: "
                        + quote(f.text()) + " at line " + line(f) + " is not a shell keyword; write " + quote(shell),
                        List.of(Fix.replace("replace " + quote(f.text()) + " with " + quote(shell), f.start(), f.end(), shell)));
            }
        }
        String what = b.functionName != null ? "the body of function " + quote(b.functionName) + " (line " + line(b.opener) + ")"
                : b.kind == Kind.ARRAY ? "the array at line " + line(b.opener)
                : quote(b.kind.opener) + " at line " + line(b.opener);
        // A closing word written as an argument ("echo done fi") is the usual cause.
        for (Stray s : b.strays) {
            if (s.token().text().equals(closer)) {
                return new Diagnostic(s.token().start(), s.token().end(), Severity.ERROR, UNCLOSED_BLOCK,
                        what + " is never closed: the " + quote(closer) + " at line " + line(s.token()) + " is read as an argument of "
                                + quote(s.command() == null ? "the command" : s.command()) + "; put ';' before it",
                        List.of(semicolonBefore(s.token())));
            }
        }
        List<Fix> fixes = new ArrayList<>();
        String message = what + " is never closed: add " + quote(closer) + (found != null ? " before " + quote(found.text()) : "");
        if (b.kind == Kind.GROUP) {
            doubledGroupCloser(b, found).ifPresent(fixes::add);
            closerBeforeRedirection(b, found).ifPresent(fixes::add);
        }
        for (LexToken f : b.nestedForeign) {
            // "end" closed nothing, so this loop's 'done' closed the inner loop instead
            fixes.add(Fix.replace("replace " + quote(f.text()) + " with 'done' at line " + line(f), f.start(), f.end(), "done"));
        }
        message += misspelledKeyword(b, closer, fixes);
        if (b.kind == Kind.GROUP && b.functionName == null && found != null) {
            // "if x; {" or "while x; {": C's brace where the shell wants 'then' or 'do', and the
            // 'else', 'fi' or 'done' that follows tells which
            String word = switch (found.type()) {
                case ShellLexer.ELSE, ShellLexer.ELIF, ShellLexer.FI -> "then";
                case ShellLexer.DONE -> "do";
                default -> null;
            };
            if (word != null) {
                message += ", or write " + quote(word) + " instead of '{' at line " + line(b.opener);
                fixes.add(Fix.replace("replace '{' with " + quote(word), b.opener.start(), b.opener.end(), word));
            }
        }
        if (b.kind == Kind.IF) {
            // "else if" opens a second if that needs its own fi: usually 'elif' was meant.
            LexToken elseToken = null;
            LexToken ifToken = null;
            LexToken before = previousVisible(b.opener);
            if (before != null && before.type() == ShellLexer.ELSE) {
                elseToken = before;
                ifToken = b.opener;
            } else if (b.elseToken != null) {
                LexToken after = nextVisible(b.elseToken);
                if (after != null && after.type() == ShellLexer.IF) {
                    elseToken = b.elseToken;
                    ifToken = after;
                }
            }
            if (elseToken != null && source.lineOf(elseToken.start()) == source.lineOf(ifToken.start())) {
                message += ", or write 'elif' instead of 'else if' at line " + line(elseToken);
                fixes.add(Fix.replace("replace 'else if' with 'elif'", elseToken.start(), ifToken.end(), "elif"));
            }
        }
        Fix oneLine = b.kind == Kind.GROUP && b.functionName == null ? oneLineGroupCloser(b) : null;
        if (oneLine != null) {
            fixes.add(oneLine);
        }
        Fix add = addCloser(b, found);
        if (add != null) {
            fixes.add(add);
        }
        int start = found != null ? found.start() : endOfContent();
        int end = found != null ? found.end() : start;
        return new Diagnostic(start, end, Severity.ERROR, UNCLOSED_BLOCK, message, fixes);
    }

    /**
     * "{ while read -r x; do ...; done \n < "$in" > "$out"": a line that starts with a redirection
     * right after a line that ends a loop, an if or a case redirects the group, which lost its '}'
     * at the start of that line.
     */
    private java.util.Optional<Fix> closerBeforeRedirection(Block b, LexToken found) {
        int to = blockScanEnd(found);
        for (int i = indexAt(b.opener.start()) + 2; i >= 2 && i < to; i++) {
            LexToken r = visible.get(i);
            int ended = visible.get(i - 2).type();
            if (r.type() == ShellLexer.REDIRECT && visible.get(i - 1).type() == ShellLexer.NEWLINE
                    && (ended == ShellLexer.DONE || ended == ShellLexer.FI || ended == ShellLexer.ESAC)) {
                int at = source.lineStart(source.lineOf(r.start()));
                return java.util.Optional.of(Fix.replace("add '}' at the start of line " + line(r), at, at, "}"));
            }
        }
        return java.util.Optional.empty();
    }

    /** Where a scan of an unclosed block's tokens stops: the token the parser failed at, or the end. */
    private int blockScanEnd(LexToken found) {
        return found != null ? indexAt(found.start()) : visible.size();
    }

    /** "{ echo x; exit 1; }}": a doubled closer is one word, read as a command; a single '}' closes the group. */
    private java.util.Optional<Fix> doubledGroupCloser(Block b, LexToken found) {
        int to = blockScanEnd(found);
        for (int i = indexAt(b.opener.start()) + 1; i >= 1 && i < to; i++) {
            LexToken w = visible.get(i);
            if (w.type() == ShellLexer.WORD && w.text().length() > 1 && w.text().chars().allMatch(c -> c == '}') && startsCommand(i)) {
                return java.util.Optional.of(Fix.replace("replace " + quote(w.text()) + " with '}' at line " + line(w), w.start(), w.end(), "}"));
            }
        }
        return java.util.Optional.empty();
    }

    /**
     * "... || { echo x; exit 1;": a group opened after a command on its line, whose line ends with
     * ';', is a one-line group; its '}' belongs at the end of that line.
     */
    private Fix oneLineGroupCloser(Block b) {
        int at = indexAt(b.opener.start());
        if (at < 1 || visible.get(at - 1).type() == ShellLexer.NEWLINE) {
            return null;
        }
        int i = at + 1;
        while (i < visible.size() && visible.get(i).type() != ShellLexer.NEWLINE) {
            i++;
        }
        LexToken last = visible.get(i - 1);
        if (i - 1 <= at + 1 || last.type() != ShellLexer.SEMI) {
            return null;
        }
        return Fix.replace("add ' }' at the end of line " + line(last), last.end(), last.end(), " }");
    }

    /** '[[' whose ']]' never came before the end of its line. */
    private Diagnostic unclosedTest(Block b, Diagnostic original) {
        blocks.pop();
        LexToken last = lastVisibleBefore(blocks.position());
        if (last == null || last == b.opener) {
            return null;
        }
        String opened = "'[[' at line " + line(b.opener) + " is never closed";
        // "[[ $a == b]] && x": the ']]' glued to a word is the closing one that was meant.
        int from = indexAt(b.opener.start());
        for (int i = from + 1; i >= 0 && i < visible.size() && visible.get(i).start() <= last.start(); i++) {
            LexToken w = visible.get(i);
            if (w.type() == ShellLexer.WORD && w.text().endsWith("]]") && w.text().length() > 2) {
                int at = w.end() - 2;
                return new Diagnostic(w.start(), w.end(), Severity.ERROR, UNCLOSED_TEST,
                        opened + ": put a space before the ']]' in " + quote(w.text()),
                        List.of(Fix.replace("insert a space before ']]'", at, at, " ")));
            }
        }
        // "[[ $a -eq 0 ]": a single ']' where the test was meant to end
        for (int i = from + 1; i >= 0 && i < visible.size() && visible.get(i).start() <= last.start(); i++) {
            LexToken w = visible.get(i);
            if (w.type() == ShellLexer.WORD && w.text().equals("]")) {
                // reported where it always was (the model's window is placed by it): at the test's last word
                return new Diagnostic(last.start(), last.end(), Severity.ERROR, UNCLOSED_TEST, opened + ": write ']]' for the ']' at line " + line(w),
                        List.of(Fix.replace("replace ']' with ']]'", w.start(), w.end(), "]]"),
                                Fix.replace("add ' ]]' after " + quote(last.text()), last.end(), last.end(), " ]]")));
            }
        }
        return new Diagnostic(last.start(), last.end(), Severity.ERROR, UNCLOSED_TEST, opened + ": add ']]' at the end of the test",
                List.of(Fix.replace("add ' ]]' after " + quote(last.text()), last.end(), last.end(), " ]]")));
    }

    private LexToken lastVisibleBefore(int index) {
        int i = lastNonNewlineBefore(index);
        return i >= 0 ? visible.get(i) : null;
    }

    /** Index of the last visible token before {@code index} that is not a newline; -1 when none. */
    private int lastNonNewlineBefore(int index) {
        int i = Math.min(index, visible.size()) - 1;
        while (i >= 0 && visible.get(i).type() == ShellLexer.NEWLINE) {
            i--;
        }
        return i;
    }

    /** Index of the first visible token after {@code index} that is not a newline; the size when none. */
    private int firstNonNewlineAfter(int index) {
        int i = index + 1;
        while (i < visible.size() && visible.get(i).type() == ShellLexer.NEWLINE) {
            i++;
        }
        return i;
    }

    private LexToken previousVisible(LexToken t) {
        int i = indexAt(t.start());
        return i > 0 ? visible.get(i - 1) : null;
    }

    private LexToken nextVisible(LexToken t) {
        int i = indexAt(t.start());
        return i >= 0 && i + 1 < visible.size() ? visible.get(i + 1) : null;
    }

    /** Inserts ';' right after the word before {@code t}: "echo hi fi" becomes "echo hi; fi". */
    private Fix semicolonBefore(LexToken t) {
        LexToken before = previousVisible(t);
        int at = before != null ? before.end() : t.start();
        return Fix.replace("insert ';' before " + quote(t.text()), at, at, ";");
    }

    /**
     * Adds the closing word of {@code b}: before the first later line that is indented no deeper
     * than the opener (the body ended there), else just before {@code found}, else at the end.
     */
    private Fix addCloser(Block b, LexToken found) {
        String closer = b.kind.closer;
        int openerLine = source.lineOf(b.opener.start());
        String indent = indentation(openerLine);
        int limit = found != null ? source.lineOf(found.start()) : source.lineCount();
        for (int line = openerLine + 1; line < limit; line++) {
            if (frozenLines.get(line)) {
                continue;
            }
            String content = source.lineText(line);
            String stripped = content.strip();
            if (stripped.isEmpty() || stripped.startsWith("#")) {
                continue;
            }
            if (indentation(line).length() <= indent.length() && !continuesBlock(stripped, b)) {
                int at = source.lineStart(line);
                return Fix.replace("add " + quote(closer) + " at line " + segment.line(at), at, at, indent + closer + "\n");
            }
        }
        if (found != null) {
            int foundLine = source.lineOf(found.start());
            int lineStart = source.lineStart(foundLine);
            if (text.substring(lineStart, found.start()).isBlank()) {
                String at = indentation(foundLine).length() > indent.length() ? indentation(foundLine) : indent;
                return Fix.replace("add " + quote(closer) + " before " + quote(found.text()), lineStart, lineStart, at + closer + "\n");
            }
            return Fix.replace("add " + quote(closer) + " before " + quote(found.text()), found.start(), found.start(), closer + "; ");
        }
        if (text.indexOf('\n') < 0) {
            int end = endOfContent();
            String sep = b.kind == Kind.GROUP || b.kind == Kind.IF || b.kind.loop() || b.kind == Kind.CASE ? "; " : " ";
            return Fix.replace("add " + quote(closer) + " at the end", end, end, sep + closer);
        }
        int end = text.length();
        String prefix = end > 0 && text.charAt(end - 1) != '\n' ? "\n" : "";
        return Fix.replace("add " + quote(closer) + " at the end", end, end, prefix + indent + closer + "\n");
    }

    /** Lines that belong to the block even when they are not indented: its own keywords. */
    private static boolean continuesBlock(String line, Block b) {
        String first = line.split("[\\s;]", 2)[0];
        return switch (b.kind) {
            case IF -> first.equals("then") || first.equals("elif") || first.equals("else");
            case FOR, SELECT, WHILE, UNTIL -> first.equals("do");
            case CASE -> first.equals("in") || line.startsWith(";;");
            default -> false;
        };
    }

    private String indentation(int line) {
        int start = source.lineStart(line);
        int end = source.lineEnd(line);
        int i = start;
        while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return text.substring(start, i);
    }

    /** End of a line's code: before a trailing comment and blanks. */
    private int endOfLineCode(int line) {
        int end = source.lineStart(line);
        for (LexToken t : visible) {
            if (t.type() != ShellLexer.NEWLINE && source.lineOf(t.start()) == line) {
                end = Math.max(end, t.end());
            } else if (source.lineOf(t.start()) > line) {
                break;
            }
        }
        return end;
    }

    private int endOfContent() {
        for (int i = visible.size() - 1; i >= 0; i--) {
            if (visible.get(i).type() != ShellLexer.NEWLINE) {
                return visible.get(i).end();
            }
        }
        return 0;
    }

    // ------------------------------------------------------------------ lexical errors

    private Diagnostic lexical(SyntaxIssue issue) {
        Diagnostic d = issue.diagnostic();
        int type = issue.foundType();
        if (type == ShellLexer.MARKDOWN_FENCE) {
            int line = source.lineOf(d.start());
            int from = source.lineStart(line);
            int to = line + 1 < source.lineCount() ? source.lineStart(line + 1) : source.lineEnd(line);
            return d.withFixes(List.of(Fix.replace("remove the markdown fence", from, to, "")));
        }
        if (type == ShellParser.UNTERMINATED_HEREDOC) {
            return heredoc(d);
        }
        if (type == ShellLexer.UNTERMINATED_SQ || type == ShellLexer.UNTERMINATED_DQ || type == ShellLexer.UNTERMINATED_BACKTICK
                || type == ShellLexer.UNTERMINATED_SUBST || type == ShellLexer.UNTERMINATED_PARAM) {
            return unterminated(d, issue.foundText());
        }
        return d;
    }

    /**
     * A quote that never closes. Bash pairs quotes from the top, so the one left over at the end
     * is often not the one forgotten: an earlier string that runs over several lines and ends
     * glued to a word ("...\nfi "$x") is where the quotes fell out of step.
     */
    private Diagnostic unterminated(Diagnostic d, String tokenText) {
        String opener = tokenText.startsWith("$(") ? "$(" : tokenText.startsWith("${") ? "${" : tokenText.substring(0, 1);
        if ((opener.equals("<") || opener.equals(">")) && tokenText.length() > 1) {
            opener = tokenText.substring(0, 2);
        }
        String closer = switch (opener) {
            case "$(", "<(", ">(" -> ")";
            case "${" -> "}";
            default -> opener;
        };
        boolean isQuote = opener.equals("\"") || opener.equals("'");
        if (isQuote) {
            int[] culprit = outOfStep(opener.charAt(0), d.start());
            if (culprit != null) {
                int open = culprit[0];
                int openLine = source.lineOf(open);
                String message = "unterminated string: the " + opener + " opened here is not closed on line " + segment.line(open)
                        + "; bash reads on to the " + opener + " at line " + segment.line(culprit[1]) + ", and the quotes after it are out of step";
                return new Diagnostic(open, open + 1, Severity.ERROR, UNTERMINATED_QUOTE, message,
                        closeOnLine(openLine, open, opener.charAt(0)));
            }
        }
        if (opener.equals("'")) {
            Diagnostic apostrophe = apostrophe(d.start());
            if (apostrophe != null) {
                return apostrophe;
            }
        }
        String what = isQuote ? "unterminated string: the " + opener + " opened here is never closed"
                : opener.equals("`") ? "unterminated command substitution: the ` opened here is never closed"
                : opener.equals("${") ? "unterminated parameter expansion: the ${ opened here is never closed"
                : "unterminated substitution: the " + opener + " opened here is never closed";
        int line = source.lineOf(d.start());
        return new Diagnostic(d.start(), Math.min(d.end(), d.start() + opener.length()), Severity.ERROR, UNTERMINATED_QUOTE,
                what + "; add " + quote(closer), closeOnLine(line, d.start(), closer.charAt(0)));
    }

    /**
     * "echo 'don't panic'": the apostrophe ends the single-quoted string, and the last quote of
     * the line is left open. Reported at the apostrophe; the fix writes the string in double
     * quotes when nothing in it would expand there.
     */
    private Diagnostic apostrophe(int unclosed) {
        int line = source.lineOf(unclosed);
        int lineStart = source.lineStart(line);
        String content = text.substring(lineStart, unclosed + 1);
        int first = content.indexOf('\'');
        int apostrophe = content.indexOf('\'', first + 1);
        if (first < 0 || apostrophe < 0 || lineStart + apostrophe == unclosed || content.indexOf('\'', apostrophe + 1) != content.length() - 1) {
            return null;
        }
        if (apostrophe == 0 || !Character.isLetter(content.charAt(apostrophe - 1)) || apostrophe + 1 >= content.length()
                || !Character.isLetter(content.charAt(apostrophe + 1))) {
            return null;
        }
        String inside = content.substring(first + 1, content.length() - 1);
        int at = lineStart + apostrophe;
        int wordStart = apostrophe;
        while (wordStart > 0 && Character.isLetter(content.charAt(wordStart - 1))) {
            wordStart--;
        }
        int wordEnd = apostrophe + 1;
        while (wordEnd < content.length() && Character.isLetter(content.charAt(wordEnd))) {
            wordEnd++;
        }
        String word = content.substring(wordStart, wordEnd);
        List<Fix> fixes = new ArrayList<>();
        if (inside.indexOf('"') < 0 && inside.indexOf('$') < 0 && inside.indexOf('`') < 0 && inside.indexOf('\\') < 0) {
            fixes.add(new Fix("write the string in double quotes", List.of(new TextEdit(lineStart + first, lineStart + first + 1, "\""),
                    new TextEdit(unclosed, unclosed + 1, "\""))));
        }
        return new Diagnostic(at, at + 1, Severity.ERROR, UNTERMINATED_QUOTE, "unterminated string: the apostrophe in " + quote(word)
                + " ends the single-quoted string that starts at column " + (first + 1) + ", and the last ' of line "
                + segment.line(unclosed) + " is left open; use double quotes for text with an apostrophe", fixes);
    }

    /** Offer to close at the end of the line when nothing else on the line after the opener is the same quote. */
    private List<Fix> closeOnLine(int line, int open, char closer) {
        int end = endOfLineCode(line);
        if (end <= open) {
            end = source.lineEnd(line);
            while (end > open + 1 && Character.isWhitespace(text.charAt(end - 1))) {
                end--;
            }
        }
        String rest = text.substring(open + 1, Math.max(open + 1, Math.min(end, source.lineEnd(line))));
        if (rest.indexOf(closer) >= 0 || end <= open) {
            return List.of();
        }
        return List.of(Fix.replace("close it at the end of line " + segment.line(open), end, end, String.valueOf(closer)));
    }

    /**
     * {opening offset, closing offset} of the first string before {@code limit} that spans
     * lines and whose closing quote is glued to a word, or null.
     */
    private int[] outOfStep(char q, int limit) {
        for (LexToken t : visible) {
            if (t.start() >= limit) {
                break;
            }
            if (t.text().indexOf('\n') < 0 || t.text().indexOf(q) < 0) {
                continue;
            }
            String w = t.text();
            for (int i = 0; i < w.length(); i++) {
                char c = w.charAt(i);
                if (c == '\\') {
                    i++;
                    continue;
                }
                if (c != '"' && c != '\'') {
                    continue;
                }
                int close = c == '\'' ? w.indexOf('\'', i + 1) : closingDoubleQuote(w, i);
                if (close < 0) {
                    break;
                }
                boolean spans = w.substring(i, close).indexOf('\n') >= 0;
                char after = close + 1 < w.length() ? w.charAt(close + 1) : ' ';
                if (c == q && spans && (Character.isLetterOrDigit(after) || "$_/.-{".indexOf(after) >= 0)) {
                    return new int[] {t.start() + i, t.start() + close};
                }
                i = close;
            }
        }
        return null;
    }

    private static int closingDoubleQuote(String w, int open) {
        for (int j = open + 1; j < w.length(); j++) {
            char c = w.charAt(j);
            if (c == '\\') {
                j++;
            } else if (c == '"') {
                return j;
            }
        }
        return -1;
    }

    /** A here-document whose delimiter line never comes; reported at its '<<'. */
    private Diagnostic heredoc(Diagnostic d) {
        LexToken op = null;
        LexToken word = null;
        for (int i = visible.size() - 1; i >= 0; i--) {
            LexToken t = visible.get(i);
            if (t.start() < d.start() && (t.type() == ShellLexer.DLESS || t.type() == ShellLexer.DLESSDASH)) {
                op = t;
                word = i + 1 < visible.size() ? visible.get(i + 1) : null;
                break;
            }
        }
        if (op == null || word == null) {
            return new Diagnostic(d.start(), d.end(), Severity.ERROR, UNTERMINATED_HEREDOC, d.message());
        }
        String delimiter = ShellWords.heredocDelimiter(word.text());
        String message = "here-document " + quote(delimiter) + " is never closed: no line after it is exactly " + quote(delimiter)
                + ", so the rest of the script is read as its text";
        List<Fix> fixes = new ArrayList<>();
        int bodyLine = source.lineOf(d.start());
        for (int line = bodyLine; line < source.lineCount(); line++) {
            String content = source.lineText(line);
            if (!content.equals(delimiter) && content.strip().equals(delimiter)) {
                boolean tabsOnly = op.type() == ShellLexer.DLESSDASH && content.stripTrailing().equals(content);
                if (!tabsOnly) {
                    message += "; line " + segment.line(source.lineStart(line)) + " has " + quote(content)
                            + ", with blanks around the delimiter" + (op.type() == ShellLexer.DLESS ? " (only '<<-' allows leading tabs)" : "");
                    fixes.add(Fix.replace("remove the blanks around " + quote(delimiter), source.lineStart(line), source.lineEnd(line), delimiter));
                }
                break;
            }
        }
        if (fixes.isEmpty()) {
            // "<<MAIN" whose body ends at a line "EOF": the delimiter was misnamed.
            for (int line = bodyLine; line < source.lineCount(); line++) {
                String content = op.type() == ShellLexer.DLESSDASH ? source.lineText(line).replaceFirst("^\t+", "") : source.lineText(line);
                if (content.matches("[A-Z][A-Z0-9_]+")) {
                    int at = word.start() + word.text().indexOf(delimiter);
                    fixes.add(Fix.replace("rename the delimiter " + quote(delimiter) + " to " + quote(content) + " (line "
                            + segment.line(source.lineStart(line)) + ")", at, at + delimiter.length(), content));
                    break;
                }
            }
        }
        return new Diagnostic(op.start(), word.end(), Severity.ERROR, UNTERMINATED_HEREDOC, message, fixes);
    }

    // ------------------------------------------------------------------ helpers

    private int line(LexToken t) {
        return segment.line(t.start());
    }

    static String quote(String s) {
        return "'" + (s.length() > 30 ? s.substring(0, 30) + "…" : s) + "'";
    }

    /** Where a parsed piece of text sits in the whole file. */
    record Segment(SourceText file, int base) {
        /** 1-based line in the file of an offset in the segment. */
        int line(int offset) {
            return file.lineOf(base + offset) + 1;
        }
    }
}

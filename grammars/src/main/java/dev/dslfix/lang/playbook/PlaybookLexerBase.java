package dev.dslfix.lang.playbook;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Token;

/**
 * Indentation for the playbook lexer, the way Python lexers do it: a stack of block columns,
 * INDENT where a line starts a deeper block, DEDENT for each block a line leaves, NEWLINE at the
 * end of each line with content (blank and comment-only lines make none). After {@code "- "} with
 * content on the same line the content column opens a block too, so that the keys of a mapping in
 * a sequence item line up with the first one. INDENT and DEDENT are zero-width tokens with empty
 * text: at the start of the line they belong to, or right before the content after a dash.
 *
 * <p>Broken indentation never stops the lexer: a line indented to a column no open block uses,
 * deeper than the line before allows, or with a tab, becomes a {@link #BAD_INDENT} or
 * {@link #TAB_INDENT} token over its indentation (a lexical error) and is treated as if it were
 * at the most plausible column; the details are kept as {@link IndentProblem}s. Other lines of
 * the same block at the same wrong column are taken as that column without a second report.
 *
 * <p>Also here: the opaque content of block scalars ({@code |} and {@code >}) as one BLOCK_TEXT
 * token, multi-line plain scalars (a more indented line that continues a value), and flow
 * collections that a line break at the block's indentation leaves unclosed.
 */
public abstract class PlaybookLexerBase extends Lexer {

    /** What the lines of a block have been so far. */
    static final int KIND_NONE = 0;
    static final int KIND_SEQ = 1;
    static final int KIND_MAP = 2;
    static final int KIND_SCALAR = 3;

    /** A problem with a line's indentation; offsets are code-point indices. */
    public record IndentProblem(Type type, int lineStart, int contentStart, int column, int blockAbove,
                                List<Integer> candidates) {
        public enum Type {
            /** Deeper than the line before allows (it opened no block). */
            OVER,
            /** Between two open blocks: a dedent to a column no block uses. */
            BETWEEN,
            /** Tabs in the indentation. */
            TAB,
            /** A list item or key at the column of a plain value, as if nested in it. */
            UNDER_VALUE
        }
    }

    /**
     * A flow collection still open where its block ends: {@code opener} is the outermost '[' or
     * '{', {@code closers} what closes everything still open, innermost first.
     */
    public record FlowProblem(int at, int openerIndex, char opener, String closers) {
    }

    private static final class Level {
        final int col;
        /** Column of the dash when the block is the content after "- ", else -1. */
        final int dashCol;
        int kind;
        final Set<Integer> aliases = new HashSet<>(2);

        Level(int col, int dashCol, int kind) {
            this.col = col;
            this.dashCol = dashCol;
            this.kind = kind;
        }
    }

    /** The next line with content, found ahead at a line break. */
    private record LineInfo(int lineStart, int contentStart, int column, boolean tab, boolean dash, boolean keyLike,
                            boolean closer, int spaces, int tabs) {
        int kind() {
            return dash ? KIND_SEQ : keyLike ? KIND_MAP : KIND_SCALAR;
        }
    }

    private static final int OWNER_NONE = 0;
    private static final int OWNER_MAP = 1;
    private static final int OWNER_SEQ = 2;

    private final Deque<Level> levels = new ArrayDeque<>();
    private final Deque<Token> pending = new ArrayDeque<>();
    private final Deque<int[]> openers = new ArrayDeque<>();
    private final List<IndentProblem> indentProblems = new ArrayList<>();
    private final List<FlowProblem> flowProblems = new ArrayList<>();
    private boolean started;
    private boolean finished;
    private boolean prefixMode;
    private LineInfo pendingLine;
    /** Indentation of a last line that has nothing but blanks (prefix mode), else null. */
    private LineInfo trailingLine;
    private boolean lineHasContent;
    private int lastType;
    /** Whether the value on this line belongs to a key (':') or to a sequence item ('-'). */
    private int owner;
    /** A lexical error on this line: deeper lines after it are its consequences, not news. */
    private boolean lineHadLexicalError;
    private int lineStart;
    private int currentIndent;
    private int flowDepth;
    private int flowOpenIndent;
    private String lastHeader = "";
    /** How far the current line was moved to a plausible column (0 when its indentation is fine). */
    private int lineShift;
    /** The width a tab in the current line's indentation is taken to have. */
    private int tabWidth = 2;

    protected PlaybookLexerBase(CharStream input) {
        super(input);
        levels.push(new Level(0, -1, KIND_NONE));
    }

    /**
     * In prefix mode (expected tokens after a prefix of a document) the end of the input closes
     * nothing: no NEWLINE, no DEDENTs; a last line of blanks only gets its INDENT or DEDENTs.
     */
    public void setPrefixMode(boolean prefixMode) {
        this.prefixMode = prefixMode;
    }

    public List<IndentProblem> indentProblems() {
        return indentProblems;
    }

    public List<FlowProblem> flowProblems() {
        return flowProblems;
    }

    @Override
    public void reset() {
        super.reset();
        levels.clear();
        levels.push(new Level(0, -1, KIND_NONE));
        pending.clear();
        openers.clear();
        indentProblems.clear();
        flowProblems.clear();
        started = finished = false;
        pendingLine = trailingLine = null;
        lineHasContent = lineHadLexicalError = false;
        lastType = owner = lineStart = currentIndent = flowDepth = flowOpenIndent = 0;
    }

    private static boolean isSeparator(int c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == CharStream.EOF;
    }

    // ------------------------------------------------------------------ token pipeline

    @Override
    public Token nextToken() {
        if (!started) {
            started = true;
            int from = _input.LA(1) == 0xFEFF ? 1 : 0;
            lineStart = from;
            pendingLine = scanContentLine(from);
        }
        while (pending.isEmpty()) {
            handle(super.nextToken());
        }
        return pending.poll();
    }

    private void handle(Token t) {
        int type = t.getType();
        if (type == Token.EOF) {
            finish(t);
            return;
        }
        boolean inFlow = flowDepth > 0;
        if (pendingLine != null && t.getStartIndex() >= pendingLine.lineStart()) {
            LineInfo line = pendingLine;
            pendingLine = null;
            if (!inFlow) {
                indentation(line, t);
            }
        }
        if (type == PlaybookLexer.FLOW_NEWLINE) {
            flowNewline(t);
            return;
        }
        if ((type == PlaybookLexer.DOC_START || type == PlaybookLexer.DOC_END) && (inFlow || t.getStartIndex() != lineStart)) {
            ((CommonToken) t).setType(PlaybookLexer.PLAIN); // only a line's first characters mark a document
            type = PlaybookLexer.PLAIN;
        }
        if (inFlow) {
            if (type == PlaybookLexer.LBRACK || type == PlaybookLexer.LBRACE) {
                openers.push(new int[] {t.getStartIndex(), type});
                flowDepth++;
            } else if (type == PlaybookLexer.RBRACK || type == PlaybookLexer.RBRACE) {
                openers.poll();
                flowDepth--;
            }
            if (t.getChannel() == Token.DEFAULT_CHANNEL) {
                noteContent(type);
            }
            pending.add(t);
            return;
        }
        if (type == PlaybookLexer.NEWLINE) {
            newline((CommonToken) t);
            return;
        }
        if (t.getChannel() != Token.DEFAULT_CHANNEL || type == PlaybookLexer.MARKDOWN_FENCE
                || type == PlaybookLexer.BAD_INDENT || type == PlaybookLexer.TAB_INDENT) {
            pending.add(t);
            return;
        }
        if (type == PlaybookLexer.LBRACK || type == PlaybookLexer.LBRACE) {
            openers.push(new int[] {t.getStartIndex(), type});
            flowDepth = 1;
            flowOpenIndent = currentIndent;
        }
        if (type == PlaybookLexer.UNTERMINATED_DQ || type == PlaybookLexer.UNTERMINATED_SQ
                || type == PlaybookLexer.UNQUOTED_JINJA) {
            lineHadLexicalError = true;
        }
        noteContent(type);
        pending.add(t);
        if (type == PlaybookLexer.BLOCK_HEADER) {
            lastHeader = t.getText();
        }
        if (type == PlaybookLexer.COLON) {
            owner = OWNER_MAP;
        } else if (type == PlaybookLexer.DASH) {
            owner = OWNER_SEQ;
            dash(t);
        }
    }

    private void noteContent(int type) {
        lineHasContent = true;
        lastType = type;
    }

    /** After "- " with content on the same line, that content opens a block at its column. */
    private void dash(Token t) {
        int i = _input.index();
        while (la(i) == ' ' || la(i) == '\t') {
            i++;
        }
        int c = la(i);
        if (c == CharStream.EOF || c == '\n' || c == '\r' || c == '#') {
            return;
        }
        int kind = c == '-' && isSeparator(la(i + 1)) ? KIND_SEQ : keyLike(i) ? KIND_MAP : KIND_SCALAR;
        if (i > _input.index()) {
            // the blanks after the dash come before the INDENT, as in the text
            CommonToken ws = new CommonToken(_tokenFactorySourcePair, PlaybookLexer.WS, Token.HIDDEN_CHANNEL, _input.index(), i - 1);
            ws.setLine(t.getLine());
            ws.setCharPositionInLine(t.getCharPositionInLine() + 1);
            pending.add(ws);
            getInterpreter().setCharPositionInLine(getInterpreter().getCharPositionInLine() + i - _input.index());
            _input.seek(i);
        }
        int col = column(i);
        // On a line taken at another column the block moves with it; its actual column stays valid.
        Level level = new Level(col + lineShift, column(t.getStartIndex()) + lineShift, kind);
        if (lineShift != 0) {
            level.aliases.add(col);
        }
        levels.push(level);
        pending.add(synthetic(PlaybookLexer.INDENT, i, t));
    }

    private void newline(CommonToken t) {
        if (!lineHasContent) {
            t.setChannel(Token.HIDDEN_CHANNEL);
            pending.add(t);
            return;
        }
        if (lastType == PlaybookLexer.BLOCK_HEADER && blockScalar(t)) {
            return;
        }
        LineInfo next = scanContentLine(_input.index());
        if (next != null && lastType == PlaybookLexer.PLAIN && !next.tab() && !next.dash() && !next.keyLike()
                && next.column() > continuationThreshold() && !commentBetween(_input.index(), next.contentStart())) {
            // A multi-line plain scalar: the break folds into the value, and the next line is
            // more of it whatever its first character ('[', '&', '|' ...).
            t.setChannel(Token.HIDDEN_CHANNEL);
            pending.add(t);
            continuation(next);
            return;
        }
        pending.add(t);
        lineHasContent = false;
        owner = OWNER_NONE;
        pendingLine = next;
    }

    private boolean commentBetween(int from, int to) {
        for (int i = from; i < to; i++) {
            if (la(i) == '#') {
                return true;
            }
        }
        return false;
    }

    /** Emits a continuation line of a plain scalar: its indentation (hidden) and its text as PLAIN. */
    private void continuation(LineInfo next) {
        int start = _input.index();
        int contentEnd = next.contentStart();
        int i = contentEnd;
        while (true) {
            int c = la(i);
            if (c == CharStream.EOF || c == '\n' || c == '\r' || ((c == ' ' || c == '\t') && la(i + 1) == '#')) {
                break;
            }
            i++;
            if (c != ' ' && c != '\t') {
                contentEnd = i;
            }
        }
        int line = getInterpreter().getLine();
        if (next.contentStart() > start) {
            CommonToken ws = new CommonToken(_tokenFactorySourcePair, PlaybookLexer.WS, Token.HIDDEN_CHANNEL, start, next.contentStart() - 1);
            ws.setLine(line);
            pending.add(ws);
        }
        int breaks = 0;
        for (int k = start; k < next.contentStart(); k++) {
            int c = la(k);
            if (c == '\n' || (c == '\r' && la(k + 1) != '\n')) {
                breaks++;
            }
        }
        CommonToken plain = new CommonToken(_tokenFactorySourcePair, PlaybookLexer.PLAIN, Token.DEFAULT_CHANNEL, next.contentStart(), contentEnd - 1);
        plain.setLine(line + breaks);
        plain.setCharPositionInLine(next.contentStart() - next.lineStart());
        pending.add(plain);
        _input.seek(contentEnd);
        getInterpreter().setLine(line + breaks);
        getInterpreter().setCharPositionInLine(contentEnd - next.lineStart());
        lineStart = next.lineStart();
    }

    private int continuationThreshold() {
        Level top = levels.peek();
        if (owner == OWNER_SEQ && top.dashCol >= 0) {
            return top.dashCol;
        }
        return top.col;
    }

    /**
     * The content of a block scalar whose header ended this line: every following line that is
     * blank or indented at least as deep as its first line (which must be deeper than the
     * parent block) becomes one BLOCK_TEXT token. False when the scalar is empty.
     */
    private boolean blockScalar(CommonToken newline) {
        Level top = levels.peek();
        int parent = owner == OWNER_SEQ && top.dashCol >= 0 ? top.dashCol : owner == OWNER_NONE && levels.size() == 1 ? -1 : top.col;
        int explicit = explicitIndent();
        int start = _input.index();
        int contentIndent = -1;
        if (explicit > 0) {
            contentIndent = Math.max(parent, 0) + explicit;
        } else {
            int i = start;
            while (true) {
                int spaces = 0;
                while (la(i + spaces) == ' ') {
                    spaces++;
                }
                int c = la(i + spaces);
                if (c == '\n' || c == '\r') {
                    i = afterBreak(i + spaces);
                    continue;
                }
                if (c != CharStream.EOF && spaces > parent) {
                    contentIndent = spaces;
                }
                break;
            }
        }
        if (contentIndent < 0) {
            return false;
        }
        int i = start;
        int lastEnd = -1;
        int lastLineStart = -1;
        int breaks = 0;
        int breaksAtLast = 0;
        while (true) {
            int spaces = 0;
            while (la(i + spaces) == ' ') {
                spaces++;
            }
            int c = la(i + spaces);
            if (c == CharStream.EOF) {
                break;
            }
            if (c == '\n' || c == '\r') {
                i = afterBreak(i + spaces);
                breaks++;
                continue;
            }
            if (spaces < contentIndent) {
                break;
            }
            int e = i + spaces;
            while (la(e) != CharStream.EOF && la(e) != '\n' && la(e) != '\r') {
                e++;
            }
            lastLineStart = i;
            lastEnd = e;
            breaksAtLast = breaks;
            if (la(e) == CharStream.EOF) {
                break;
            }
            i = afterBreak(e);
            breaks++;
        }
        if (lastEnd < 0) {
            return false;
        }
        newline.setChannel(Token.HIDDEN_CHANNEL);
        pending.add(newline);
        CommonToken text = new CommonToken(_tokenFactorySourcePair, PlaybookLexer.BLOCK_TEXT, Token.DEFAULT_CHANNEL, start, lastEnd - 1);
        text.setLine(newline.getLine() + 1);
        text.setCharPositionInLine(0);
        pending.add(text);
        _input.seek(lastEnd);
        getInterpreter().setLine(newline.getLine() + 1 + breaksAtLast);
        getInterpreter().setCharPositionInLine(lastEnd - lastLineStart);
        lineStart = lastLineStart;
        lastType = PlaybookLexer.BLOCK_TEXT;
        return true;
    }

    /** The explicit indentation indicator of the block header just before this line break, or 0. */
    private int explicitIndent() {
        for (char ch : lastHeader.toCharArray()) {
            if (ch >= '1' && ch <= '9') {
                return ch - '0';
            }
        }
        return 0;
    }

    private void flowNewline(Token t) {
        LineInfo next = scanContentLine(_input.index());
        if (next == null || next.closer() || next.column() > flowOpenIndent) {
            pending.add(t);
            return;
        }
        // The block resumes while a '[' or '{' is open: it was never closed.
        closeFlow(t.getStartIndex(), t);
        CommonToken nl = (CommonToken) t;
        nl.setType(PlaybookLexer.NEWLINE);
        nl.setChannel(Token.DEFAULT_CHANNEL);
        newline(nl);
    }

    private void closeFlow(int at, Token near) {
        int[] outer = openers.peekLast();
        StringBuilder closers = new StringBuilder();
        while (!openers.isEmpty()) {
            int[] o = openers.pop();
            closers.append(o[1] == PlaybookLexer.LBRACK ? ']' : '}');
            pending.add(synthetic(o[1] == PlaybookLexer.LBRACK ? PlaybookLexer.RBRACK : PlaybookLexer.RBRACE, at, near));
        }
        flowProblems.add(new FlowProblem(at, outer[0], outer[1] == PlaybookLexer.LBRACK ? '[' : '{', closers.toString()));
        pending.add(synthetic(PlaybookLexer.UNCLOSED_FLOW, at, near));
        while (!_modeStack.isEmpty()) {
            popMode();
        }
        flowDepth = 0;
        lastType = PlaybookLexer.RBRACK;
        lineHasContent = true;
        lineHadLexicalError = true;
    }

    private void finish(Token eof) {
        if (finished) {
            pending.add(eof);
            return;
        }
        finished = true;
        int at = eof.getStartIndex();
        if (flowDepth > 0) {
            closeFlow(at, eof);
        }
        if (prefixMode) {
            if (trailingLine != null && !lineHasContent) {
                indentation(trailingLine, null);
            }
            pending.add(eof);
            return;
        }
        if (lineHasContent) {
            pending.add(synthetic(PlaybookLexer.NEWLINE, at, eof));
        }
        while (levels.size() > 1) {
            levels.pop();
            pending.add(synthetic(PlaybookLexer.DEDENT, at, eof));
        }
        pending.add(eof);
    }

    /**
     * The block structure at the start of a content line: DEDENTs for the blocks it leaves, an
     * INDENT when it opens one, and a problem (with the line taken at the most plausible column)
     * when neither fits. {@code first} is the line's first token (its indentation when it has
     * some), or null at the end of a prefix.
     */
    private void indentation(LineInfo line, Token first) {
        lineStart = line.lineStart();
        lineShift = 0;
        int col = line.column();
        Level top = levels.peek();
        boolean opener = lastType == 0 || lastType == PlaybookLexer.COLON || lastType == PlaybookLexer.DASH
                || lastType == PlaybookLexer.DOC_START || lastType == PlaybookLexer.ANCHOR || lastType == PlaybookLexer.TAG;
        tabWidth = 2;
        if (line.tab()) {
            // How wide was the tab meant to be? The width that puts the line where it fits best.
            int bestScore = -1;
            for (int w : new int[] {2, 4, 8}) {
                int c = line.spaces() + line.tabs() * w;
                int score = -1;
                for (Level l : levels) {
                    if (l.col == c) {
                        score = score(l, line);
                        break;
                    }
                }
                if (score < 0 && c > top.col && opener) {
                    score = 3; // after "key:" a deeper line is what was meant
                }
                if (score > bestScore) {
                    bestScore = score;
                    col = c;
                    tabWidth = w;
                }
            }
            line = new LineInfo(line.lineStart(), line.contentStart(), col, true, line.dash(), line.keyLike(), line.closer(),
                    line.spaces(), line.tabs());
        }
        currentIndent = col;
        boolean lenient = lineHadLexicalError;
        lineHadLexicalError = false;
        Level target = null;
        for (Level l : levels) {
            if (l.col == col || l.aliases.contains(col)) {
                target = l;
                break;
            }
        }
        IndentProblem.Type problem = null;
        List<Integer> candidates = List.of();
        if (target != null && target.kind == KIND_SCALAR && target.dashCol >= 0 && (line.dash() || line.keyLike()) && !lenient) {
            // "- a" then "  - b": YAML would fold the line into the value above; a list item was meant.
            List<Level> fitting = new ArrayList<>();
            for (Level l : levels) {
                if (l != target && l.col < col && score(l, line) == 2) {
                    fitting.add(l);
                }
            }
            if (!fitting.isEmpty()) {
                Level to = fitting.get(0);
                List<Integer> cols = new ArrayList<>();
                for (Level l : fitting.subList(0, Math.min(2, fitting.size()))) {
                    cols.add(l.col);
                }
                to.aliases.add(col);
                target = to;
                problem = IndentProblem.Type.UNDER_VALUE;
                candidates = cols;
            }
        }
        int at = line.lineStart();
        Token near = first;
        if (target == null && col > top.col && (opener || lenient)) {
            if (opener) {
                Level pushed = new Level(col, -1, line.kind());
                levels.push(pushed);
                if (line.tab()) {
                    report(IndentProblem.Type.TAB, line, top.col, List.of(col), first);
                }
                pending.add(synthetic(PlaybookLexer.INDENT, at, near));
                return;
            }
            target = top;
            top.aliases.add(col);
        }
        if (target == null) {
            List<Level> options = new ArrayList<>();
            if (col > top.col) {
                problem = IndentProblem.Type.OVER;
                options.add(top);
                Level kindMatch = null;
                for (Level l : levels) {
                    if (l != top && l.kind == line.kind() && kindMatch == null) {
                        kindMatch = l;
                    }
                }
                if (kindMatch != null && top.kind != line.kind()) {
                    options.add(kindMatch);
                }
            } else {
                problem = IndentProblem.Type.BETWEEN;
                Level above = null;
                Level below = null;
                for (Level l : levels) {
                    if (l.col > col) {
                        above = l;
                    } else if (below == null) {
                        below = l;
                    }
                }
                options.add(above);
                if (below != null) {
                    options.add(below);
                }
            }
            LineInfo at0 = line;
            int col0 = col;
            options.sort((a, b) -> {
                int s = Integer.compare(score(b, at0), score(a, at0));
                if (s != 0) {
                    return s;
                }
                int d = Integer.compare(Math.abs(a.col - col0), Math.abs(b.col - col0));
                return d != 0 ? d : Integer.compare(b.col, a.col);
            });
            target = options.get(0);
            target.aliases.add(col);
            List<Integer> cols = new ArrayList<>();
            for (Level l : options) {
                cols.add(l.col);
            }
            candidates = cols;
        }
        while (levels.peek() != target) {
            levels.pop();
            pending.add(synthetic(PlaybookLexer.DEDENT, at, near));
        }
        if (target.kind == KIND_NONE) {
            target.kind = line.kind();
        }
        lineShift = target.col - col;
        if (line.tab()) {
            report(IndentProblem.Type.TAB, line, top.col, candidates.isEmpty() ? List.of(target.col) : candidates, first);
        } else if (problem != null) {
            report(problem, line, top.col, candidates, first);
        }
    }

    private static int score(Level l, LineInfo line) {
        if (line.dash()) {
            return l.kind == KIND_SEQ ? 2 : l.kind == KIND_MAP || l.kind == KIND_NONE ? 1 : 0;
        }
        if (line.keyLike()) {
            return l.kind == KIND_MAP ? 2 : l.kind == KIND_NONE ? 1 : 0;
        }
        return 1;
    }

    private void report(IndentProblem.Type type, LineInfo line, int above, List<Integer> candidates, Token first) {
        indentProblems.add(new IndentProblem(type, line.lineStart(), line.contentStart(), line.column(), above, List.copyOf(candidates)));
        if (first instanceof CommonToken ct && first.getType() == PlaybookLexer.WS && first.getStartIndex() == line.lineStart()) {
            ct.setType(type == IndentProblem.Type.TAB ? PlaybookLexer.TAB_INDENT : PlaybookLexer.BAD_INDENT);
        }
    }

    private CommonToken synthetic(int type, int index, Token near) {
        CommonToken t = new CommonToken(_tokenFactorySourcePair, type, Token.DEFAULT_CHANNEL, index, index - 1);
        t.setText("");
        if (near != null) {
            t.setLine(near.getLine());
            t.setCharPositionInLine(index - lineStart);
        }
        return t;
    }

    // ------------------------------------------------------------------ looking ahead

    /** Column of index {@code i} on the current line, a tab counting as in its indentation. */
    private int column(int i) {
        int col = 0;
        for (int k = lineStart; k < i; k++) {
            col += la(k) == '\t' ? tabWidth : 1;
        }
        return col;
    }

    /** Character at absolute code-point index {@code i} (the stream is in memory: any index works). */
    private int la(int i) {
        int at = _input.index();
        return i >= at ? _input.LA(i - at + 1) : _input.LA(i - at);
    }

    private int afterBreak(int i) {
        if (la(i) == '\r') {
            return la(i + 1) == '\n' ? i + 2 : i + 1;
        }
        return i + 1;
    }

    /** The next line with content from {@code from} (a line start), skipping blank and comment lines. */
    private LineInfo scanContentLine(int from) {
        int i = from;
        while (true) {
            int ls = i;
            int col = 0;
            int tabs = 0;
            boolean tab = false;
            while (true) {
                int c = la(i);
                if (c == ' ') {
                    col++;
                } else if (c == '\t') {
                    tab = true;
                    tabs++;
                    col += 2;
                } else {
                    break;
                }
                i++;
            }
            int c = la(i);
            if (c == CharStream.EOF) {
                trailingLine = i > ls && !tab ? new LineInfo(ls, i, col, false, false, false, false, col, 0) : null;
                return null;
            }
            if (c == '\n' || c == '\r') {
                i = afterBreak(i);
                continue;
            }
            boolean skip = c == '#' || (c == '`' && la(i + 1) == '`' && la(i + 2) == '`') || (c == '%' && i == ls);
            if (skip) {
                while (la(i) != CharStream.EOF && la(i) != '\n' && la(i) != '\r') {
                    i++;
                }
                continue;
            }
            boolean dash = c == '-' && isSeparator(la(i + 1));
            return new LineInfo(ls, i, col, tab, dash, !dash && keyLike(i), c == ']' || c == '}', col - 2 * tabs, tabs);
        }
    }

    /** Whether the line from {@code i} reads as "key: ..." (a ': ' or final ':' before any comment). */
    private boolean keyLike(int i) {
        int c = la(i);
        if (c == '"' || c == '\'') {
            int q = c;
            i++;
            while (true) {
                c = la(i);
                if (c == CharStream.EOF || c == '\n' || c == '\r') {
                    return false;
                }
                if (q == '"' && c == '\\') {
                    i += 2;
                    continue;
                }
                i++;
                if (c == q) {
                    if (q == '\'' && la(i) == '\'') {
                        i++;
                        continue;
                    }
                    break;
                }
            }
            while (la(i) == ' ' || la(i) == '\t') {
                i++;
            }
            return la(i) == ':' && isSeparator(la(i + 1));
        }
        int prev = ' ';
        while (true) {
            c = la(i);
            if (c == CharStream.EOF || c == '\n' || c == '\r') {
                return false;
            }
            if (c == ':' && isSeparator(la(i + 1))) {
                return true;
            }
            if (c == '#' && (prev == ' ' || prev == '\t')) {
                return false;
            }
            prev = c;
            i++;
        }
    }
}

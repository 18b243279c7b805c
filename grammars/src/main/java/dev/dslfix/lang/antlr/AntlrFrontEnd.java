package dev.dslfix.lang.antlr;

import dev.dslfix.lang.Cancellation;
import dev.dslfix.lang.DeepStack;
import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.LexToken;
import dev.dslfix.lang.ParseResult;
import dev.dslfix.lang.SourceText;
import dev.dslfix.lang.SyntaxIssue;
import dev.dslfix.lang.SyntaxProbe;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.BailErrorStrategy;
import org.antlr.v4.runtime.BaseErrorListener;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.CommonToken;
import org.antlr.v4.runtime.CommonTokenStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.LexerNoViableAltException;
import org.antlr.v4.runtime.NoViableAltException;
import org.antlr.v4.runtime.ListTokenSource;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.RecognitionException;
import org.antlr.v4.runtime.Recognizer;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.atn.PredictionMode;
import org.antlr.v4.runtime.misc.IntervalSet;
import org.antlr.v4.runtime.misc.ParseCancellationException;
import org.antlr.v4.runtime.tree.ErrorNode;
import org.antlr.v4.runtime.tree.ParseTreeListener;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Lexing and parsing with any ANTLR grammar, the way every dslfix language does it:
 * positions in UTF-16, errors as {@link SyntaxIssue}s with expected sets, a fast SLL pass that
 * falls back to full LL with recovery only when the input has errors, work on a large-stack
 * thread, cancellation between tokens, and nothing thrown for bad input.
 */
public final class AntlrFrontEnd {
    /** Beyond this many syntax errors the rest are cascades, not news. */
    public static final int MAX_ISSUES = 100;
    /** Off-channel place for tokens the parser must not see (unterminated lexemes). */
    private static final int ERROR_CHANNEL = 7;

    private final Recognizers recognizers;
    private final TokenNames names;
    private final Map<Integer, LexicalError> lexicalErrors;
    private final IntervalSet syncTokens;
    private final IntervalSet restartTokens;

    /** A front end with ANTLR's own recovery and no lexical error tokens (run-time grammars). */
    public AntlrFrontEnd(Recognizers recognizers, TokenNames names) {
        this(recognizers, names, Map.of(), new IntervalSet(), new IntervalSet());
    }

    /**
     * @param lexicalErrors token types that stand for lexical mistakes, with what to report
     * @param syncTokens    where recovery resumes after a syntax error (SQL: ';'), so that one
     *                      mistake gives one diagnostic per statement; empty for ANTLR's default
     * @param restartTokens tokens that start a new unit after a sync token (SQL: the first tokens
     *                      of a statement): meeting one where a sync token was due means the
     *                      sync token is missing
     */
    public AntlrFrontEnd(Recognizers recognizers, TokenNames names, Map<Integer, LexicalError> lexicalErrors,
                         IntervalSet syncTokens, IntervalSet restartTokens) {
        this.recognizers = recognizers;
        this.names = names;
        this.lexicalErrors = Map.copyOf(lexicalErrors);
        this.syncTokens = syncTokens;
        this.restartTokens = restartTokens;
    }

    public TokenNames names() {
        return names;
    }

    public List<LexToken> tokenize(String text) {
        return DeepStack.call(() -> {
            SourceText source = new SourceText(text);
            IssueCollector collector = new IssueCollector(source, names);
            CommonTokenStream stream = lex(source, collector, Cancellation.NONE);
            return toLexTokens(source, stream);
        });
    }

    public ParseResult parse(String text, Cancellation cancel) {
        return DeepStack.call(() -> parseHere(new SourceText(text), cancel));
    }

    /**
     * The first error of the text, from the fast pass alone: lexical problems, then SLL
     * prediction with bail-out at the first syntax error. Correct input takes one SLL parse.
     */
    public SyntaxProbe probe(String text) {
        return DeepStack.call(() -> {
            SourceText source = new SourceText(text);
            IssueCollector collector = new IssueCollector(source, names);
            CommonTokenStream stream = lex(source, collector, Cancellation.NONE);
            List<Token> all = stream.getTokens();
            int lexicalAt = collector.issues().stream().mapToInt(i -> i.diagnostic().start()).min().orElse(Integer.MAX_VALUE);
            SyntaxIssue.Kind lexicalKind = collector.issues().stream().min(Comparator.comparingInt(i -> i.diagnostic().start()))
                    .map(SyntaxIssue::kind).orElse(null);
            ExpectingBailStrategy strategy = new ExpectingBailStrategy();
            Parser parser = quietParser(stream, PredictionMode.SLL, strategy);
            parser.setBuildParseTree(false);
            Token offending = null;
            IntervalSet expected = new IntervalSet();
            boolean decidedEarlier = false;
            try {
                recognizers.parseStart(parser);
            } catch (ParseCancellationException e) {
                if (e.getCause() instanceof RecognitionException re) {
                    offending = re.getOffendingToken() != null ? re.getOffendingToken() : parser.getCurrentToken();
                    expected = strategy.expectedAt(offending.getTokenIndex(), failureSet(re));
                    decidedEarlier = re instanceof NoViableAltException nva && nva.getStartToken() != nva.getOffendingToken();
                } else {
                    offending = parser.getCurrentToken();
                }
            } finally {
                parser.setBuildParseTree(true);
            }
            int parseAt = offending == null ? Integer.MAX_VALUE
                    : offending.getType() == Token.EOF ? text.length() : source.offsetOfCodePoint(offending.getStartIndex());
            if (offending == null && lexicalAt == Integer.MAX_VALUE) {
                return SyntaxProbe.success(visibleBefore(all, source, Integer.MAX_VALUE), text.length());
            }
            if (lexicalAt <= parseAt) {
                return new SyntaxProbe(false, lexicalAt, visibleBefore(all, source, lexicalAt), lexicalKind, List.of());
            }
            if (decidedEarlier && text.length() <= TRIAL_LIMIT) {
                expected = trialExpected(visiblePrefix(all, offending.getTokenIndex()));
            }
            return new SyntaxProbe(false, parseAt, visibleBefore(all, source, parseAt), SyntaxIssue.Kind.MISMATCH, expectedTokens(expected));
        });
    }

    /**
     * What the parser accepts at {@code offset} (a token boundary) after the text before it:
     * the prefix is followed by a token of a type no grammar has, so parsing fails exactly there
     * and reports its expected set, even when the prefix alone is complete.
     */
    public List<SyntaxProbe.ExpectedToken> expectedAt(String text, int offset) {
        return DeepStack.call(() -> {
            SourceText source = new SourceText(text.substring(0, Math.min(offset, text.length())));
            CommonTokenStream lexed = lex(source, new IssueCollector(source, names), Cancellation.NONE);
            List<Token> tokens = new ArrayList<>();
            for (Token t : lexed.getTokens()) {
                if (t.getType() != Token.EOF && t.getChannel() == Token.DEFAULT_CHANNEL) {
                    tokens.add(t);
                }
            }
            CommonToken sentinel = new CommonToken(names.vocabulary().getMaxTokenType() + 1, "\u0000");
            sentinel.setTokenIndex(tokens.size());
            tokens.add(sentinel);
            CommonTokenStream stream = new CommonTokenStream(new ListTokenSource(tokens));
            ExpectingBailStrategy strategy = new ExpectingBailStrategy();
            Parser parser = quietParser(stream, PredictionMode.SLL, strategy);
            parser.setBuildParseTree(false);
            IntervalSet expected = new IntervalSet();
            try {
                recognizers.parseStart(parser);
            } catch (ParseCancellationException e) {
                if (e.getCause() instanceof RecognitionException re && re.getOffendingToken() == sentinel) {
                    expected = strategy.expectedAt(sentinel.getTokenIndex(), failureSet(re));
                    if (re instanceof NoViableAltException nva && nva.getStartToken() != sentinel && source.length() <= TRIAL_LIMIT) {
                        expected = trialExpected(tokens.subList(0, tokens.size() - 1));
                    }
                }
            } finally {
                parser.setBuildParseTree(true);
            }
            return expectedTokens(expected);
        });
    }

    /** Every literal token of the grammar, as written in it, in token-type order. */
    public List<String> literalTokens() {
        List<String> out = new ArrayList<>();
        for (int type = 1; type <= names.vocabulary().getMaxTokenType(); type++) {
            String literal = names.vocabulary().getLiteralName(type);
            if (literal != null && literal.length() > 2) {
                out.add(literal.substring(1, literal.length() - 1).replace("\\'", "'"));
            }
        }
        return out;
    }

    /** Word-like literal tokens of the grammar, as written in it. */
    public java.util.Set<String> keywords() {
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (int type = 1; type <= names.vocabulary().getMaxTokenType(); type++) {
            String literal = names.vocabulary().getLiteralName(type);
            if (literal != null && literal.length() > 2 && Character.isLetter(literal.charAt(1))) {
                out.add(literal.substring(1, literal.length() - 1));
            }
        }
        return out;
    }

    /** Largest text for which an expected set is learned by trial parses (one per token type). */
    private static final int TRIAL_LIMIT = 6000;

    /**
     * The token types the parser accepts after {@code prefix}, by trying each: when prediction
     * looked ahead from an earlier token and failed, ANTLR's own expected set belongs to that
     * earlier decision, not to the place of the error.
     */
    private IntervalSet trialExpected(List<Token> prefix) {
        // Searches ask again and again about the same prefix while they try edits after it.
        StringBuilder key = new StringBuilder();
        for (Token t : prefix) {
            key.append(t.getType()).append(' ');
        }
        IntervalSet cached = trialCache.get(key.toString());
        if (cached != null) {
            return cached;
        }
        IntervalSet out = computeTrialExpected(prefix);
        trialCache.put(key.toString(), out);
        return out;
    }

    /** Recent trial results by the token types of the prefix; small and bounded. */
    private final Map<String, IntervalSet> trialCache = java.util.Collections.synchronizedMap(new java.util.LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, IntervalSet> eldest) {
            return size() > 256;
        }
    });

    private IntervalSet computeTrialExpected(List<Token> prefix) {
        IntervalSet out = new IntervalSet();
        int max = names.vocabulary().getMaxTokenType();
        for (int type = 1; type <= max; type++) {
            List<Token> tokens = new ArrayList<>(prefix.size() + 2);
            for (Token t : prefix) {
                CommonToken c = new CommonToken(t);
                c.setTokenIndex(tokens.size());
                tokens.add(c);
            }
            CommonToken trial = new CommonToken(type, "x");
            trial.setTokenIndex(tokens.size());
            tokens.add(trial);
            CommonToken sentinel = new CommonToken(max + 1, "\u0000");
            sentinel.setTokenIndex(tokens.size());
            tokens.add(sentinel);
            Parser parser = quietParser(new CommonTokenStream(new ListTokenSource(tokens)), PredictionMode.SLL, new BailErrorStrategy());
            parser.setBuildParseTree(false);
            try {
                recognizers.parseStart(parser);
                out.add(type);
            } catch (ParseCancellationException e) {
                if (e.getCause() instanceof RecognitionException re && re.getOffendingToken() != null
                        && re.getOffendingToken().getTokenIndex() > trial.getTokenIndex()) {
                    out.add(type);
                }
            } finally {
                parser.setBuildParseTree(true);
            }
        }
        return out;
    }

    private static List<Token> visiblePrefix(List<Token> all, int beforeIndex) {
        List<Token> out = new ArrayList<>();
        for (Token t : all) {
            if (t.getTokenIndex() < beforeIndex && t.getType() != Token.EOF && t.getChannel() == Token.DEFAULT_CHANNEL) {
                out.add(t);
            }
        }
        return out;
    }

    /** A parser on the stream with no listeners, the given prediction mode and error strategy. */
    private Parser quietParser(CommonTokenStream stream, PredictionMode mode, org.antlr.v4.runtime.ANTLRErrorStrategy strategy) {
        Parser parser = recognizers.parser(stream);
        parser.removeErrorListeners();
        parser.removeParseListeners();
        parser.getInterpreter().setPredictionMode(mode);
        parser.setErrorHandler(strategy);
        return parser;
    }

    private static IntervalSet failureSet(RecognitionException e) {
        try {
            return e.getExpectedTokens();
        } catch (RuntimeException ignored) {
            return new IntervalSet();
        }
    }

    private List<SyntaxProbe.ExpectedToken> expectedTokens(IntervalSet expected) {
        List<SyntaxProbe.ExpectedToken> list = new ArrayList<>();
        for (int type : expected.toArray()) {
            String literal = type == Token.EOF ? null : names.vocabulary().getLiteralName(type);
            list.add(new SyntaxProbe.ExpectedToken(type, names.typeName(type),
                    literal == null ? null : literal.substring(1, literal.length() - 1).replace("\\'", "'")));
        }
        return list;
    }

    /**
     * The text after ANTLR's own error recovery: the tokens it deleted removed, the ones it
     * conjured inserted (by their literal text; conjured names and numbers have none and stay
     * missing), characters the lexer skipped gone. An evaluation baseline, not a repair.
     */
    public String recoverAsText(String text) {
        return DeepStack.call(() -> {
            SourceText source = new SourceText(text);
            IssueCollector collector = new IssueCollector(source, names);
            CommonTokenStream stream = lex(source, collector, Cancellation.NONE);
            RecoveryRecorder recorder = new RecoveryRecorder();
            Parser parser = quietParser(stream, PredictionMode.LL, recorder);
            try {
                recognizers.parseStart(parser);
            } catch (RuntimeException | StackOverflowError e) {
                return text; // the parser gave up: nothing it did is usable
            }
            StringBuilder out = new StringBuilder();
            for (Token t : stream.getTokens()) {
                for (RecoveryRecorder.Insertion ins : recorder.inserted) {
                    if (ins.beforeIndex() == t.getTokenIndex()) {
                        String literal = ins.type() > 0 ? names.vocabulary().getLiteralName(ins.type()) : null;
                        if (literal != null) {
                            out.append(' ').append(literal, 1, literal.length() - 1).append(' ');
                        }
                    }
                }
                if (t.getType() != Token.EOF && !recorder.deleted.contains(t.getTokenIndex())) {
                    out.append(t.getText());
                }
            }
            return out.toString();
        });
    }

    private static int visibleBefore(List<Token> tokens, SourceText source, int offset) {
        int n = 0;
        for (Token t : tokens) {
            if (t.getType() != Token.EOF && t.getChannel() == Token.DEFAULT_CHANNEL && source.offsetOfCodePoint(t.getStartIndex()) < offset) {
                n++;
            }
        }
        return n;
    }

    /**
     * Whether the fast SLL pass fails on this text. For correct input it should not: if it does,
     * every check of such a document parses twice. Tests assert this over valid fixtures.
     */
    public boolean needsFullContext(String text) {
        return DeepStack.call(() -> {
            SourceText source = new SourceText(text);
            CommonTokenStream stream = lex(source, new IssueCollector(source, names), Cancellation.NONE);
            Parser parser = quietParser(stream, PredictionMode.SLL, new BailErrorStrategy());
            try {
                recognizers.parseStart(parser);
                return false;
            } catch (ParseCancellationException e) {
                return true;
            }
        });
    }

    private ParseResult parseHere(SourceText source, Cancellation cancel) {
        IssueCollector collector = new IssueCollector(source, names);
        CommonTokenStream stream = lex(source, collector, cancel);
        List<LexToken> tokens = toLexTokens(source, stream);
        collector.setEndOfContent(endOfContent(tokens));
        ParserRuleContext tree;
        try {
            tree = parseTokens(stream, collector, cancel);
        } catch (StackOverflowError e) {
            // Only reachable beyond what the large stack allows; say so instead of failing.
            collector.clearParserIssues();
            tree = null;
            List<SyntaxIssue> issues = new ArrayList<>(collector.issues());
            issues.add(new SyntaxIssue(SyntaxIssue.Kind.NO_VIABLE,
                    Diagnostic.error(0, Math.min(1, source.length()), IssueCollector.CODE,
                            "input is nested too deeply to analyse"), -2, "", List.of(), List.of()));
            return new ParseResult(source, tokens, null, issues);
        }
        return new ParseResult(source, tokens, tree, finish(collector.issues()));
    }

    private CommonTokenStream lex(SourceText source, IssueCollector collector, Cancellation cancel) {
        Lexer lexer = recognizers.lexer(CharStreams.fromString(source.text()));
        lexer.removeErrorListeners();
        lexer.addErrorListener(new BaseErrorListener() {
            @Override
            public void syntaxError(Recognizer<?, ?> recognizer, Object offendingSymbol, int line, int charPositionInLine,
                                    String msg, RecognitionException e) {
                if (e instanceof LexerNoViableAltException lnv) {
                    collector.unexpectedCharacter(lnv.getStartIndex());
                }
            }
        });
        CommonTokenStream stream = new CommonTokenStream(lexer);
        int count = 0;
        while (stream.LA(1) != Token.EOF) {
            // fill() in steps so that a cancelled analysis of a huge file stops early
            stream.consume();
            if ((++count & 1023) == 0) {
                cancel.check();
            }
        }
        stream.fill();
        for (Token t : stream.getTokens()) {
            LexicalError error = lexicalErrors.get(t.getType());
            if (error != null && t instanceof CommonToken ct) {
                ct.setChannel(ERROR_CHANNEL);
                collector.lexicalError(t, error);
            }
        }
        stream.seek(0);
        return stream;
    }

    private ParserRuleContext parseTokens(CommonTokenStream stream, IssueCollector collector, Cancellation cancel) {
        Parser parser = recognizers.parser(stream);
        parser.removeErrorListeners();
        parser.removeParseListeners();
        parser.setBuildParseTree(true);
        parser.addParseListener(new CancellationListener(cancel));
        // Stage 1: SLL without recovery. Correct input (the common case) parses here, fast.
        parser.getInterpreter().setPredictionMode(PredictionMode.SLL);
        parser.setErrorHandler(new BailErrorStrategy());
        try {
            return recognizers.parseStart(parser);
        } catch (ParseCancellationException e) {
            // Stage 2: full LL with recovery and reporting.
        }
        stream.seek(0);
        parser.reset();
        parser.addParseListener(new CancellationListener(cancel));
        parser.getInterpreter().setPredictionMode(PredictionMode.LL);
        parser.setErrorHandler(new ReportingErrorStrategy(collector, syncTokens, restartTokens));
        return recognizers.parseStart(parser);
    }

    private List<SyntaxIssue> finish(List<SyntaxIssue> raw) {
        // An unterminated lexeme swallows the rest of the input: what follows it, and the
        // parser's complaint about the input ending early, are not news.
        int cut = raw.stream().filter(i -> i.kind() == SyntaxIssue.Kind.UNTERMINATED)
                .mapToInt(i -> i.diagnostic().start()).min().orElse(Integer.MAX_VALUE);
        boolean truncated = cut != Integer.MAX_VALUE;
        List<SyntaxIssue> sorted = new ArrayList<>(raw);
        sorted.sort(Comparator.comparing(SyntaxIssue::diagnostic, Diagnostic.BY_POSITION));
        List<SyntaxIssue> out = new ArrayList<>();
        Set<Integer> starts = new HashSet<>();
        for (SyntaxIssue issue : sorted) {
            boolean lexical = issue.kind() == SyntaxIssue.Kind.UNTERMINATED || issue.kind() == SyntaxIssue.Kind.UNEXPECTED_CHARACTER;
            if (!lexical && (issue.diagnostic().start() >= cut || (truncated && issue.foundType() == Token.EOF))) {
                continue;
            }
            // One parser error per place; a lexical error there is the cause and stays instead.
            if (!lexical && !starts.add(issue.diagnostic().start())) {
                continue;
            }
            if (lexical) {
                starts.add(issue.diagnostic().start());
                out.removeIf(o -> o.diagnostic().start() == issue.diagnostic().start()
                        && o.kind() != SyntaxIssue.Kind.UNTERMINATED && o.kind() != SyntaxIssue.Kind.UNEXPECTED_CHARACTER);
            }
            SyntaxIssue last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && mergeable(last, issue)) {
                out.set(out.size() - 1, merge(last, issue));
                continue;
            }
            if (out.size() == MAX_ISSUES) {
                Diagnostic d = issue.diagnostic();
                out.add(new SyntaxIssue(SyntaxIssue.Kind.NO_VIABLE,
                        Diagnostic.error(d.start(), d.end(), IssueCollector.CODE,
                                "too many syntax errors; the rest are not reported"),
                        issue.foundType(), issue.foundText(), List.of(), List.of()));
                break;
            }
            out.add(issue);
        }
        return out;
    }

    /** Runs of characters the lexer rejected one by one read better as one diagnostic. */
    private static boolean mergeable(SyntaxIssue a, SyntaxIssue b) {
        return a.kind() == SyntaxIssue.Kind.UNEXPECTED_CHARACTER && b.kind() == SyntaxIssue.Kind.UNEXPECTED_CHARACTER
                && a.foundType() == -2 && b.foundType() == -2 && a.diagnostic().end() == b.diagnostic().start();
    }

    private static SyntaxIssue merge(SyntaxIssue a, SyntaxIssue b) {
        String text = a.foundText() + b.foundText();
        Diagnostic d = Diagnostic.error(a.diagnostic().start(), b.diagnostic().end(), IssueCollector.CODE,
                "unexpected characters " + TokenNames.quote(text));
        return new SyntaxIssue(SyntaxIssue.Kind.UNEXPECTED_CHARACTER, d, -2, text, List.of(), List.of());
    }

    private List<LexToken> toLexTokens(SourceText source, CommonTokenStream stream) {
        List<Token> all = stream.getTokens();
        List<LexToken> out = new ArrayList<>(all.size());
        for (Token t : all) {
            if (t.getType() == Token.EOF) {
                continue;
            }
            int start = source.offsetOfCodePoint(t.getStartIndex());
            int end = source.offsetOfCodePoint(t.getStopIndex() + 1);
            out.add(new LexToken(t.getType(), names.typeName(t.getType()), t.getText(), start, end,
                    t.getChannel() != Token.DEFAULT_CHANNEL));
        }
        return out;
    }

    private static int endOfContent(List<LexToken> tokens) {
        for (int i = tokens.size() - 1; i >= 0; i--) {
            if (!tokens.get(i).hidden()) {
                return tokens.get(i).end();
            }
        }
        return 0;
    }

    /** Checks for cancellation on every consumed token. */
    private record CancellationListener(Cancellation cancel) implements ParseTreeListener {
        @Override
        public void visitTerminal(TerminalNode node) {
            cancel.check();
        }

        @Override
        public void visitErrorNode(ErrorNode node) {
        }

        @Override
        public void enterEveryRule(ParserRuleContext ctx) {
        }

        @Override
        public void exitEveryRule(ParserRuleContext ctx) {
        }
    }
}

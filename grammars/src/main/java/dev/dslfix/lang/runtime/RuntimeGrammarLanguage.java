package dev.dslfix.lang.runtime;

import dev.dslfix.lang.Cancellation;
import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.Language;
import dev.dslfix.lang.LexToken;
import dev.dslfix.lang.ParseResult;
import dev.dslfix.lang.SyntaxProbe;
import dev.dslfix.lang.SourceText;
import dev.dslfix.lang.SyntaxIssue;
import dev.dslfix.lang.antlr.AntlrFrontEnd;
import dev.dslfix.lang.antlr.Recognizers;
import dev.dslfix.lang.antlr.TokenNames;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.CharStreams;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.LexerInterpreter;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserInterpreter;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.TokenStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A DSL defined by a grammar loaded at run time and run by ANTLR's interpreters. Checks are
 * syntactic. The grammar files are watched by modification time: an edit to the grammar takes
 * effect at the next check; a grammar that stops loading turns into one diagnostic that says why.
 */
public final class RuntimeGrammarLanguage implements Language {
    private static final Logger LOG = LoggerFactory.getLogger(RuntimeGrammarLanguage.class);

    private final GrammarSpec spec;
    private volatile State state;

    /** What the current version of the grammar files gave: a front end, or problems. */
    private record State(List<String> stamps, AntlrFrontEnd frontEnd, List<GrammarProblem> problems, dev.dslfix.lang.GrammarView grammar) {
    }

    private RuntimeGrammarLanguage(GrammarSpec spec, State state) {
        this.spec = spec;
        this.state = state;
    }

    /** Loads the grammar now; fails with every problem if it does not load. */
    public static RuntimeGrammarLanguage load(GrammarSpec spec) throws GrammarLoadException {
        List<String> stamps = stamps(spec);
        LoadedGrammar g = GrammarLoader.load(spec);
        return new RuntimeGrammarLanguage(spec, new State(stamps, frontEnd(g), g.warnings(), view(g)));
    }

    /** Never fails: a grammar with problems gives a language whose checks report them. */
    public static RuntimeGrammarLanguage loadLenient(GrammarSpec spec) {
        RuntimeGrammarLanguage language = new RuntimeGrammarLanguage(spec, null);
        language.state = language.build(stamps(spec));
        return language;
    }

    public GrammarSpec spec() {
        return spec;
    }

    /** Problems of the current grammar version (errors make every check report them). */
    public List<GrammarProblem> problems() {
        return current().problems();
    }

    /** Reloads if a grammar file changed since the last load; true if it did. */
    public boolean refresh() {
        List<String> stamps = stamps(spec);
        State s = state;
        if (s != null && s.stamps().equals(stamps)) {
            return false;
        }
        synchronized (this) {
            if (state == null || !state.stamps().equals(stamps)) {
                state = build(stamps);
                return true;
            }
            return false;
        }
    }

    private State current() {
        refresh();
        return state;
    }

    private State build(List<String> stamps) {
        try {
            LoadedGrammar g = GrammarLoader.load(spec);
            LOG.info("loaded grammar for '{}' from {}", id(), spec.grammarFiles());
            return new State(stamps, frontEnd(g), g.warnings(), view(g));
        } catch (GrammarLoadException e) {
            LOG.warn("grammar for '{}' does not load:\n{}", id(), e.getMessage());
            return new State(stamps, null, e.problems(), null);
        }
    }

    private static dev.dslfix.lang.GrammarView view(LoadedGrammar g) {
        return new dev.dslfix.lang.GrammarView(g.parser().atn, g.parser().getVocabulary(), g.parser().getRuleNames(), g.startRuleIndex());
    }

    private static AntlrFrontEnd frontEnd(LoadedGrammar g) {
        // One interpreter per thread: creating one re-reads the ATN and starts with a cold DFA.
        ThreadLocal<LexerInterpreter> lexers = ThreadLocal.withInitial(() -> g.lexer().createLexerInterpreter(CharStreams.fromString("")));
        ThreadLocal<ParserInterpreter> parsers = ThreadLocal.withInitial(() -> g.parser().createParserInterpreter(null));
        Recognizers recognizers = new Recognizers() {
            @Override
            public Lexer lexer(CharStream input) {
                LexerInterpreter lexer = lexers.get();
                lexer.setInputStream(input);
                return lexer;
            }

            @Override
            public Parser parser(TokenStream tokens) {
                ParserInterpreter parser = parsers.get();
                parser.setInputStream(tokens);
                return parser;
            }

            @Override
            public ParserRuleContext parseStart(Parser parser) {
                return ((ParserInterpreter) parser).parse(g.startRuleIndex());
            }
        };
        return new AntlrFrontEnd(recognizers, new TokenNames(g.parser().getVocabulary(), Map.of()));
    }

    private static List<String> stamps(GrammarSpec spec) {
        List<String> stamps = new ArrayList<>();
        for (Path p : spec.grammarFiles()) {
            try {
                BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
                stamps.add(p + "|" + a.size() + "|" + a.lastModifiedTime().toMillis());
            } catch (IOException e) {
                stamps.add(p + "|missing");
            }
        }
        return stamps;
    }

    @Override
    public String id() {
        return spec.effectiveId();
    }

    @Override
    public String displayName() {
        return id() + " (grammar " + spec.grammarFiles().stream().map(p -> p.getFileName().toString()).toList() + ")";
    }

    @Override
    public List<String> fileExtensions() {
        return spec.extensions();
    }

    @Override
    public List<LexToken> tokenize(String text) {
        State s = current();
        return s.frontEnd() == null ? List.of() : s.frontEnd().tokenize(text);
    }

    @Override
    public SyntaxProbe probe(String text) {
        State s = current();
        return s.frontEnd() == null ? Language.super.probe(text) : s.frontEnd().probe(text);
    }

    @Override
    public List<SyntaxProbe.ExpectedToken> expectedAt(String text, int offset) {
        State s = current();
        return s.frontEnd() == null ? List.of() : s.frontEnd().expectedAt(text, offset);
    }

    @Override
    public java.util.Set<String> keywords() {
        State s = current();
        return s.frontEnd() == null ? java.util.Set.of() : s.frontEnd().keywords();
    }

    @Override
    public List<String> literalTokens() {
        State s = current();
        return s.frontEnd() == null ? List.of() : s.frontEnd().literalTokens();
    }

    @Override
    public java.util.Optional<dev.dslfix.lang.GrammarView> grammar() {
        State s = current();
        return s.frontEnd() == null ? java.util.Optional.empty() : java.util.Optional.ofNullable(s.grammar());
    }

    @Override
    public String parserRecovery(String text) {
        State s = current();
        return s.frontEnd() == null ? text : s.frontEnd().recoverAsText(text);
    }

    @Override
    public ParseResult parse(String text, Cancellation cancel) {
        State s = current();
        if (s.frontEnd() == null) {
            List<SyntaxIssue> issues = s.problems().stream().filter(GrammarProblem::error)
                    .map(p -> new SyntaxIssue(SyntaxIssue.Kind.NO_VIABLE,
                            Diagnostic.error(0, 0, "grammar", "the grammar for '" + id() + "' does not load: " + p.format()),
                            -2, "", List.of(), List.of()))
                    .toList();
            return new ParseResult(new SourceText(text), List.of(), null, issues);
        }
        return s.frontEnd().parse(text, cancel);
    }

    @Override
    public List<Diagnostic> check(String text, Cancellation cancel) {
        return parse(text, cancel).diagnostics();
    }

    @Override
    public dev.dslfix.lang.Analysis analyze(String text, Cancellation cancel) {
        ParseResult parsed = parse(text, cancel);
        return new dev.dslfix.lang.Analysis(parsed, parsed.diagnostics());
    }
}

package dev.dslfix.lang.playbook;

import dev.dslfix.lang.Cancellation;
import dev.dslfix.lang.DeepStack;
import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.Fix;
import dev.dslfix.lang.GrammarView;
import dev.dslfix.lang.LexToken;
import dev.dslfix.lang.ParseResult;
import dev.dslfix.lang.SyntaxProbe;
import dev.dslfix.lang.antlr.AntlrFrontEnd;
import dev.dslfix.lang.antlr.LexicalError;
import dev.dslfix.lang.antlr.Recognizers;
import dev.dslfix.lang.antlr.TokenNames;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * The built-in playbook language: Ansible-style playbooks in the YAML subset they use, checked
 * against a catalogue of common modules (arguments, required ones, choices, types, aliases),
 * play and task keywords, variables, handlers and indentation.
 */
public final class PlaybookLanguage extends dev.dslfix.lang.antlr.AntlrLanguage {
    public static final String ID = "playbook";

    /** The lexer of the parse running on this thread, for the details of its indentation problems. */
    private static final ThreadLocal<PlaybookLexer> LAST_LEXER = new ThreadLocal<>();
    /** Set while {@link #parse} runs, so that only its lexer is kept in {@link #LAST_LEXER}. */
    private static final ThreadLocal<Boolean> CAPTURE = ThreadLocal.withInitial(() -> false);
    /** Set while expected tokens after a prefix are computed (see {@link PlaybookLexerBase#setPrefixMode}). */
    private static final ThreadLocal<Boolean> PREFIX = ThreadLocal.withInitial(() -> false);

    private static final Recognizers RECOGNIZERS = new Recognizers() {
        @Override
        public Lexer lexer(CharStream input) {
            PlaybookLexer lexer = new PlaybookLexer(input);
            lexer.setPrefixMode(PREFIX.get());
            if (CAPTURE.get()) {
                LAST_LEXER.set(lexer);
            }
            return lexer;
        }

        @Override
        public Parser parser(TokenStream tokens) {
            return new PlaybookParser(tokens);
        }

        @Override
        public ParserRuleContext parseStart(Parser parser) {
            return ((PlaybookParser) parser).playbook();
        }
    };

    /** Largest document whose indentation fixes are ranked by trial parses. */
    private static final int RANKED_FIX_LIMIT = 100_000;
    private static final TokenNames NAMES = tokenNames();

    private final PlaybookSettings settings;

    public PlaybookLanguage() {
        this(PlaybookSettings.DEFAULT);
    }

    public PlaybookLanguage(PlaybookSettings settings) {
        super(newFrontEnd());
        this.settings = settings;
    }

    private static AntlrFrontEnd newFrontEnd() {
        return new AntlrFrontEnd(RECOGNIZERS, tokenNames(), Map.of(
                PlaybookLexer.MARKDOWN_FENCE, LexicalError.stray("markdown code fence: this line is not YAML; remove it"),
                PlaybookLexer.UNTERMINATED_DQ, LexicalError.stray("unterminated string: the closing \" is missing on this line"),
                PlaybookLexer.UNTERMINATED_SQ, LexicalError.stray("unterminated string: the closing ' is missing on this line"),
                PlaybookLexer.UNQUOTED_JINJA, LexicalError.stray(PlaybookIssues.UNQUOTED_JINJA_MESSAGE),
                PlaybookLexer.BAD_INDENT, LexicalError.stray("bad indentation"),
                PlaybookLexer.TAB_INDENT, LexicalError.stray("tab in indentation"),
                PlaybookLexer.UNCLOSED_FLOW, LexicalError.stray("unclosed flow collection")),
                new IntervalSet(), new IntervalSet());
    }

    static TokenNames tokenNames() {
        ATN atn = PlaybookParser._ATN;
        return new TokenNames(PlaybookLexer.VOCABULARY, Map.ofEntries(
                Map.entry("PLAIN", "a value"),
                Map.entry("DQ", "a quoted string"),
                Map.entry("SQ", "a quoted string"),
                Map.entry("COLON", "':'"),
                Map.entry("DASH", "'- '"),
                Map.entry("NEWLINE", "end of the line"),
                Map.entry("INDENT", "an indented block"),
                Map.entry("DEDENT", "end of the block"),
                Map.entry("BLOCK_HEADER", "'|' or '>'"),
                Map.entry("BLOCK_TEXT", "block text"),
                Map.entry("ANCHOR", "an anchor"),
                Map.entry("ALIAS", "an alias"),
                Map.entry("TAG", "a tag"),
                Map.entry("DOC_START", "'---'"),
                Map.entry("DOC_END", "'...'")))
                .withCategory("a value", atn.nextTokens(atn.ruleToStartState[PlaybookParser.RULE_inlineValue]))
                .withCategory("a key", atn.nextTokens(atn.ruleToStartState[PlaybookParser.RULE_key]));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Playbook (Ansible-style YAML)";
    }

    /**
     * {@code .playbook.yml} and {@code .playbook.yaml}, plus the suffixes of configured patterns
     * of the form {@code *.suffix} (the registry matches suffixes of file names).
     */
    @Override
    public List<String> fileExtensions() {
        return settings.fileExtensions();
    }

    /** Whether a file belongs to this language by the configured patterns or the extensions (see {@link PlaybookSettings#claims}). */
    @Override
    public boolean claims(Path file) {
        return settings.claims(file);
    }

    public PlaybookSettings settings() {
        return settings;
    }




    @Override
    public List<SyntaxProbe.ExpectedToken> expectedAt(String text, int offset) {
        return DeepStack.call(() -> {
            PREFIX.set(true);
            try {
                return frontEnd.expectedAt(text, offset);
            } finally {
                PREFIX.remove();
            }
        });
    }

    @Override
    public List<Fix> rewritesNear(String text, int offset) {
        return DeepStack.call(() -> PlaybookIssues.rewritesNear(this, text, offset));
    }

    /**
     * The play around {@code offset} when the document is a sequence of plays starting at column
     * 0: each one parses on its own as a playbook of one play.
     */
    @Override
    public int[] independentRegion(String text, int offset) {
        return PlaybookIssues.playAround(tokenize(text), text.length(), offset);
    }


    @Override
    public List<String> literalTokens() {
        return List.of(":", "- ", "[", "]", "{", "}", ",", "|", ">", "---");
    }

    @Override
    public Optional<GrammarView> grammar() {
        return Optional.of(new GrammarView(PlaybookParser._ATN, PlaybookLexer.VOCABULARY, PlaybookParser.ruleNames,
                PlaybookParser.RULE_playbook));
    }


    @Override
    public ParseResult parse(String text, Cancellation cancel) {
        return DeepStack.call(() -> {
            ParseResult raw;
            PlaybookLexer lexer;
            CAPTURE.set(true);
            try {
                raw = frontEnd.parse(text, cancel);
                lexer = LAST_LEXER.get();
            } finally {
                CAPTURE.remove();
                LAST_LEXER.remove();
            }
            // Fixes of the first indentation problems are ranked by trial parses, in documents small
            // enough for that to stay cheap.
            boolean rank = text.length() <= RANKED_FIX_LIMIT;
            return PlaybookIssues.refine(raw, lexer, NAMES, rank ? t -> frontEnd.parse(t, cancel).issues().size() : null);
        });
    }

    /**
     * Scalars compare by their value (quotes dropped), INDENT and DEDENT by their kind; hidden
     * tokens do not count.
     */
    @Override
    public List<String> comparableTokens(ParseResult parsed) {
        List<LexToken> tokens = parsed.tokens();
        String[] out = new String[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            LexToken t = tokens.get(i);
            if (t.hidden()) {
                // A value the lexer could not take (an unquoted {{ }}, a string without its closing
                // quote) is still the author's text: a repair that deletes it must not look faithful.
                out[i] = switch (t.type()) {
                    case PlaybookLexer.UNQUOTED_JINJA -> t.text();
                    case PlaybookLexer.UNTERMINATED_DQ, PlaybookLexer.UNTERMINATED_SQ -> t.text().substring(Math.min(1, t.text().length()));
                    default -> null;
                };
                continue;
            }
            out[i] = switch (t.type()) {
                case PlaybookLexer.INDENT -> "<indent>";
                case PlaybookLexer.DEDENT -> "<dedent>";
                case PlaybookLexer.NEWLINE -> "\n";
                case PlaybookLexer.DQ, PlaybookLexer.SQ -> Scalars.unquote(t.text());
                default -> t.text();
            };
        }
        return Collections.unmodifiableList(Arrays.asList(out));
    }

    @Override
    public List<Diagnostic> check(String text, Cancellation cancel) {
        return analyze(text, cancel).diagnostics();
    }

    @Override
    public dev.dslfix.lang.Analysis analyze(String text, Cancellation cancel) {
        return DeepStack.call(() -> {
            ParseResult parsed = parse(text, cancel);
            List<Diagnostic> out = new ArrayList<>(parsed.diagnostics());
            if (parsed.tree() instanceof PlaybookParser.PlaybookContext root) {
                out.addAll(new PlaybookChecker(parsed, settings, cancel).check(root));
            }
            out.sort(Diagnostic.BY_POSITION);
            return new dev.dslfix.lang.Analysis(parsed, out);
        });
    }
}

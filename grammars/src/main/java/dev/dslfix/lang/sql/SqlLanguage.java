package dev.dslfix.lang.sql;

import dev.dslfix.lang.Cancellation;
import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.ParseResult;
import dev.dslfix.lang.DeepStack;
import dev.dslfix.lang.antlr.AntlrFrontEnd;
import dev.dslfix.lang.antlr.LexicalError;
import dev.dslfix.lang.antlr.Recognizers;
import dev.dslfix.lang.antlr.TokenNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.misc.IntervalSet;

/** The built-in SQL language: a SQLite-flavoured dialect with schema-aware static checks. */
public final class SqlLanguage extends dev.dslfix.lang.antlr.AntlrLanguage {
    public static final String ID = "sql";

    private static final Recognizers RECOGNIZERS = new Recognizers() {
        @Override
        public Lexer lexer(CharStream input) {
            return new SqlLexer(input);
        }

        @Override
        public Parser parser(TokenStream tokens) {
            return new SqlParser(tokens);
        }

        @Override
        public ParserRuleContext parseStart(Parser parser) {
            return ((SqlParser) parser).script();
        }
    };

    private final SchemaFiles schemaFiles;
    private final Set<String> extraFunctions;
    /** For a {@link #regionChecker}: what the rest of the document defines; null for whole documents. */
    private final Schema documentRest;
    /** For a region checker: whether statements follow the region, so that it must end with ';'. */
    private final boolean followed;
    /** For a region checker: whether the region's text in the document creates, drops or alters a table. */
    private final boolean regionDefines;

    public SqlLanguage() {
        this(SchemaFiles.NONE, Set.of());
    }

    /**
     * @param schemaFiles    files whose CREATE statements every checked script may use
     * @param extraFunctions application-defined functions, so they are not reported as unknown
     */
    public SqlLanguage(SchemaFiles schemaFiles, Set<String> extraFunctions) {
        super(newFrontEnd());
        this.schemaFiles = schemaFiles;
        this.extraFunctions = extraFunctions.stream().map(SqlNames::key).collect(java.util.stream.Collectors.toUnmodifiableSet());
        this.documentRest = null;
        this.followed = false;
        this.regionDefines = false;
    }

    private SqlLanguage(SqlLanguage whole, Schema documentRest, boolean followed, boolean regionDefines) {
        super(whole.frontEnd);
        this.schemaFiles = whole.schemaFiles;
        this.extraFunctions = whole.extraFunctions;
        this.documentRest = documentRest;
        this.followed = followed;
        this.regionDefines = regionDefines;
    }

    /** Keywords of the statements that change what the rest of a script defined (DROP, ALTER). */
    private static final Set<String> REDEFINING = Set.of("DROP", "ALTER");

    /**
     * The statements of the region checked alone, with the tables and views the rest of the document
     * defines known as if from a schema file (after the region's own). For statements that define
     * nothing themselves the document's check reports exactly this inside them: its first pass
     * collects every definition of the script, its second checks each statement against them, one
     * statement at a time. A region that creates a table or view is checked the same way, but what
     * it changes for the rest (a column renamed that a later query reads, a name defined twice) is
     * not seen here. None for a region that drops or alters a table (that changes the definitions
     * the rest made), and none of a region checker's own regions. Where statements follow the
     * region, a text that does not end with ';' is an error, as the next statement would run into it.
     */
    @Override
    public java.util.Optional<dev.dslfix.lang.Language> regionChecker(ParseResult document, int[] region) {
        if (documentRest != null || !(document.tree() instanceof SqlParser.ScriptContext script)) {
            return java.util.Optional.empty();
        }
        boolean defines = false;
        boolean followed = false;
        for (dev.dslfix.lang.LexToken t : document.tokens()) {
            if (t.hidden()) {
                continue;
            }
            if (t.start() >= region[1]) {
                followed = true;
                break;
            }
            if (t.start() >= region[0] && t.end() <= region[1]) {
                String word = t.text().toUpperCase(java.util.Locale.ROOT);
                if (REDEFINING.contains(word)) {
                    return java.util.Optional.empty();
                }
                defines |= word.equals("CREATE");
            }
        }
        Schema rest = DeepStack.call(() -> SqlChecker.definitionsOutside(document, script, region[0], region[1]));
        return java.util.Optional.of(new SqlLanguage(this, rest, followed, defines));
    }

    /**
     * A text that creates, drops or alters nothing, for a region that did not either: the rest's
     * checks see the same definitions, and this checker reports what the document's check reports
     * inside the region.
     */
    @Override
    public boolean decidesAlone(String regionText) {
        if (documentRest == null || regionDefines) {
            return false;
        }
        for (dev.dslfix.lang.LexToken t : tokenize(regionText)) {
            String word = t.text().toUpperCase(java.util.Locale.ROOT);
            if (!t.hidden() && (word.equals("CREATE") || REDEFINING.contains(word))) {
                return false;
            }
        }
        return true;
    }

    private static AntlrFrontEnd newFrontEnd() {
        return new AntlrFrontEnd(RECOGNIZERS, tokenNames(), Map.of(
                SqlLexer.UNTERMINATED_STRING, LexicalError.unterminated("unterminated string literal: the closing ' is missing"),
                SqlLexer.UNTERMINATED_IDENTIFIER, LexicalError.unterminated("unterminated quoted name: the closing quote is missing"),
                SqlLexer.UNTERMINATED_COMMENT, LexicalError.unterminated("unterminated comment: the closing */ is missing"),
                SqlLexer.MARKDOWN_FENCE, LexicalError.stray("markdown code fence: this line is not SQL; remove it")),
                IntervalSet.of(SqlLexer.SEMI),
                SqlParser._ATN.nextTokens(SqlParser._ATN.ruleToStartState[SqlParser.RULE_statement]));
    }

    static TokenNames tokenNames() {
        ATN atn = SqlParser._ATN;
        return new TokenNames(SqlLexer.VOCABULARY, Map.of(
                "IDENTIFIER", "a name",
                "QUOTED_IDENTIFIER", "a quoted name",
                "NUMBER", "a number",
                "STRING", "a string",
                "BLOB", "a blob literal",
                "PARAMETER", "a parameter"))
                .withCategory("an expression", atn.nextTokens(atn.ruleToStartState[SqlParser.RULE_expr]))
                .withCategory("an expression", atn.nextTokens(atn.ruleToStartState[SqlParser.RULE_predicate]))
                .withCategory("a name", atn.nextTokens(atn.ruleToStartState[SqlParser.RULE_name]))
                .withCategory("a statement", atn.nextTokens(atn.ruleToStartState[SqlParser.RULE_statement]));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "SQL (SQLite dialect)";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of(".sql");
    }

    @Override
    public List<dev.dslfix.lang.Fix> rewritesNear(String text, int offset) {
        return SqlDialectRewrites.near(text, tokenize(text), offset);
    }

    /**
     * What the parser accepts at {@code offset}, from the statement it is in: after a ';' the
     * parser is where it is at the start of the script, so the statements before need no parse
     * (on a long script the prefix parse would cost more than the rest of a repair step).
     */
    @Override
    public List<dev.dslfix.lang.SyntaxProbe.ExpectedToken> expectedAt(String text, int offset) {
        String prefix = text.substring(0, Math.max(0, Math.min(offset, text.length())));
        int statementStart = SqlStatements.around(tokenize(prefix), prefix.length(), prefix.length())[0];
        return super.expectedAt(prefix.substring(statementStart), prefix.length() - statementStart);
    }

    @Override
    public int[] independentRegion(String text, int offset) {
        return SqlStatements.around(tokenize(text), text.length(), offset);
    }

    @Override
    public java.util.Optional<dev.dslfix.lang.GrammarView> grammar() {
        return java.util.Optional.of(new dev.dslfix.lang.GrammarView(SqlParser._ATN, SqlLexer.VOCABULARY, SqlParser.ruleNames, SqlParser.RULE_script));
    }

    /**
     * Keywords in upper case, names unquoted and in lower case, table aliases replaced by their
     * table (see {@link SqlComparableTokens}).
     */
    @Override
    public List<String> comparableTokens(ParseResult parsed) {
        return SqlComparableTokens.of(parsed);
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
            if (parsed.tree() instanceof SqlParser.ScriptContext script) {
                SchemaFiles.Loaded external = documentRest == null ? schemaFiles.load() : schemaFiles.load().after(documentRest);
                out.addAll(new SqlChecker(parsed, external, extraFunctions, cancel).check(script));
            }
            if (followed) {
                parsed.tokens().stream().filter(t -> !t.hidden()).reduce((a, b) -> b).filter(t -> !t.text().equals(";"))
                        .ifPresent(t -> out.add(Diagnostic.error(t.end(), t.end(), "syntax",
                                "missing ';' at the end of the statement: the next statement follows")));
            }
            out.sort(Diagnostic.BY_POSITION);
            return new dev.dslfix.lang.Analysis(parsed, out);
        });
    }
}

package dev.dslfix.lang.shell;

import dev.dslfix.lang.Cancellation;
import dev.dslfix.lang.DeepStack;
import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.GrammarView;
import dev.dslfix.lang.LexToken;
import dev.dslfix.lang.ParseResult;
import dev.dslfix.lang.antlr.AntlrFrontEnd;
import dev.dslfix.lang.antlr.LexicalError;
import dev.dslfix.lang.antlr.Recognizers;
import dev.dslfix.lang.antlr.TokenNames;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.antlr.v4.runtime.CharStream;
import org.antlr.v4.runtime.Lexer;
import org.antlr.v4.runtime.Parser;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.TokenStream;
import org.antlr.v4.runtime.atn.ATN;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * The built-in shell language: the POSIX sh / Bash subset of real scripts, with checks for
 * what makes a script fail (unclosed blocks and quotes, misplaced then/do, tests without their
 * closing bracket, misspelled calls of the script's own functions, local/break/return out of
 * place).
 */
public final class ShellLanguage extends dev.dslfix.lang.antlr.AntlrLanguage {
    public static final String ID = "shell";

    private static final Recognizers RECOGNIZERS = new Recognizers() {
        @Override
        public Lexer lexer(CharStream input) {
            return new ShellLexer(input);
        }

        @Override
        public Parser parser(TokenStream tokens) {
            return new ShellParser(tokens);
        }

        @Override
        public ParserRuleContext parseStart(Parser parser) {
            return ((ShellParser) parser).program();
        }
    };

    /** Lexical error token types, each with what is unclosed (for messages). */
    static final Map<Integer, LexicalError> LEXICAL_ERRORS = Map.of(
            ShellLexer.UNTERMINATED_SQ, LexicalError.unterminated("unterminated string: the closing ' is missing"),
            ShellLexer.UNTERMINATED_DQ, LexicalError.unterminated("unterminated string: the closing \" is missing"),
            ShellLexer.UNTERMINATED_BACKTICK, LexicalError.unterminated("unterminated command substitution: the closing ` is missing"),
            ShellLexer.UNTERMINATED_SUBST, LexicalError.unterminated("unterminated substitution: the closing ) is missing"),
            ShellLexer.UNTERMINATED_PARAM, LexicalError.unterminated("unterminated parameter expansion: the closing } is missing"),
            ShellParser.UNTERMINATED_HEREDOC, LexicalError.unterminated("unterminated here-document: the delimiter line is missing"),
            ShellLexer.MARKDOWN_FENCE, LexicalError.stray("markdown code fence: this line is not shell; remove it"),
            ShellParser.NESTED_TOO_DEEP, LexicalError.unterminated("nested too deeply to analyse: more than "
                    + ShellLexer.MAX_NESTING + " blocks are open here; the rest is not checked"));

    public ShellLanguage() {
        super(newFrontEnd());
    }

    private static AntlrFrontEnd newFrontEnd() {
        return new AntlrFrontEnd(RECOGNIZERS, tokenNames(), LEXICAL_ERRORS, IntervalSet.of(ShellLexer.NEWLINE), new IntervalSet());
    }

    static TokenNames tokenNames() {
        ATN atn = ShellParser._ATN;
        return new TokenNames(ShellParser.VOCABULARY, Map.of(
                "WORD", "a word",
                "ASSIGNMENT_WORD", "an assignment",
                "ARRAY_OPEN", "an array assignment",
                "NEWLINE", "a newline",
                "REDIRECT", "a redirection",
                "ARITH_COMMAND", "'(( ... ))'",
                "HEREDOC_BODY", "a here-document"))
                .withCategory("a command", atn.nextTokens(atn.ruleToStartState[ShellParser.RULE_andOr]))
                .withCategory("a word", atn.nextTokens(atn.ruleToStartState[ShellParser.RULE_word]));
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String displayName() {
        return "Shell (POSIX sh / Bash)";
    }

    @Override
    public List<String> fileExtensions() {
        return List.of(".sh", ".bash");
    }









    @Override
    public Optional<GrammarView> grammar() {
        return Optional.of(new GrammarView(ShellParser._ATN, ShellParser.VOCABULARY, ShellParser.ruleNames, ShellParser.RULE_program));
    }

    /** Keywords of other languages written for shell ones ("endif", "elsif"): replacements for repair search. */
    @Override
    public List<dev.dslfix.lang.Fix> rewritesNear(String text, int offset) {
        return ShellForeignWords.rewrites(tokenize(text), offset);
    }

    @Override
    public int[] independentRegion(String text, int offset) {
        return ShellBlocks.topLevelCommandAround(tokenize(text), text.length(), offset);
    }

    /** Words as written, here-document bodies included; comments and blanks do not count. */
    @Override
    public List<String> comparableTokens(ParseResult parsed) {
        List<LexToken> tokens = parsed.tokens();
        String[] out = new String[tokens.size()];
        for (int i = 0; i < out.length; i++) {
            LexToken t = tokens.get(i);
            boolean counts = !t.hidden() || t.type() == ShellParser.HEREDOC_BODY;
            out[i] = counts && t.type() != ShellParser.NEWLINE ? t.text() : null;
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
            ShellAnalysis analysis = new ShellAnalysis(this, text, cancel);
            List<Diagnostic> out = new ArrayList<>(analysis.run());
            out.sort(Diagnostic.BY_POSITION);
            return new dev.dslfix.lang.Analysis(analysis.script(), out);
        });
    }
}

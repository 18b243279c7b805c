package dev.dslfix.lang.shell;

import dev.dslfix.lang.Cancellation;
import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.Fix;
import dev.dslfix.lang.Severity;
import dev.dslfix.lang.Suggestions;
import dev.dslfix.lang.shell.ShellParser.CommandSuffixContext;
import dev.dslfix.lang.shell.ShellParser.FunctionDefContext;
import dev.dslfix.lang.shell.ShellParser.ProgramContext;
import dev.dslfix.lang.shell.ShellParser.SimpleCommandContext;
import dev.dslfix.lang.shell.ShellParser.WordContext;
import dev.dslfix.lang.shell.ShellSyntax.Segment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.antlr.v4.runtime.ParserRuleContext;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.tree.ParseTree;
import org.antlr.v4.runtime.tree.TerminalNode;

/**
 * Static checks of one parsed piece of a script (the script, or the body of a command
 * substitution in it): commands that are near-misses of the script's own functions, and
 * local/break/continue/return where they cannot work. Commands after the first syntax error are
 * not checked: the tree there is a guess.
 */
final class ShellChecker {
    static final String UNDEFINED_FUNCTION = "undefined-function";
    static final String LOCAL_OUTSIDE_FUNCTION = "local-outside-function";
    static final String BREAK_OUTSIDE_LOOP = "break-outside-loop";
    static final String RETURN_OUTSIDE_FUNCTION = "return-outside-function";
    static final String MISSPELLED_KEYWORD = "misspelled-keyword";

    /** Where the walk is: inside how many function bodies and loops. */
    record Context(int functions, int loops) {
        static final Context TOP = new Context(0, 0);
    }

    /** A word with command substitutions in it, and the context it runs in. */
    record Substituting(int start, String text, Context context) {
    }

    /** The script's functions (name to the offset of the definition) and aliases. */
    record Definitions(Map<String, Integer> functions, Set<String> aliases) {
    }

    /** Words that are reserved where a command starts. */
    private static final Set<String> RESERVED = Set.of("then", "else", "elif", "fi", "do", "done", "esac", "}", "in");

    private final Segment segment;
    private final dev.dslfix.lang.SourceText source;
    private final Definitions definitions;
    private final int limit;
    private final Cancellation cancel;
    private final List<Diagnostic> out = new ArrayList<>();
    private final List<Substituting> substituting = new ArrayList<>();
    private int functions;
    private int loops;

    /**
     * @param limit offset (in the segment) of the first syntax error: commands from there on are not checked
     */
    ShellChecker(Segment segment, dev.dslfix.lang.SourceText source, Definitions definitions, Context context, int limit,
                 Cancellation cancel) {
        this.segment = segment;
        this.source = source;
        this.definitions = definitions;
        this.functions = context.functions();
        this.loops = context.loops();
        this.limit = limit;
        this.cancel = cancel;
    }

    /** Functions and aliases defined anywhere in the tree. */
    static Definitions definitions(ProgramContext program, dev.dslfix.lang.SourceText source, int base) {
        Map<String, Integer> functions = new LinkedHashMap<>();
        Set<String> aliases = new TreeSet<>();
        collect(program, functions, aliases, source, base);
        return new Definitions(functions, aliases);
    }

    private static void collect(ParseTree node, Map<String, Integer> functions, Set<String> aliases,
                                dev.dslfix.lang.SourceText source, int base) {
        if (node instanceof FunctionDefContext f && f.WORD() != null && f.WORD().getSymbol().getTokenIndex() >= 0) {
            functions.putIfAbsent(f.WORD().getText(), base + source.offsetOfCodePoint(f.WORD().getSymbol().getStartIndex()));
        } else if (node instanceof SimpleCommandContext c && c.commandName() != null && c.commandName().getText().equals("alias")) {
            for (CommandSuffixContext s : c.commandSuffix()) {
                String w = s.getText();
                int eq = w.indexOf('=');
                if (eq > 0) {
                    aliases.add(w.substring(0, eq));
                }
            }
        }
        for (int i = 0; i < node.getChildCount(); i++) {
            collect(node.getChild(i), functions, aliases, source, base);
        }
    }

    List<Diagnostic> check(ProgramContext program) {
        walk(program);
        return out;
    }

    /** Words holding command substitutions, met before the first syntax error. */
    List<Substituting> substituting() {
        return substituting;
    }

    private void walk(ParseTree node) {
        if (node instanceof TerminalNode t) {
            Token tok = t.getSymbol();
            if (tok.getTokenIndex() >= 0 && start(tok) < limit
                    && (tok.getType() == ShellLexer.WORD || tok.getType() == ShellLexer.ASSIGNMENT_WORD)
                    && (tok.getText().indexOf('$') >= 0 || tok.getText().indexOf('`') >= 0 || tok.getText().indexOf('(') >= 0)) {
                substituting.add(new Substituting(start(tok), tok.getText(), new Context(functions, loops)));
            }
            return;
        }
        if (!(node instanceof ParserRuleContext ctx)) {
            return;
        }
        boolean function = ctx instanceof FunctionDefContext;
        boolean loop = ctx instanceof ShellParser.ForClauseContext || ctx instanceof ShellParser.WhileClauseContext
                || ctx instanceof ShellParser.UntilClauseContext || ctx instanceof ShellParser.SelectClauseContext;
        if (function) {
            functions++;
        }
        if (loop) {
            loops++;
        }
        if (ctx instanceof SimpleCommandContext c && c.start != null && start(c.start) < limit) {
            cancel.check();
            simpleCommand(c);
        }
        for (int i = 0; i < ctx.getChildCount(); i++) {
            walk(ctx.getChild(i));
        }
        if (function) {
            functions--;
        }
        if (loop) {
            loops--;
        }
    }

    private void simpleCommand(SimpleCommandContext c) {
        if (c.commandName() == null || c.commandName().WORD() == null) {
            return;
        }
        Token name = c.commandName().WORD().getSymbol();
        if (name.getTokenIndex() < 0) {
            return;
        }
        String word = name.getText();
        List<Token> args = new ArrayList<>();
        for (CommandSuffixContext s : c.commandSuffix()) {
            if (s.word() != null) {
                args.add(firstToken(s.word()));
            } else if (s.arrayLiteral() != null) {
                args.add(s.arrayLiteral().start);
            }
        }
        switch (word) {
            case "[" -> bracketTest(name, args);
            case "local" -> {
                if (functions == 0) {
                    localOutsideFunction(name, args);
                }
            }
            case "break", "continue" -> {
                if (loops == 0 && functions == 0) {
                    add(Diagnostic.error(start(name), end(name), BREAK_OUTSIDE_LOOP, "'" + word
                            + "' is only meaningful inside a for, while, until or select loop; here bash refuses it"));
                }
            }
            case "return" -> {
                if (functions == 0) {
                    add(new Diagnostic(start(name), end(name), Severity.WARNING, RETURN_OUTSIDE_FUNCTION,
                            "'return' outside a function works only in a sourced script; run directly, bash refuses it: use 'exit'",
                            List.of(Fix.replace("replace 'return' with 'exit'", start(name), end(name), "exit"))));
                }
            }
            default -> {
                if (word.startsWith("[") && !word.startsWith("[[") && word.length() > 1) {
                    gluedBracket(name, args, "[", "]");
                } else if (word.startsWith("[[") && word.length() > 2) {
                    gluedBracket(name, args, "[[", "]]");
                } else if (args.isEmpty() && misspelledKeyword(name, word)) {
                    return;
                } else {
                    call(name, word);
                }
            }
        }
    }

    /** Keywords that stand alone as a command would: a bare command one slip from one is that keyword mistyped. */
    private static final List<String> BARE_KEYWORDS = List.of("then", "else", "done", "esac", "fi");

    /**
     * A command with no arguments that is a closing keyword with one slip ("dnoe", "thne", "fii")
     * and neither a function of the script nor a known program: bash would run it and fail with
     * "command not found", and the block it was meant to close or continue is read differently.
     */
    private boolean misspelledKeyword(Token name, String word) {
        if (definitions.functions().containsKey(word) || definitions.aliases().contains(word) || ShellCommands.known(word)) {
            return false;
        }
        for (String keyword : BARE_KEYWORDS) {
            if (ShellForeignWords.misspells(word, keyword)) {
                add(Diagnostic.error(start(name), end(name), MISSPELLED_KEYWORD, "'" + word + "' is no command: did you mean '" + keyword + "'?")
                        .withFixes(List.of(Fix.replace("replace '" + word + "' with '" + keyword + "'", start(name), end(name), keyword))));
                return true;
            }
        }
        return false;
    }

    private static Token firstToken(WordContext w) {
        return w.start;
    }

    /** '[' needs ']' as its own last argument. */
    private void bracketTest(Token bracket, List<Token> args) {
        Token last = args.isEmpty() ? null : args.get(args.size() - 1);
        String opened = "'[' at line " + segment.line(start(bracket)) + " is never closed";
        int close = -1;
        for (int i = 0; i < args.size() && close < 0; i++) {
            close = args.get(i).getText().equals("]") ? i : -1;
        }
        if (close >= 0) {
            if (close == args.size() - 1) {
                return;
            }
            // "[ -d x ] then": bash's '[' fails with "missing ']'" as ']' is not its last argument.
            Token after = args.get(close + 1);
            boolean reserved = RESERVED.contains(after.getText());
            if (reserved && limit != Integer.MAX_VALUE) {
                return; // the syntax error explains it ('then' without ';')
            }
            int at = end(args.get(close));
            add(new Diagnostic(start(after), end(after), Severity.ERROR, ShellSyntax.UNCLOSED_TEST,
                    "'[' at line " + segment.line(start(bracket)) + " needs ']' as its last argument, but '" + after.getText()
                            + "' follows it" + (reserved ? ": put ';' before '" + after.getText() + "'" : ""),
                    reserved ? List.of(Fix.replace("insert ';' after ']'", at, at, ";"))
                            : CONNECTIVES.containsKey(after.getText()) ? List.of(Fix.replace("replace '" + after.getText() + "' with '"
                                    + CONNECTIVES.get(after.getText()) + "'", start(after), end(after), CONNECTIVES.get(after.getText())))
                            : List.of(bracketToEnd(args, close))));
            return;
        }
        if (last != null && last.getText().equals("]]")) {
            add(new Diagnostic(start(last), end(last), Severity.ERROR, ShellSyntax.UNCLOSED_TEST,
                    opened + ": it ends with ']]', which closes '[['; use ']'",
                    List.of(Fix.replace("replace ']]' with ']'", start(last), end(last), "]"))));
            return;
        }
        if (last != null && last.getText().endsWith("]") && !last.getText().startsWith("[")) {
            int at = end(last) - 1;
            add(new Diagnostic(start(last), end(last), Severity.ERROR, ShellSyntax.UNCLOSED_TEST,
                    opened + ": put a space before the ']' in '" + last.getText() + "'",
                    List.of(Fix.replace("insert a space before ']'", at, at, " "))));
            return;
        }
        Token after = last != null ? last : bracket;
        add(new Diagnostic(start(bracket), end(bracket), Severity.ERROR, ShellSyntax.UNCLOSED_TEST,
                opened + ": add ']' as the last argument of the test",
                List.of(Fix.replace("add ' ]' after '" + after.getText() + "'", end(after), end(after), " ]"))));
    }

    /** Other languages' words for '&&' and '||': "[ -z $x ] and continue" is no misplaced ']'. */
    private static final Map<String, String> CONNECTIVES = Map.of("and", "&&", "or", "||");

    /** ']' moved behind the test's last argument ("[ $a -ge ] $b" for "[ $a -ge $b ]"). */
    private Fix bracketToEnd(List<Token> args, int close) {
        int from = start(args.get(close));
        int to = end(args.get(args.size() - 1));
        String moved = source.text().substring(start(args.get(close + 1)), to);
        return Fix.replace("move ']' after '" + args.get(args.size() - 1).getText() + "'", from, to, moved + " ]");
    }

    /** '[-f x ]' runs a command named '[-f': the test needs a space after its bracket. */
    private void gluedBracket(Token name, List<Token> args, String open, String close) {
        Token last = args.isEmpty() ? null : args.get(args.size() - 1);
        if (last == null || !last.getText().endsWith(close)) {
            return;
        }
        int at = start(name) + open.length();
        add(new Diagnostic(start(name), end(name), Severity.ERROR, ShellSyntax.UNCLOSED_TEST,
                "'" + name.getText() + "' is not a test but a command of that name: put a space after '" + open + "'",
                List.of(Fix.replace("insert a space after '" + open + "'", at, at, " "))));
    }

    private void localOutsideFunction(Token local, List<Token> args) {
        boolean allAssignments = !args.isEmpty() && args.stream().allMatch(a -> a.getType() == ShellLexer.ASSIGNMENT_WORD);
        int s = start(local);
        Fix fix;
        if (allAssignments) {
            int end = start(args.get(0));
            fix = Fix.replace("remove 'local'", s, end, "");
        } else {
            fix = Fix.replace("replace 'local' with 'declare'", s, end(local), "declare");
        }
        add(new Diagnostic(s, end(local), Severity.ERROR, LOCAL_OUTSIDE_FUNCTION,
                "'local' can only be used inside a function; here bash refuses it and the variable is not set", List.of(fix)));
    }

    /**
     * A command that is not a function of the script, nor an alias or a known command, but a typo
     * away from one of its functions: one edit (two for names of 8 letters or more), so that a
     * command that only shares a stem ("restorecon" and "do_restorecon") is not taken for it.
     */
    private void call(Token name, String word) {
        Diagnostic d = nearMiss(word, start(name), end(name), definitions, segment.file());
        if (d != null) {
            add(d);
        }
    }

    /**
     * The undefined-function diagnostic for a command {@code word} at {@code [start, end)} of
     * the text the offsets belong to, or null.
     */
    static Diagnostic nearMiss(String word, int start, int end, Definitions definitions, dev.dslfix.lang.SourceText file) {
        String plain = ShellWords.plainName(word);
        if (plain == null || plain.length() < 4 || plain.indexOf('/') >= 0 || plain.indexOf('.') >= 0 || definitions.functions().isEmpty()
                || definitions.functions().containsKey(plain) || definitions.aliases().contains(plain) || ShellCommands.known(plain)) {
            return null;
        }
        int limit = plain.length() >= 8 ? 2 : 1;
        String best = null;
        int bestDistance = limit + 1;
        for (String f : definitions.functions().keySet()) {
            if (f.length() < 4) {
                continue;
            }
            int d = Suggestions.distance(plain, f, limit);
            if (d < bestDistance || d == bestDistance && best != null && f.compareTo(best) < 0) {
                best = f;
                bestDistance = d;
            }
        }
        if (best == null) {
            return null;
        }
        int definition = definitions.functions().get(best);
        int definitionLine = file.lineOf(definition) + 1;
        List<Fix> fixes = new ArrayList<>();
        fixes.add(Fix.replace("replace '" + plain + "' with '" + best + "'", start, end, best));
        // A function whose name appears nowhere but in its definition may be the slip itself:
        // then renaming it repairs every call at once.
        if (wordCount(file.text(), best) == 1) {
            fixes.add(Fix.replace("rename the function '" + best + "' (line " + definitionLine + ") to '" + plain + "'",
                    definition, definition + best.length(), plain));
        }
        return new Diagnostic(start, end, Severity.ERROR, UNDEFINED_FUNCTION, "'" + plain
                + "' is not defined in this script; did you mean the function '" + best + "' (line " + definitionLine + ")?", fixes);
    }

    /** How often {@code word} occurs in the text as a whole shell word. */
    private static int wordCount(String text, String word) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?<![\\w.-])" + java.util.regex.Pattern.quote(word) + "(?![\\w.-])").matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    private void add(Diagnostic d) {
        out.add(d);
    }

    private int start(Token t) {
        return source.offsetOfCodePoint(t.getStartIndex());
    }

    private int end(Token t) {
        return source.offsetOfCodePoint(t.getStopIndex() + 1);
    }
}

package dev.dslfix.lang.runtime;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.antlr.v4.Tool;
import org.antlr.v4.parse.ANTLRParser;
import org.antlr.v4.tool.ANTLRMessage;
import org.antlr.v4.tool.ANTLRToolListener;
import org.antlr.v4.tool.Grammar;
import org.antlr.v4.tool.LexerGrammar;
import org.antlr.v4.tool.ast.GrammarRootAST;

/**
 * Loads user grammars with the ANTLR tool, for interpretation: a combined grammar, or a lexer
 * plus a parser grammar. Problems (syntax errors in the grammar, undefined rules, a missing
 * start rule, unreadable files) come back as {@link GrammarProblem}s with file and line; the
 * loader never throws anything else.
 */
public final class GrammarLoader {
    private static final Pattern TOKEN_VOCAB = Pattern.compile("tokenVocab\\s*=\\s*([A-Za-z_][A-Za-z_0-9]*)\\s*;");

    private GrammarLoader() {
    }

    static LoadedGrammar load(GrammarSpec spec) throws GrammarLoadException {
        List<GrammarProblem> problems = new ArrayList<>();
        try {
            return loadChecked(spec, problems);
        } catch (GrammarLoadException e) {
            throw e;
        } catch (RuntimeException e) {
            // The ANTLR tool has internal failures on some malformed grammars; report, don't crash.
            problems.add(new GrammarProblem(describe(spec), 0, 0, true, "the ANTLR tool failed: " + e));
            throw new GrammarLoadException(problems);
        }
    }

    /** Checks a spec and returns its warnings; throws with the problems if it does not load. */
    public static List<GrammarProblem> validate(GrammarSpec spec) throws GrammarLoadException {
        return load(spec).warnings();
    }

    private static LoadedGrammar loadChecked(GrammarSpec spec, List<GrammarProblem> problems) throws GrammarLoadException {
        List<Path> files = new ArrayList<>(spec.grammarFiles());
        if (files.isEmpty()) {
            fail(problems, "(configuration)", "no grammar file given");
        }
        if (spec.startRule() == null || spec.startRule().isBlank()) {
            fail(problems, describe(spec), "no start rule given (--start RULE)");
        }
        List<Source> sources = new ArrayList<>();
        for (Path f : files) {
            sources.add(read(f, problems));
        }
        // A lone parser grammar with tokenVocab: its lexer usually sits next to it.
        if (sources.size() == 1 && sources.get(0).vocab() != null) {
            Path sibling = sources.get(0).path().resolveSibling(sources.get(0).vocab() + ".g4");
            if (Files.isRegularFile(sibling)) {
                sources.add(read(sibling, problems));
            }
        }
        Tool tool = new Tool();
        tool.removeListeners();
        Collector collector = new Collector(problems);
        tool.addListener(collector);

        LexerGrammar lexer = null;
        Grammar parser = null;
        String parserVocab = null;
        for (Source s : sources) {
            tool.libDirectory = s.path().toAbsolutePath().getParent().toString();
            collector.file = s.path().toString();
            GrammarRootAST ast = tool.parseGrammarFromString(s.text());
            if (ast == null || ast.hasErrors) {
                if (problems.stream().noneMatch(GrammarProblem::error)) {
                    problems.add(new GrammarProblem(s.path().toString(), 0, 0, true, "not a valid ANTLR 4 grammar"));
                }
                continue;
            }
            if (ast.grammarType == ANTLRParser.LEXER) {
                if (lexer != null) {
                    fail(problems, s.path().toString(), "two lexer grammars given; give one lexer and one parser grammar");
                }
                Grammar g = tool.createGrammar(ast);
                g.fileName = s.path().toString();
                tool.process(g, false);
                lexer = (LexerGrammar) g;
            } else {
                if (parser != null) {
                    fail(problems, s.path().toString(), "two grammars with parser rules given (" + parser.fileName + " and " + s.path()
                            + "); give one combined grammar, or one lexer and one parser grammar");
                }
                parser = tool.createGrammar(ast);
                parser.fileName = s.path().toString();
                parserVocab = s.vocab();
            }
        }
        if (problems.stream().anyMatch(GrammarProblem::error)) {
            throw new GrammarLoadException(problems);
        }
        if (parser == null) {
            fail(problems, describe(spec), "no parser grammar given: a lexer grammar alone has no start rule");
        }
        collector.file = sourceOf(sources, parser).toString();
        if (parser.isCombined()) {
            if (lexer != null) {
                fail(problems, describe(spec), "a combined grammar needs no separate lexer grammar");
            }
            tool.process(parser, false);
            lexer = parser.implicitLexer;
        } else {
            if (lexer == null) {
                fail(problems, collector.file, "parser grammar '" + parser.name + "' needs its lexer grammar: name both files");
            }
            if (parserVocab != null && !parserVocab.equals(lexer.name)) {
                fail(problems, collector.file, "parser grammar '" + parser.name + "' takes its tokens from '" + parserVocab
                        + "' (tokenVocab) but the lexer grammar given is '" + lexer.name + "'");
            }
            parser.importVocab(lexer);
            tool.process(parser, false);
        }
        if (problems.stream().anyMatch(GrammarProblem::error)) {
            throw new GrammarLoadException(problems);
        }
        if (lexer == null) {
            fail(problems, collector.file, "grammar '" + parser.name + "' defines no lexer rules");
        }
        var rule = parser.getRule(spec.startRule());
        if (rule == null) {
            fail(problems, collector.file, "start rule '" + spec.startRule() + "' is not in grammar '" + parser.name
                    + "'; its rules are: " + String.join(", ", Arrays.asList(parser.getRuleNames())));
        }
        return new LoadedGrammar(lexer, parser, rule.index, List.copyOf(problems));
    }

    private static Path sourceOf(List<Source> sources, Grammar g) {
        for (Source s : sources) {
            if (s.path().toString().equals(g.fileName)) {
                return s.path();
            }
        }
        return Path.of(g.fileName);
    }

    private static String describe(GrammarSpec spec) {
        return spec.grammarFiles().isEmpty() ? "(configuration)" : spec.grammarFiles().get(spec.grammarFiles().size() - 1).toString();
    }

    private static void fail(List<GrammarProblem> problems, String file, String message) throws GrammarLoadException {
        problems.add(new GrammarProblem(file, 0, 0, true, message));
        throw new GrammarLoadException(problems);
    }

    private record Source(Path path, String text, String vocab) {
    }

    private static Source read(Path path, List<GrammarProblem> problems) throws GrammarLoadException {
        if (!Files.exists(path)) {
            fail(problems, path.toString(), "grammar file not found");
        }
        if (!Files.isRegularFile(path)) {
            fail(problems, path.toString(), "not a regular file");
        }
        String text;
        try {
            text = new String(Files.readAllBytes(path), StandardCharsets.UTF_8);
        } catch (IOException e) {
            fail(problems, path.toString(), "cannot read: " + e.getMessage());
            return null;
        }
        // tokenVocab makes the tool look for a generated .tokens file; the vocabulary is
        // imported from the lexer grammar instead. Blank it out, keeping every offset.
        Matcher m = TOKEN_VOCAB.matcher(text);
        String vocab = null;
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            vocab = m.group(1);
            m.appendReplacement(sb, " ".repeat(m.group().length()));
        }
        m.appendTail(sb);
        return new Source(path, sb.toString(), vocab);
    }

    /** Collects the tool's messages as problems of the file being processed. */
    private static final class Collector implements ANTLRToolListener {
        private final List<GrammarProblem> problems;
        String file = "";

        Collector(List<GrammarProblem> problems) {
            this.problems = problems;
        }

        @Override
        public void info(String msg) {
        }

        @Override
        public void error(ANTLRMessage msg) {
            problems.add(toProblem(msg, true));
        }

        @Override
        public void warning(ANTLRMessage msg) {
            problems.add(toProblem(msg, false));
        }

        private GrammarProblem toProblem(ANTLRMessage msg, boolean error) {
            String text;
            try {
                text = msg.getMessageTemplate(false).render();
            } catch (RuntimeException e) {
                text = msg.getErrorType().toString();
            }
            String where = msg.fileName != null && !msg.fileName.startsWith("<") ? msg.fileName : file;
            return new GrammarProblem(where, Math.max(0, msg.line), Math.max(0, msg.charPosition), error, text);
        }
    }
}

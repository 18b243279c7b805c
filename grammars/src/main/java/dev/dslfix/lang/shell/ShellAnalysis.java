package dev.dslfix.lang.shell;

import dev.dslfix.lang.Cancellation;
import dev.dslfix.lang.CancelledException;
import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.Fix;
import dev.dslfix.lang.ParseResult;
import dev.dslfix.lang.SourceText;
import dev.dslfix.lang.TextEdit;
import dev.dslfix.lang.shell.ShellChecker.Context;
import dev.dslfix.lang.shell.ShellChecker.Definitions;
import dev.dslfix.lang.shell.ShellSyntax.Segment;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks a script: its syntax errors explained, its static checks, and then the same for the
 * body of every command substitution in it ($(...), backticks, &lt;(...)), which the lexer keeps
 * inside its word. Bodies are parsed on their own, with the context of the place they are in
 * (inside a function, a loop) and the script's functions; nested ones the same way, a few
 * levels deep.
 */
final class ShellAnalysis {
    private static final Logger LOG = LoggerFactory.getLogger(ShellAnalysis.class);
    /** Substitutions nested deeper than this are not looked into. */
    static final int MAX_DEPTH = 6;

    private final ShellLanguage language;
    private final SourceText file;
    private final Cancellation cancel;
    private Definitions definitions;
    /** The parse of the whole script (the first, outermost one). */
    private ParseResult script;

    ShellAnalysis(ShellLanguage language, String text, Cancellation cancel) {
        this.language = language;
        this.file = new SourceText(text);
        this.cancel = cancel;
    }

    List<Diagnostic> run() {
        List<Diagnostic> out = new ArrayList<>();
        analyze(file.text(), 0, Context.TOP, 0, out);
        return out;
    }

    /** The parse of the whole script, after {@link #run}. */
    ParseResult script() {
        return script;
    }

    private void analyze(String text, int base, Context context, int depth, List<Diagnostic> out) {
        cancel.check();
        ParseResult parsed = language.parse(text, cancel);
        if (script == null) {
            script = parsed;
        }
        Segment segment = new Segment(file, base);
        List<Diagnostic> found = new ArrayList<>();
        try {
            found.addAll(new ShellSyntax(parsed, segment).diagnostics());
        } catch (CancelledException e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.warn("explaining syntax errors failed at offset {}", base, e);
            found.addAll(parsed.diagnostics());
        }
        int limit = parsed.diagnostics().stream().mapToInt(Diagnostic::start).min().orElse(Integer.MAX_VALUE);
        List<ShellChecker.Substituting> substituting = List.of();
        if (parsed.tree() instanceof ShellParser.ProgramContext program) {
            if (definitions == null) {
                definitions = ShellChecker.definitions(program, parsed.source(), base);
            }
            try {
                ShellChecker checker = new ShellChecker(segment, parsed.source(), definitions, context, limit, cancel);
                found.addAll(checker.check(program));
                substituting = checker.substituting();
            } catch (CancelledException e) {
                throw e;
            } catch (RuntimeException e) {
                // A checker bug must not cost the user the other diagnostics.
                LOG.warn("static checks failed at offset {}", base, e);
            }
        }
        for (Diagnostic d : found) {
            out.add(shift(d, base));
        }
        if (depth >= MAX_DEPTH) {
            return;
        }
        for (ShellChecker.Substituting s : substituting) {
            for (ShellWords.Span span : ShellWords.substitutions(s.text())) {
                String body = s.text().substring(span.start(), span.end());
                if (body.isBlank()) {
                    continue;
                }
                int at = base + s.start() + span.start();
                int[] name = span.backtick() ? null : ShellWords.simpleCommandName(body);
                if (name != null && definitions != null) {
                    // One simple command ("date +%s"): nothing to parse, only its name to look at.
                    Diagnostic d = ShellChecker.nearMiss(body.substring(name[0], name[1]), at + name[0], at + name[1], definitions, file);
                    if (d != null) {
                        out.add(d);
                    }
                } else {
                    analyze(body, at, s.context(), depth + 1, out);
                }
            }
        }
    }

    private static Diagnostic shift(Diagnostic d, int base) {
        if (base == 0) {
            return d;
        }
        List<Fix> fixes = new ArrayList<>();
        for (Fix f : d.fixes()) {
            List<TextEdit> edits = new ArrayList<>();
            for (TextEdit e : f.edits()) {
                edits.add(new TextEdit(e.start() + base, e.end() + base, e.newText()));
            }
            fixes.add(new Fix(f.title(), edits));
        }
        return new Diagnostic(d.start() + base, d.end() + base, d.severity(), d.code(), d.message(), fixes);
    }
}

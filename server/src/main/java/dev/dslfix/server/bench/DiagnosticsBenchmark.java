package dev.dslfix.server.bench;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.dslfix.lang.Language;
import dev.dslfix.lang.runtime.GrammarSpec;
import dev.dslfix.lang.runtime.RuntimeGrammarLanguage;
import dev.dslfix.lang.sql.SqlLanguage;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;

/**
 * Diagnostics latency after a one-character edit, for a 2,000-line SQL file and a file in a
 * run-time grammar. Every edit toggles one character inside a string literal in the middle of
 * the document. Rows, from floor to full path: lexing alone, parsing (lex + parse), the full
 * check (+ static checks), and end to end through JSON-RPC (didChange to publishDiagnostics,
 * debounce 0, client and server in one process over pipes).
 */
public final class DiagnosticsBenchmark {
    private final int lines;
    private final int iterations;
    private final int warmup;
    private final PrintStream out;

    public DiagnosticsBenchmark(int lines, int iterations, int warmup, PrintStream out) {
        this.lines = lines;
        this.iterations = iterations;
        this.warmup = warmup;
        this.out = out;
    }

    public void run(Path calcGrammar) throws Exception {
        run(calcGrammar, null);
    }

    /** @param fixtures test-fixtures/, for the playbook and shell documents (valid fixtures joined); null skips them */
    public void run(Path calcGrammar, Path fixtures) throws Exception {
        out.println("| document | lines | chars | measure | p50 ms | p95 ms | mean ms | ratio to lexing (p50) |");
        out.println("|---|---|---|---|---|---|---|---|");
        String sql = BenchCorpus.sql(lines, 42);
        measure("SQL (built-in)", sql, new SqlLanguage(), "sql", ".sql", null);
        if (calcGrammar != null) {
            RuntimeGrammarLanguage calc = RuntimeGrammarLanguage.load(new GrammarSpec("calc", List.of(calcGrammar), "program", List.of(".calc")));
            JsonObject options = new JsonObject();
            JsonArray languages = new JsonArray();
            JsonObject lang = new JsonObject();
            lang.addProperty("id", "calc");
            lang.addProperty("grammar", calcGrammar.toAbsolutePath().toString());
            lang.addProperty("start", "program");
            JsonArray ext = new JsonArray();
            ext.add(".calc");
            lang.add("extensions", ext);
            languages.add(lang);
            options.add("languages", languages);
            measure("Calc (run-time grammar)", BenchCorpus.calc(lines, 42), calc, "calc", ".calc", options);
        }
        if (fixtures != null) {
            String playbook = BenchCorpus.joined(fixtures.resolve("playbook/valid"), ".playbook.yml", lines);
            measure("Playbook (built-in)", playbook, middleComment(playbook), new dev.dslfix.lang.playbook.PlaybookLanguage(), "playbook",
                    ".playbook.yml", null);
            String shell = BenchCorpus.joined(fixtures.resolve("shell/valid"), ".sh", lines);
            measure("Shell (built-in)", shell, middleComment(shell), new dev.dslfix.lang.shell.ShellLanguage(), "shell", ".sh", null);
        }
    }

    private void measure(String name, String text, Language language, String languageId, String extension, JsonObject options) throws Exception {
        measure(name, text, middleStringLiteral(text), language, languageId, extension, options);
    }

    private void measure(String name, String text, int editAt, Language language, String languageId, String extension, JsonObject options)
            throws Exception {
        String[] variants = {text, text.substring(0, editAt) + "x" + text.substring(editAt)};
        if (!language.check(variants[0]).isEmpty() || !language.check(variants[1]).isEmpty()) {
            throw new IllegalStateException("benchmark document has diagnostics: " + language.check(variants[0]));
        }
        Stats lex = time(i -> language.tokenize(variants[i & 1]));
        Stats parse = time(i -> language.parse(variants[i & 1]));
        Stats check = time(i -> language.check(variants[i & 1]));
        Stats lsp = endToEnd(text, editAt, languageId, extension, options);
        int lineCount = BenchCorpus.countLines(text);
        row(name, lineCount, text.length(), "lex only (floor)", lex, lex);
        row(name, lineCount, text.length(), "lex + parse", parse, lex);
        row(name, lineCount, text.length(), "full check (syntax + static)", check, lex);
        row(name, lineCount, text.length(), "LSP didChange -> publishDiagnostics", lsp, lex);
    }

    private void row(String name, int lineCount, int chars, String what, Stats s, Stats floor) {
        out.printf("| %s | %d | %d | %s | %.2f | %.2f | %.2f | %.1fx |%n", name, lineCount, chars, what, s.p50(), s.p95(), s.mean(),
                s.p50() / Math.max(1e-9, floor.p50()));
        out.flush();
    }

    private Stats time(Consumer<Integer> work) {
        for (int i = 0; i < warmup; i++) {
            work.accept(i);
        }
        long[] samples = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long t0 = System.nanoTime();
            work.accept(i);
            samples[i] = System.nanoTime() - t0;
        }
        return Stats.of(samples);
    }

    private Stats endToEnd(String text, int editAt, String languageId, String extension, JsonObject options) throws Exception {
        JsonObject init = options == null ? new JsonObject() : options.deepCopy();
        JsonObject diagnostics = new JsonObject();
        diagnostics.addProperty("debounceMs", 0);
        init.add("diagnostics", diagnostics);
        // Diagnostics only: a repair model loading in the background would disturb the timing.
        JsonObject model = new JsonObject();
        model.addProperty("enabled", false);
        init.add("model", model);
        try (InProcessClient client = new InProcessClient(init)) {
            String uri = "file:///bench/document" + extension;
            client.server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, languageId, 0, text)));
            client.awaitVersion(0);
            int line = text.substring(0, editAt).split("\n", -1).length - 1;
            int column = editAt - text.lastIndexOf('\n', editAt - 1) - 1;
            long[] samples = new long[iterations];
            for (int i = 1; i <= warmup + iterations; i++) {
                boolean insert = (i & 1) == 1;
                Range range = insert ? new Range(new Position(line, column), new Position(line, column))
                        : new Range(new Position(line, column), new Position(line, column + 1));
                long t0 = System.nanoTime();
                client.server.getTextDocumentService().didChange(new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, i),
                        List.of(new TextDocumentContentChangeEvent(range, insert ? "x" : ""))));
                client.awaitVersion(i);
                if (i > warmup) {
                    samples[i - warmup - 1] = System.nanoTime() - t0;
                }
            }
            return Stats.of(samples);
        }
    }

    /**
     * Inside the first whole-line '#' comment past the middle: in shell and YAML a quote found by
     * position may close a string rather than open one.
     */
    private static int middleComment(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^[ \\t]*# ").matcher(text);
        if (!m.find(text.length() / 2) && !m.find(0)) {
            throw new IllegalStateException("no comment line to edit");
        }
        return m.end();
    }

    /** Just after the opening quote of the string literal nearest the middle of the text. */
    private static int middleStringLiteral(String text) {
        int mid = text.length() / 2;

        int q = text.indexOf('\'', mid);
        if (q < 0) {
            q = text.indexOf('"', mid);
        }
        if (q < 0) {
            throw new IllegalStateException("no string literal to edit");
        }
        return q + 1;
    }
}

package dev.dslfix.server.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.dslfix.lang.SourceText;
import dev.dslfix.lang.TextEdit;
import dev.dslfix.server.core.LocatedDiagnostic;
import dev.dslfix.server.core.UnifiedDiff;
import dev.dslfix.server.repair.Candidate;
import dev.dslfix.server.repair.RepairResult;
import java.io.PrintStream;
import java.util.Locale;

/** Writes repair results as the JSON object of DESIGN.md, a unified diff, or text. */
final class RepairOutput {
    private RepairOutput() {
    }

    static JsonObject json(String file, String language, String input, RepairResult result) {
        SourceText source = new SourceText(input);
        JsonObject root = new JsonObject();
        root.addProperty("file", file);
        root.addProperty("language", language);
        root.add("diagnostics", Json.diagnostics(result.diagnostics().stream().map(d -> LocatedDiagnostic.of(source, d)).toList()));
        JsonArray candidates = new JsonArray();
        for (Candidate c : result.candidates()) {
            JsonObject o = new JsonObject();
            o.addProperty("text", c.text());
            o.addProperty("passes", c.passes());
            o.addProperty("similarity", Math.round(c.similarity() * 10000) / 10000.0);
            o.addProperty("origin", c.origin());
            JsonArray edits = new JsonArray();
            for (TextEdit e : c.edits()) {
                JsonObject j = new JsonObject();
                j.addProperty("line", source.lineOf(e.start()) + 1);
                j.addProperty("column", source.columnOf(e.start()) + 1);
                j.addProperty("endLine", source.lineOf(e.end()) + 1);
                j.addProperty("endColumn", source.columnOf(e.end()) + 1);
                j.addProperty("newText", e.newText());
                edits.add(j);
            }
            o.add("edits", edits);
            o.addProperty("explanation", c.explanation());
            candidates.add(o);
        }
        root.add("candidates", candidates);
        return root;
    }

    static void diff(String file, String input, RepairResult result, PrintStream out) {
        if (!result.candidates().isEmpty()) {
            out.print(UnifiedDiff.of("a/" + file, "b/" + file, input, result.candidates().get(0).text()));
        }
    }

    static void text(String file, String input, RepairResult result, PrintStream out) {
        SourceText source = new SourceText(input);
        for (var d : result.diagnostics()) {
            LocatedDiagnostic l = LocatedDiagnostic.of(source, d);
            out.println(file + ":" + l.line() + ":" + l.column() + ": " + l.severity() + ": " + l.message() + " [" + l.code() + "]");
        }
        if (result.candidates().isEmpty()) {
            out.println(result.diagnostics().stream().anyMatch(d -> d.isError()) ? "no verified repair found" : "nothing to repair");
            return;
        }
        int rank = 1;
        for (Candidate c : result.candidates()) {
            out.printf(Locale.ROOT, "%ncandidate %d (%s, %s, similarity %.3f): %s%n", rank++, c.passes() ? "passes" : "does not pass",
                    c.model() == null ? c.origin() : c.origin() + " (" + c.model() + ")", c.similarity(), c.explanation());
            out.print(UnifiedDiff.of("a/" + file, "b/" + file, input, c.text()));
        }
    }
}

package dev.dslfix.server.cli;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.dslfix.server.core.LocatedDiagnostic;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Writes check results as text, JSON or SARIF 2.1.0. */
final class CheckOutput {
    private CheckOutput() {
    }

    static void write(OutputFormat format, List<FileReport> reports, PrintStream out) {
        switch (format) {
            case text -> text(reports, out);
            case json -> out.println(Json.GSON.toJson(json(reports)));
            case sarif -> out.println(Json.GSON.toJson(sarif(reports)));
        }
        out.flush();
    }

    /** {@code file:line:column: severity: message [code]}, the form editors and CI logs link. */
    private static void text(List<FileReport> reports, PrintStream out) {
        for (FileReport r : reports) {
            for (LocatedDiagnostic d : r.located()) {
                out.println(r.file() + ":" + d.line() + ":" + d.column() + ": " + d.severity() + ": " + d.message() + " [" + d.code() + "]");
            }
        }
    }

    private static JsonObject json(List<FileReport> reports) {
        JsonObject root = new JsonObject();
        JsonArray files = new JsonArray();
        long errors = 0;
        long others = 0;
        for (FileReport r : reports) {
            JsonObject f = new JsonObject();
            f.addProperty("file", r.file());
            f.addProperty("language", r.language());
            f.add("diagnostics", Json.diagnostics(r.located()));
            files.add(f);
            errors += r.errors();
            others += r.diagnostics().size() - r.errors();
        }
        root.add("files", files);
        JsonObject summary = new JsonObject();
        summary.addProperty("files", reports.size());
        summary.addProperty("errors", errors);
        summary.addProperty("warnings", others);
        root.add("summary", summary);
        return root;
    }

    private static JsonObject sarif(List<FileReport> reports) {
        JsonObject root = new JsonObject();
        root.addProperty("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        root.addProperty("version", "2.1.0");
        JsonObject run = new JsonObject();
        JsonObject driver = new JsonObject();
        driver.addProperty("name", "dslfix");
        driver.addProperty("version", Version.get());
        Map<String, Integer> ruleIndex = new LinkedHashMap<>();
        JsonArray rules = new JsonArray();
        JsonArray results = new JsonArray();
        for (FileReport r : reports) {
            for (LocatedDiagnostic d : r.located()) {
                String ruleId = r.language() + "/" + d.code();
                Integer index = ruleIndex.get(ruleId);
                if (index == null) {
                    index = ruleIndex.size();
                    ruleIndex.put(ruleId, index);
                    JsonObject rule = new JsonObject();
                    rule.addProperty("id", ruleId);
                    JsonObject desc = new JsonObject();
                    desc.addProperty("text", d.code() + " (" + r.language() + ")");
                    rule.add("shortDescription", desc);
                    rules.add(rule);
                }
                JsonObject result = new JsonObject();
                result.addProperty("ruleId", ruleId);
                result.addProperty("ruleIndex", index);
                result.addProperty("level", switch (d.severity()) {
                    case "error" -> "error";
                    case "warning" -> "warning";
                    default -> "note";
                });
                JsonObject message = new JsonObject();
                message.addProperty("text", d.message());
                result.add("message", message);
                JsonObject region = new JsonObject();
                region.addProperty("startLine", d.line());
                region.addProperty("startColumn", d.column());
                region.addProperty("endLine", d.endLine());
                region.addProperty("endColumn", Math.max(d.endColumn(), d.endLine() == d.line() ? d.column() : 1));
                JsonObject artifact = new JsonObject();
                artifact.addProperty("uri", r.file().replace('\\', '/'));
                JsonObject physical = new JsonObject();
                physical.add("artifactLocation", artifact);
                physical.add("region", region);
                JsonObject location = new JsonObject();
                location.add("physicalLocation", physical);
                JsonArray locations = new JsonArray();
                locations.add(location);
                result.add("locations", locations);
                results.add(result);
            }
        }
        driver.add("rules", rules);
        JsonObject tool = new JsonObject();
        tool.add("driver", driver);
        run.add("tool", tool);
        run.addProperty("columnKind", "utf16CodeUnits");
        run.add("results", results);
        JsonArray runs = new JsonArray();
        runs.add(run);
        root.add("runs", runs);
        return root;
    }
}

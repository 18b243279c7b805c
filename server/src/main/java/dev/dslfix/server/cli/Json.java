package dev.dslfix.server.cli;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.dslfix.server.core.LocatedDiagnostic;
import java.util.List;

/** JSON shapes shared by the commands' outputs (field names are a contract: see DESIGN.md). */
final class Json {
    static final Gson GSON = new GsonBuilder().setPrettyPrinting().disableHtmlEscaping().create();

    private Json() {
    }

    static JsonObject diagnostic(LocatedDiagnostic d) {
        JsonObject o = new JsonObject();
        o.addProperty("line", d.line());
        o.addProperty("column", d.column());
        o.addProperty("endLine", d.endLine());
        o.addProperty("endColumn", d.endColumn());
        o.addProperty("severity", d.severity());
        o.addProperty("code", d.code());
        o.addProperty("message", d.message());
        return o;
    }

    static JsonArray diagnostics(List<LocatedDiagnostic> list) {
        JsonArray a = new JsonArray();
        list.forEach(d -> a.add(diagnostic(d)));
        return a;
    }
}

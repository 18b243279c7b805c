package dev.dslfix.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.sql.SqlLanguage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepairCommandTest {
    private static final String BROKEN = "CREATE TABLE users (id INTEGER PRIMARY KEY, name TEXT, email TEXT);\n"
            + "SELECT name, emial FROM users WHERE (id > 3;\n";

    @Test
    void jsonFollowsTheContract(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("q.sql"), BROKEN);
        CliRunner.Result r = CliRunner.run("repair", "--format", "json", f.toString());
        assertEquals(0, r.code(), r.err());
        JsonObject root = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals(Set.of("file", "language", "diagnostics", "candidates"), root.keySet());
        assertEquals(f.toString(), root.get("file").getAsString());
        assertEquals("sql", root.get("language").getAsString());
        JsonObject d = root.getAsJsonArray("diagnostics").get(0).getAsJsonObject();
        assertEquals(Set.of("line", "column", "endLine", "endColumn", "severity", "code", "message"), d.keySet());
        JsonArray candidates = root.getAsJsonArray("candidates");
        assertTrue(candidates.size() >= 1);
        for (JsonElement e : candidates) {
            JsonObject c = e.getAsJsonObject();
            assertEquals(Set.of("text", "passes", "similarity", "origin", "edits", "explanation"), c.keySet());
            assertTrue(c.get("passes").getAsBoolean());
            // "passes": true means dslfix check would pass.
            assertTrue(new SqlLanguage().check(c.get("text").getAsString()).stream().noneMatch(Diagnostic::isError));
            double sim = c.get("similarity").getAsDouble();
            assertTrue(sim > 0 && sim <= 1, "similarity " + sim);
            for (JsonElement edit : c.getAsJsonArray("edits")) {
                assertEquals(Set.of("line", "column", "endLine", "endColumn", "newText"), edit.getAsJsonObject().keySet());
            }
        }
        JsonObject best = candidates.get(0).getAsJsonObject();
        assertEquals(BROKEN.replace("emial", "email").replace("(id > 3;", "(id > 3);"), best.get("text").getAsString());
        // The edits, applied to the input at their 1-based positions, give the text.
        assertEquals(best.get("text").getAsString(), applyEdits(BROKEN, best.getAsJsonArray("edits")));
    }

    private static String applyEdits(String text, JsonArray edits) {
        dev.dslfix.lang.SourceText s = new dev.dslfix.lang.SourceText(text);
        java.util.List<dev.dslfix.lang.TextEdit> list = new java.util.ArrayList<>();
        for (JsonElement e : edits) {
            JsonObject o = e.getAsJsonObject();
            int start = s.offsetOf(o.get("line").getAsInt() - 1, o.get("column").getAsInt() - 1);
            int end = s.offsetOf(o.get("endLine").getAsInt() - 1, o.get("endColumn").getAsInt() - 1);
            list.add(new dev.dslfix.lang.TextEdit(start, end, o.get("newText").getAsString()));
        }
        return dev.dslfix.lang.Fix.apply(text, list);
    }

    @Test
    void writeReplacesTheFileAndLeavesNoTemporaryFile(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("q.sql"), BROKEN);
        CliRunner.Result r = CliRunner.run("repair", "--write", "--format", "diff", f.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().startsWith("--- a/" + f), r.out());
        assertEquals(0, CliRunner.run("check", f.toString()).code());
        assertEquals(Set.of("q.sql"), Files.list(dir).map(p -> p.getFileName().toString()).collect(Collectors.toSet()));
    }

    @Test
    void noVerifiedRepairExitsOneAndLeavesTheFile(@TempDir Path dir) throws IOException {
        String hopeless = "SELECT zzz FROM qqqqqq;\n";
        Path f = Files.writeString(dir.resolve("q.sql"), hopeless);
        CliRunner.Result r = CliRunner.run("repair", "--write", f.toString());
        assertEquals(1, r.code(), r.out());
        assertTrue(r.out().contains("no verified repair found"), r.out());
        assertEquals(hopeless, Files.readString(f));
    }

    @Test
    void cleanFileExitsZeroWithNoCandidates(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("q.sql"), "SELECT 1;\n");
        CliRunner.Result r = CliRunner.run("repair", "--format", "json", f.toString());
        assertEquals(0, r.code());
        assertEquals(0, JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonArray("candidates").size());
    }

    @Test
    void runTimeGrammar(@TempDir Path dir) throws IOException {
        Path calc = CheckCommandTest.fixtures().resolve("grammars/calc/Calc.g4");
        Path f = Files.writeString(dir.resolve("a.calc"), "let x = (1 + 2;\nprint x;\n");
        CliRunner.Result r = CliRunner.run("repair", "--format", "json", "--grammar", calc.toString(), "--start", "program", f.toString());
        assertEquals(0, r.code(), r.err());
        JsonObject best = JsonParser.parseString(r.out()).getAsJsonObject().getAsJsonArray("candidates").get(0).getAsJsonObject();
        assertEquals("let x = (1 + 2);\nprint x;\n", best.get("text").getAsString());
        assertEquals("calc", JsonParser.parseString(r.out()).getAsJsonObject().get("language").getAsString());
    }

    @Test
    void invalidUtf8IsNotRewritten(@TempDir Path dir) throws IOException {
        byte[] bytes = "SELECT 'caf\u00e9' FROM (;\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        Path f = Files.write(dir.resolve("q.sql"), bytes);
        CliRunner.Result r = CliRunner.run("repair", "--write", f.toString());
        // Either no repair (1) or one that is not written (2): the bytes on disk stay as they were.
        assertTrue(r.code() == 1 || r.code() == 2, r.out() + r.err());
        assertTrue(java.util.Arrays.equals(bytes, Files.readAllBytes(f)));
    }

    @Test
    void badOptions(@TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("q.sql"), BROKEN);
        assertEquals(2, CliRunner.run("repair", "--top", "0", f.toString()).code());
        assertEquals(2, CliRunner.run("repair", "--aggressiveness", "wild", f.toString()).code());
        assertEquals(2, CliRunner.run("repair", dir.resolve("missing.sql").toString()).code());
    }
}

package dev.dslfix.server.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {
    private static final Path FIXTURES = fixtures();
    private static final Path BROKEN = FIXTURES.resolve("sql/broken/unknown_column_emial_crm.sql");
    private static final Path VALID = FIXTURES.resolve("sql/valid/shop_schema.sql");

    static Path fixtures() {
        String p = System.getProperty("dslfix.fixtures");
        return p != null ? Path.of(p) : Path.of("../test-fixtures");
    }

    @Test
    void brokenFilePrintsFileLineColumnAndExitsOne() {
        CliRunner.Result r = CliRunner.run("check", BROKEN.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals(BROKEN + ":26:9: error: unknown column 'emial': table 'contacts' has no such column; did you mean 'email'? [unknown-column]\n",
                r.out());
    }

    @Test
    void validFilePrintsNothingAndExitsZero() {
        CliRunner.Result r = CliRunner.run("check", VALID.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("", r.out());
    }

    @Test
    void jsonFormat() {
        CliRunner.Result r = CliRunner.run("check", "--format", "json", BROKEN.toString(), VALID.toString());
        assertEquals(1, r.code());
        JsonObject root = JsonParser.parseString(r.out()).getAsJsonObject();
        JsonArray files = root.getAsJsonArray("files");
        assertEquals(2, files.size());
        JsonObject d = files.get(0).getAsJsonObject().getAsJsonArray("diagnostics").get(0).getAsJsonObject();
        assertEquals(26, d.get("line").getAsInt());
        assertEquals(9, d.get("column").getAsInt());
        assertEquals(26, d.get("endLine").getAsInt());
        assertEquals(14, d.get("endColumn").getAsInt());
        assertEquals("error", d.get("severity").getAsString());
        assertEquals("unknown-column", d.get("code").getAsString());
        assertEquals("sql", files.get(0).getAsJsonObject().get("language").getAsString());
        assertEquals(0, files.get(1).getAsJsonObject().getAsJsonArray("diagnostics").size());
        assertEquals(1, root.getAsJsonObject("summary").get("errors").getAsInt());
    }

    @Test
    void sarifFormat() {
        CliRunner.Result r = CliRunner.run("check", "--format", "sarif", BROKEN.toString());
        assertEquals(1, r.code());
        JsonObject root = JsonParser.parseString(r.out()).getAsJsonObject();
        assertEquals("2.1.0", root.get("version").getAsString());
        JsonObject run = root.getAsJsonArray("runs").get(0).getAsJsonObject();
        assertEquals("dslfix", run.getAsJsonObject("tool").getAsJsonObject("driver").get("name").getAsString());
        JsonObject result = run.getAsJsonArray("results").get(0).getAsJsonObject();
        assertEquals("sql/unknown-column", result.get("ruleId").getAsString());
        assertEquals("error", result.get("level").getAsString());
        JsonObject region = result.getAsJsonArray("locations").get(0).getAsJsonObject()
                .getAsJsonObject("physicalLocation").getAsJsonObject("region");
        assertEquals(26, region.get("startLine").getAsInt());
        assertEquals(9, region.get("startColumn").getAsInt());
        assertEquals(14, region.get("endColumn").getAsInt());
        assertEquals("sql/unknown-column", run.getAsJsonObject("tool").getAsJsonObject("driver")
                .getAsJsonArray("rules").get(result.get("ruleIndex").getAsInt()).getAsJsonObject().get("id").getAsString());
    }

    @Test
    void runTimeGrammarsCombinedAndSplit() {
        Path calc = FIXTURES.resolve("grammars/calc");
        CliRunner.Result combined = CliRunner.run("check", "--grammar", calc.resolve("Calc.g4").toString(), "--start", "program",
                calc.resolve("broken.calc").toString());
        assertEquals(1, combined.code(), combined.err());
        assertTrue(combined.out().startsWith(calc.resolve("broken.calc") + ":2:24: error: missing ')' before ';' [syntax]"), combined.out());
        Path ini = FIXTURES.resolve("grammars/ini");
        CliRunner.Result split = CliRunner.run("check", "--grammar", ini.resolve("IniLexer.g4").toString(),
                "--grammar", ini.resolve("IniParser.g4").toString(), "--start", "file", ini.resolve("example.ini").toString());
        assertEquals(0, split.code(), split.err() + split.out());
    }

    @Test
    void badGrammarIsAUsageErrorWithFileAndLine(@TempDir Path dir) throws IOException {
        Path g = dir.resolve("G.g4");
        Files.writeString(g, "grammar G;\ns : t ;\n");
        Path input = Files.writeString(dir.resolve("x.txt"), "x");
        CliRunner.Result r = CliRunner.run("check", "--grammar", g.toString(), "--start", "s", input.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(g + ":2:5: error: reference to undefined rule: t"), r.err());
        CliRunner.Result noRule = CliRunner.run("check", "--grammar", FIXTURES.resolve("grammars/calc/Calc.g4").toString(),
                "--start", "nope", input.toString());
        assertEquals(2, noRule.code());
        assertTrue(noRule.err().contains("start rule 'nope' is not in grammar 'Calc'"), noRule.err());
        CliRunner.Result missing = CliRunner.run("check", "--grammar", dir.resolve("Nope.g4").toString(), "--start", "s", input.toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("Nope.g4: error: grammar file not found"), missing.err());
    }

    @Test
    void badInputsAreClearErrors(@TempDir Path dir) throws IOException {
        CliRunner.Result missing = CliRunner.run("check", dir.resolve("nope.sql").toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("nope.sql: no such file"), missing.err());

        Path binary = Files.write(dir.resolve("bin.sql"), new byte[] {'S', 'E', 0, 1, 2, (byte) 0xff});
        CliRunner.Result bin = CliRunner.run("check", binary.toString());
        assertEquals(2, bin.code());
        assertTrue(bin.err().contains("binary file"), bin.err());

        Path unknown = Files.writeString(dir.resolve("notes.txt"), "hello");
        CliRunner.Result ext = CliRunner.run("check", unknown.toString());
        assertEquals(2, ext.code());
        assertTrue(ext.err().contains("cannot tell the language"), ext.err());

        Path empty = Files.writeString(dir.resolve("empty.sql"), "");
        assertEquals(0, CliRunner.run("check", empty.toString()).code());

        CliRunner.Result startAlone = CliRunner.run("check", "--start", "x", empty.toString());
        assertEquals(2, startAlone.code());
        assertEquals(2, CliRunner.run("check", "--language", "cobol", empty.toString()).code());
        assertEquals(2, CliRunner.run("check").code());
    }

    @Test
    void invalidUtf8IsADiagnosticAndTheRestIsChecked(@TempDir Path dir) throws IOException {
        byte[] head = "SELECT 1;\nSELECT 'caf".getBytes(StandardCharsets.UTF_8);
        byte[] tail = "';\nSELECT (;\n".getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[head.length + 1 + tail.length];
        System.arraycopy(head, 0, all, 0, head.length);
        all[head.length] = (byte) 0xE9; // Latin-1 é: not UTF-8
        System.arraycopy(tail, 0, all, head.length + 1, tail.length);
        Path f = Files.write(dir.resolve("latin1.sql"), all);
        CliRunner.Result r = CliRunner.run("check", f.toString());
        assertEquals(1, r.code());
        String[] lines = r.out().split("\n");
        assertTrue(lines[0].startsWith(f + ":2:12: error: invalid UTF-8: byte 0xE9 at byte offset 21"), r.out());
        assertTrue(lines[1].startsWith(f + ":3:9: error: unexpected ';'"), r.out());
    }

    @Test
    void configurationRegistersGrammarsByExtension(@TempDir Path dir) throws IOException {
        Path calc = FIXTURES.resolve("grammars/calc/Calc.g4").toAbsolutePath();
        Path config = Files.writeString(dir.resolve("dslfix.json"), "{ \"languages\": [ { \"id\": \"calc\", \"grammar\": \""
                + calc.toString().replace("\\", "\\\\") + "\", \"start\": \"program\", \"extensions\": [\".calc\"] } ] }");
        Path input = Files.writeString(dir.resolve("a.calc"), "let x = ;\n");
        CliRunner.Result r = CliRunner.run("check", "--config", config.toString(), input.toString());
        assertEquals(1, r.code(), r.err());
        assertTrue(r.out().contains(":1:9: error:"), r.out());
        Path bad = Files.writeString(dir.resolve("bad.json"), "{ \"languages\": 3 }");
        CliRunner.Result br = CliRunner.run("check", "--config", bad.toString(), input.toString());
        assertEquals(2, br.code());
        assertTrue(br.err().contains("\"languages\" must be a list"), br.err());
    }

    @Test
    void helpForEachCommand() {
        CliRunner.Result top = CliRunner.run("--help");
        assertEquals(0, top.code());
        assertTrue(top.out().contains("check") && top.out().contains("serve"), top.out());
        CliRunner.Result check = CliRunner.run("check", "--help");
        assertTrue(check.out().contains("--format"), check.out());
        CliRunner.Result serve = CliRunner.run("serve", "--help");
        assertTrue(serve.out().contains("--port"), serve.out());
    }

    @Test
    void aConfiguredPathPatternMakesAPlainYmlFileAPlaybook(@TempDir Path dir) throws IOException {
        Path config = Files.writeString(dir.resolve("dslfix.json"), "{ \"playbook\": { \"patterns\": [\"playbooks/*.yml\"] } }");
        Path site = Files.createDirectories(dir.resolve("playbooks")).resolve("site.yml");
        Files.writeString(site, "- hosts: all\n  tasks:\n    - name: copy it\n      ansible.builtin.cpoy:\n        src: a\n        dest: b\n");
        CliRunner.Result r = CliRunner.run("check", "--config", config.toString(), site.toString());
        assertEquals(1, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("[unknown-module]"), r.out());
        // Without the pattern a .yml file is nobody's.
        CliRunner.Result plain = CliRunner.run("check", site.toString());
        assertEquals(2, plain.code(), plain.out() + plain.err());
    }
}

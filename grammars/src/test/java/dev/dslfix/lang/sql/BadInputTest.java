package dev.dslfix.lang.sql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dslfix.lang.CancelledException;
import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.SourceText;
import dev.dslfix.lang.antlr.AntlrFrontEnd;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Inputs that must never crash the checker: each gets a result or clear diagnostics. */
class BadInputTest {
    private final SqlLanguage sql = new SqlLanguage();

    @Test
    void twentyThousandNestedParenthesesParse() {
        int depth = 20_000;
        String text = "SELECT " + "(".repeat(depth) + "1" + ")".repeat(depth) + ";";
        assertEquals(List.of(), sql.check(text));
    }

    @Test
    void twentyThousandUnclosedParenthesesGiveOneError() {
        String text = "SELECT " + "(".repeat(20_000) + "1;";
        List<Diagnostic> d = sql.check(text);
        assertEquals(1, d.size(), d.toString());
        assertEquals("syntax", d.get(0).code());
    }

    @Test
    void fiveMegabyteFileIsChecked() {
        StringBuilder sb = new StringBuilder("CREATE TABLE log (id INTEGER PRIMARY KEY, at TEXT, level TEXT, msg TEXT);\n");
        int i = 0;
        while (sb.length() < 5 * 1024 * 1024) {
            sb.append("INSERT INTO log (id, at, level, msg) VALUES (").append(i++)
                    .append(", '2024-05-01 10:00:00', 'info', 'request served in 12 ms');\n");
        }
        int lastLine = new SourceText(sb.toString()).lineCount();
        sb.append("SELECT msg FROM log WHERE levl = 'error';\n");
        List<Diagnostic> d = sql.check(sb.toString());
        assertEquals(1, d.size(), d.toString());
        assertEquals("unknown-column", d.get(0).code());
        assertEquals(lastLine - 1, new SourceText(sb.toString()).lineOf(d.get(0).start()));
    }

    @Test
    void binaryGarbageGivesBoundedDiagnostics() {
        byte[] bytes = new byte[200_000];
        new Random(7).nextBytes(bytes);
        String text = new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1);
        List<Diagnostic> d = sql.check(text);
        assertFalse(d.isEmpty());
        assertTrue(d.size() <= AntlrFrontEnd.MAX_ISSUES + 1, "diagnostics: " + d.size());
        d.forEach(x -> assertTrue(x.end() <= text.length()));
    }

    @Test
    void controlCharactersAndLoneSurrogatesAreReported() {
        String text = "SELECT 1\u0000;\nSELECT '\uD800' \uDC00;";
        List<Diagnostic> d = sql.check(text);
        assertFalse(d.isEmpty());
        assertTrue(d.get(0).message().contains("U+0000"), d.get(0).message());
    }

    @Test
    void cancellationStopsAnalysis() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            sb.append("SELECT ").append(i).append(";\n");
        }
        AtomicInteger polls = new AtomicInteger();
        org.junit.jupiter.api.Assertions.assertThrows(CancelledException.class,
                () -> sql.check(sb.toString(), () -> polls.incrementAndGet() > 5));
    }
}

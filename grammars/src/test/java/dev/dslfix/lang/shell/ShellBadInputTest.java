package dev.dslfix.lang.shell;

import static dev.dslfix.lang.shell.ShellTesting.SHELL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dslfix.lang.CancelledException;
import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.antlr.AntlrFrontEnd;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Inputs that must never crash the shell checker, nor take it long: each gets bounded, clear diagnostics. */
class ShellBadInputTest {

    @Test
    void emptyInput() {
        assertEquals(List.of(), SHELL.check(""));
        assertTrue(SHELL.probe("").ok());
        assertEquals(List.of(), SHELL.tokenize(""));
    }

    @Test
    void deepButBalancedNestingParses() {
        int depth = 500;
        String text = "{ ".repeat(depth) + "true; " + "}; ".repeat(depth) + "\n"
                + "if true; then ".repeat(depth) + "true; " + "fi; ".repeat(depth) + "\n";
        assertEquals(List.of(), SHELL.check(text));
    }

    @Test
    void tenThousandUnclosedSubshellsGiveOneQuickError() {
        String text = "( ".repeat(10_000) + "true\n";
        long start = System.nanoTime();
        List<Diagnostic> d = SHELL.check(text);
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertEquals(1, d.size(), d.toString());
        assertTrue(d.get(0).message().startsWith("nested too deeply to analyse"), d.get(0).message());
        assertTrue(millis < 5_000, "took " + millis + " ms");
    }

    @Test
    void deeplyNestedSubstitutionsInOneWord() {
        int depth = 2_000;
        String text = "echo " + "\"$(".repeat(depth) + "date" + ")\"".repeat(depth) + "\n";
        assertEquals(List.of(), SHELL.check(text));
        String open = "echo " + "$(".repeat(depth) + "date\n";
        assertFalse(SHELL.check(open).isEmpty());
    }

    @Test
    void hugeLineAndHugeWord() {
        String line = "echo " + "word ".repeat(200_000) + "\n";
        assertEquals(List.of(), SHELL.check(line));
        String word = "echo " + "a".repeat(1_000_000) + "\n";
        assertEquals(List.of(), SHELL.check(word));
    }

    @Test
    void binaryGarbageGivesBoundedDiagnostics() {
        byte[] bytes = new byte[100_000];
        new Random(11).nextBytes(bytes);
        for (String text : List.of(new String(bytes, StandardCharsets.ISO_8859_1), new String(bytes, StandardCharsets.UTF_8))) {
            List<Diagnostic> d = SHELL.check(text);
            assertFalse(d.isEmpty());
            assertTrue(d.size() <= 2 * (AntlrFrontEnd.MAX_ISSUES + 1), "diagnostics: " + d.size());
            d.forEach(x -> assertTrue(x.end() <= text.length(), x.toString()));
        }
    }

    @Test
    void controlCharactersLoneSurrogatesAndStrayBackslashes() {
        for (String text : List.of("echo \u0000 \uD800 \uDC00\n", "echo \\", "`", "```", "$", "${", "$(", "<<", "cat <<", "'", "\"",
                "((", "))", "[[", "]]", ";;", "case", "if", "function", "a=(", "|", "&&", "\r", "\\\n")) {
            List<Diagnostic> d = SHELL.check(text);
            d.forEach(x -> assertTrue(x.start() >= 0 && x.end() <= text.length(), text + ": " + x));
            SHELL.probe(text);
            SHELL.expectedAt(text, text.length());
            SHELL.independentRegion(text, 0);
            SHELL.parserRecovery(text);
        }
    }

    @Test
    void manyHereDocumentsAndQuotes() {
        assertEquals(List.of(), SHELL.check("cat <<EOF\nline\nEOF\n".repeat(5_000)));
        List<Diagnostic> quotes = SHELL.check("\"'".repeat(20_000));
        assertEquals(1, quotes.size(), quotes.toString());
    }

    @Test
    void cancellationStopsAnalysis() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 20_000; i++) {
            sb.append("echo ").append(i).append(" $(date)\n");
        }
        AtomicInteger polls = new AtomicInteger();
        assertThrows(CancelledException.class, () -> SHELL.check(sb.toString(), () -> polls.incrementAndGet() > 5));
    }
}

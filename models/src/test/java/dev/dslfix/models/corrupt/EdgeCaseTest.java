package dev.dslfix.models.corrupt;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.Language;
import dev.dslfix.lang.sql.SqlLanguage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Inputs the happy path does not cover: empty text, CRLF line breaks, input that is already broken. */
class EdgeCaseTest {
    private static final Language SQL = new SqlLanguage();

    @Test
    void emptyTextGivesNothingButDoesNotFail() {
        Corruptor c = new Corruptor(SQL);
        for (ErrorKind k : ErrorKind.values()) {
            c.corrupt("", k, 1).ifPresent(x -> assertTrue(
                    k == ErrorKind.MARKDOWN_FENCE || k == ErrorKind.PROSE, k.id() + ": " + x.description()));
        }
    }

    @Test
    void crlfDocumentsGetCrlfAroundThem() {
        String text = "CREATE TABLE t (a INTEGER);\r\nSELECT a FROM t;\r\n";
        Corruptor c = new Corruptor(SQL);
        for (Corruption x : c.corruptions(text, ErrorKind.MARKDOWN_FENCE, 1, 4)) {
            assertTrue(!x.corrupted().replace("\r\n", "").contains("\n"), x.description());
        }
        for (Corruption x : c.corruptions(text, ErrorKind.PROSE, 1, 3)) {
            assertTrue(!x.corrupted().replace("\r\n", "").contains("\n"), x.description());
        }
    }

    @Test
    void brokenInputNeedsAnExtraErrorToCount() {
        String broken = "CREATE TABLE t (a INTEGER);\nSELECT b FROM t;\nSELECT a FROM t WHERE a = 1;\n";
        long before = SQL.check(broken).stream().filter(Diagnostic::isError).count();
        assertTrue(before > 0);
        List<Corruption> all = new Corruptor(SQL).corruptions(broken, 1, 2);
        assertTrue(!all.isEmpty());
        for (Corruption x : all) {
            long after = SQL.check(x.corrupted()).stream().filter(Diagnostic::isError).count();
            assertTrue(after > before, x.kind().id() + ": " + x.description());
        }
    }
}

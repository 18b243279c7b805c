package dev.dslfix.models.corrupt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.Language;
import dev.dslfix.lang.sql.SqlLanguage;
import dev.dslfix.models.Fixtures;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Every kind over the SQL valid fixtures (perKind 3, seed 1): coverage, checker agreement, locality. */
class SqlCorruptionTest {
    private static final Language SQL = new SqlLanguage();
    private static final List<Corruption> ALL = new ArrayList<>();
    private static final Map<ErrorKind, Integer> COUNTS = new EnumMap<>(ErrorKind.class);

    @BeforeAll
    static void generate() {
        Corruptor corruptor = new Corruptor(SQL);
        long t0 = System.nanoTime();
        for (Path file : Fixtures.sqlValid()) {
            ALL.addAll(corruptor.corruptions(Fixtures.read(file), 1, 3));
        }
        long ms = (System.nanoTime() - t0) / 1_000_000;
        for (Corruption c : ALL) {
            COUNTS.merge(c.kind(), 1, Integer::sum);
        }
        StringBuilder sb = new StringBuilder("kept corruptions over " + Fixtures.sqlValid().size()
                + " SQL valid fixtures (perKind 3, seed 1) in " + ms + " ms:");
        for (ErrorKind k : ErrorKind.values()) {
            sb.append(' ').append(k.id()).append('=').append(COUNTS.getOrDefault(k, 0));
        }
        System.out.println(sb);
    }

    @Test
    void everyKindButIndentationIsProduced() {
        for (ErrorKind k : ErrorKind.values()) {
            if (k != ErrorKind.INDENTATION) {
                assertTrue(COUNTS.getOrDefault(k, 0) > 0, k.id() + " produced nothing");
            }
        }
    }

    @Test
    void indentationIsRejectedBecauseSqlIgnoresIt() {
        assertEquals(0, COUNTS.getOrDefault(ErrorKind.INDENTATION, 0));
        String text = Fixtures.read(Fixtures.sqlValid().get(0));
        assertTrue(new Corruptor(SQL).corrupt(text, ErrorKind.INDENTATION, 1).isEmpty());
    }

    @Test
    void everyKeptCorruptionIsFlaggedByTheChecker() {
        for (Corruption c : ALL) {
            assertNotEquals(c.original(), c.corrupted(), c.description());
            assertTrue(SQL.check(c.corrupted()).stream().anyMatch(Diagnostic::isError),
                    c.kind().id() + ": not flagged: " + c.description());
            assertFalse(c.description().isBlank());
        }
    }

    @Test
    void localEditsLeaveTheRestIdentical() {
        for (Corruption c : ALL) {
            String o = c.original();
            String x = c.corrupted();
            int prefix = commonPrefix(o, x);
            int suffix = commonSuffix(o, x, prefix);
            int removed = o.length() - prefix - suffix;
            int added = x.length() - prefix - suffix;
            String what = c.kind().id() + ": " + c.description();
            switch (c.kind()) {
                case MISSING_CLOSER, MISSING_OPENER, MISSING_SEPARATOR -> {
                    assertTrue(removed >= 1 && removed <= 80 && added <= 1, what);
                }
                case EXTRA_CLOSER, EXTRA_SEPARATOR -> assertTrue(removed == 0 && added >= 1 && added <= 2, what);
                case MISSPELLED_KEYWORD, MISSPELLED_NAME -> assertTrue(removed <= 2 && added <= 2, what);
                case FOREIGN_KEYWORD, SWAPPED_TOKENS, UNDECLARED_NAME, WRONG_LITERAL_TYPE, INDENTATION -> {
                    if (c.description().startsWith("wrote 'LIMIT")) {
                        assertEquals(o.length() - 2, x.length(), what); // " LIMIT n" moved as " TOP n"
                    } else {
                        assertTrue(removed <= 120 && added <= 120, what);
                    }
                }
                case TRUNCATED -> {
                    assertTrue(o.startsWith(x), what);
                    assertTrue(x.length() >= Math.floor(o.length() * 0.6), what);
                    assertTrue(x.strip().length() < o.strip().length(), what);
                }
                case MARKDOWN_FENCE -> assertTrue(x.startsWith("```") && x.contains(o), what);
                case PROSE -> assertTrue(x.contains(o) && x.length() > o.length(), what);
            }
        }
    }

    @Test
    void foreignKeywordsComeFromOtherDialects() {
        List<String> descriptions = ALL.stream().filter(c -> c.kind() == ErrorKind.FOREIGN_KEYWORD)
                .map(Corruption::description).toList();
        assertTrue(descriptions.stream().anyMatch(d -> d.contains("TOP")), descriptions.toString());
    }

    @Test
    void tSqlTopIsMadeFromTheQuerysOwnLimit() {
        String query = "CREATE TABLE t (a INTEGER);\nSELECT DISTINCT a FROM t ORDER BY a LIMIT 5;\n";
        List<String> tops = new ArrayList<>();
        for (long seed = 1; seed <= 40; seed++) {
            new Corruptor(SQL).corrupt(query, ErrorKind.FOREIGN_KEYWORD, seed).stream().map(Corruption::corrupted)
                    .filter(x -> x.contains("TOP")).forEach(tops::add);
        }
        assertEquals(List.of("CREATE TABLE t (a INTEGER);\nSELECT DISTINCT TOP 5 a FROM t ORDER BY a;\n"),
                tops.stream().distinct().toList());
        // no LIMIT, a compound query or an OFFSET: no TOP
        for (String other : List.of("CREATE TABLE t (a INTEGER);\nSELECT a FROM t ORDER BY a;\n",
                "CREATE TABLE t (a INTEGER);\nSELECT a FROM t UNION SELECT a FROM t LIMIT 5;\n",
                "CREATE TABLE t (a INTEGER);\nSELECT a FROM t LIMIT 5 OFFSET 10;\n")) {
            for (long seed = 1; seed <= 20; seed++) {
                assertTrue(new Corruptor(SQL).corrupt(other, ErrorKind.FOREIGN_KEYWORD, seed).stream()
                        .noneMatch(c -> c.corrupted().contains("TOP")), other);
            }
        }
    }

    @Test
    void wrongLiteralTypeWritesNumbersAsWords() {
        assertTrue(ALL.stream().anyMatch(c -> c.kind() == ErrorKind.WRONG_LITERAL_TYPE
                && c.description().matches("replaced number \\d+ with text '[a-z -]+'.*")));
    }

    static int commonPrefix(String a, String b) {
        int n = 0;
        while (n < a.length() && n < b.length() && a.charAt(n) == b.charAt(n)) {
            n++;
        }
        return n;
    }

    static int commonSuffix(String a, String b, int prefix) {
        int n = 0;
        while (n < a.length() - prefix && n < b.length() - prefix
                && a.charAt(a.length() - 1 - n) == b.charAt(b.length() - 1 - n)) {
            n++;
        }
        return n;
    }
}

package dev.dslfix.models.corrupt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The small helpers the mutators are built from. */
class PiecesTest {

    @Test
    void errorKindIdsAreUniqueAndRoundTrip() {
        Set<String> ids = new HashSet<>();
        for (ErrorKind k : ErrorKind.values()) {
            assertTrue(ids.add(k.id()));
            assertTrue(k.id().matches("[a-z-]+"));
            assertEquals(k, ErrorKind.fromId(k.id()).orElseThrow());
        }
        assertTrue(ErrorKind.fromId("nope").isEmpty());
    }

    @Test
    void typosKeepTheFirstLetterAndChangeOneThing() {
        List<String> typos = Typos.of("SELECT", new Random(1));
        assertFalse(typos.isEmpty());
        for (String t : typos) {
            assertTrue(t.startsWith("S"), t);
            assertNotEquals("select", t.toLowerCase());
            assertTrue(Math.abs(t.length() - 6) <= 1, t);
        }
        assertEquals(typos, Typos.of("SELECT", new Random(1)));
    }

    @Test
    void deletionTidiesWhitespaceAndNeverFusesWords() {
        assertEquals("a b", Splice.delete("a,b", 1, 2));
        assertEquals("a b", Splice.delete("a, b", 1, 2));
        assertEquals("f(x ;", Splice.delete("f(x ) ;", 4, 5));
        assertEquals("x\ny\n", Splice.delete("x\n  )\ny\n", 4, 5));
        assertEquals("count*)", Splice.delete("count(*)", 5, 6));
    }

    @Test
    void numbersReadAsWords() {
        Random rnd = new Random(1);
        assertEquals("thirty", NumberWords.words("30", rnd));
        assertEquals("four", NumberWords.words("4", rnd));
        assertEquals("one hundred twenty", NumberWords.words("120", rnd));
        assertEquals("zero point two", NumberWords.words("0.2", rnd));
        assertEquals("four thousand five hundred ninety-nine", NumberWords.words("4599", rnd));
    }

    @Test
    void trailingCommaGoesAfterTheLastItemOfTheList() {
        Doc doc = new Doc(new dev.dslfix.lang.sql.SqlLanguage(), "SELECT a, b + 1 AS c FROM t;", Hints.sql());
        int comma = doc.indicesOf(TokenClass.SEPARATOR).get(0);
        assertEquals("c", doc.tokenText(SeparatorMutator.lastItemToken(doc, comma)));
    }

    @Test
    void namesHavePlausibleVariants() {
        assertTrue(NameMutator.variants("customers").contains("customer"));
        assertTrue(NameMutator.variants("category").contains("categories"));
        assertTrue(NameMutator.variants("order_id").contains("order_no"));
        assertFalse(NameMutator.variants("name").contains("name"));
    }
}

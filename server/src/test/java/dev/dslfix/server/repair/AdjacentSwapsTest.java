package dev.dslfix.server.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AdjacentSwapsTest {
    private static List<String> words(String s) {
        return List.of(s.split(" "));
    }

    @Test
    void oneAdjacentPairOfWordsExchangedIsFoundAtItsFirstToken() {
        assertEquals(1, AdjacentSwaps.swapped(words("a NOT TEXT NULL b"), words("a TEXT NOT NULL b")));
        assertEquals(1, AdjacentSwaps.swapped(words("for in pid ;"), words("for pid in ;")));
        assertEquals(0, AdjacentSwaps.swapped(words("DONE <<- x"), words("<<- DONE x")));
    }

    @Test
    void anythingElseIsNot() {
        assertEquals(-1, AdjacentSwaps.swapped(words("a b c"), words("a b c")), "no change");
        assertEquals(-1, AdjacentSwaps.swapped(words("a b c"), words("c b a")), "not adjacent");
        assertEquals(-1, AdjacentSwaps.swapped(words("a b c d"), words("b a d c")), "two swaps");
        assertEquals(-1, AdjacentSwaps.swapped(words("a b c"), words("a b")), "a deletion");
        assertEquals(-1, AdjacentSwaps.swapped(words("a b c"), words("b a x")), "a swap and a replacement");
    }

    @Test
    void bracketsAndSeparatorsAreNotSwappedIntoNeighbours() {
        assertEquals(-1, AdjacentSwaps.swapped(words("x ]] ) ;"), words("x ) ]] ;")));
        assertEquals(-1, AdjacentSwaps.swapped(words("[ 301 , , 302 ]"), words("[ 301 , 302 , ]")));
    }

    @Test
    void droppedMeansExactlyThatTokenIsMissing() {
        assertTrue(AdjacentSwaps.dropped(words("a NOT TEXT NULL"), words("a NOT NULL"), 2));
        assertFalse(AdjacentSwaps.dropped(words("a NOT TEXT NULL"), words("a NOT NULL"), 1));
        assertFalse(AdjacentSwaps.dropped(words("a b c"), words("a b c"), 1));
    }
}

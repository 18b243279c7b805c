package dev.dslfix.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    @Test
    void distanceCountsTranspositionsAsOneEdit() {
        assertEquals(1, Suggestions.distance("emial", "email", 3));
        assertEquals(1, Suggestions.distance("form", "from", 3));
        assertEquals(3, Suggestions.distance("kitten", "sitting", 3));
        assertEquals(4, Suggestions.distance("abc", "abcdefg", 3));
    }

    @Test
    void closestNameWithinReach() {
        assertEquals(Optional.of("email"), Suggestions.closest("emial", List.of("id", "name", "email")));
        assertEquals(Optional.of("customers"), Suggestions.closest("custmers", List.of("orders", "customers")));
        assertEquals(Optional.empty(), Suggestions.closest("zzz", List.of("orders", "customers")));
    }
}

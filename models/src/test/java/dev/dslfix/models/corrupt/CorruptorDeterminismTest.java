package dev.dslfix.models.corrupt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.dslfix.lang.sql.SqlLanguage;
import dev.dslfix.models.Fixtures;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Same inputs and seed give the same output; different seeds mostly give different output. */
class CorruptorDeterminismTest {
    private static final String TEXT = Fixtures.read(Fixtures.dir().resolve("sql/valid/library_loans.sql"));

    @Test
    void sameSeedSameResultAcrossInstances() {
        Corruptor a = new Corruptor(new SqlLanguage());
        Corruptor b = new Corruptor(new SqlLanguage());
        for (ErrorKind k : ErrorKind.values()) {
            Optional<Corruption> first = a.corrupt(TEXT, k, 7);
            assertEquals(first, a.corrupt(TEXT, k, 7), k.id());
            assertEquals(first, b.corrupt(TEXT, k, 7), k.id());
        }
        assertEquals(a.corruptions(TEXT, 7, 2), b.corruptions(TEXT, 7, 2));
    }

    @Test
    void corruptIsTheFirstOfCorruptions() {
        Corruptor c = new Corruptor(new SqlLanguage());
        for (ErrorKind k : List.of(ErrorKind.MISSING_CLOSER, ErrorKind.UNDECLARED_NAME, ErrorKind.PROSE)) {
            List<Corruption> several = c.corruptions(TEXT, k, 3, 3);
            assertEquals(3, several.size(), k.id());
            assertEquals(Optional.of(several.get(0)), c.corrupt(TEXT, k, 3));
            assertEquals(3, several.stream().map(Corruption::corrupted).distinct().count(), "distinct " + k.id());
        }
    }

    @Test
    void differentSeedsUsuallyDiffer() {
        Corruptor c = new Corruptor(new SqlLanguage());
        for (ErrorKind k : List.of(ErrorKind.MISSING_CLOSER, ErrorKind.MISSING_SEPARATOR, ErrorKind.MISSPELLED_KEYWORD,
                ErrorKind.SWAPPED_TOKENS, ErrorKind.MISSPELLED_NAME, ErrorKind.TRUNCATED)) {
            Set<String> outputs = new HashSet<>();
            for (long seed = 1; seed <= 8; seed++) {
                c.corrupt(TEXT, k, seed).ifPresent(x -> outputs.add(x.corrupted()));
            }
            assertTrue(outputs.size() >= 5, k.id() + " gave only " + outputs.size() + " different outputs for 8 seeds");
        }
    }

    @Test
    void seedsPerKindAreIndependent() {
        Set<Long> seeds = new HashSet<>();
        for (ErrorKind k : ErrorKind.values()) {
            seeds.add(Corruptor.seedFor(1, k));
        }
        assertEquals(ErrorKind.values().length, seeds.size());
        assertEquals(Corruptor.seedFor(42, ErrorKind.PROSE), Corruptor.seedFor(42, ErrorKind.PROSE));
    }
}

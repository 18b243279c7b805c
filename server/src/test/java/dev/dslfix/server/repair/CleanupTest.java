package dev.dslfix.server.repair;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CleanupTest {
    private static final String CHATTY = "Sure, here is the fixed query for you:\n```sql\nSELECT 1;\n```\nThe query above returns one row for you.\n";

    @Test
    void theVariantThatRemovesTheMostComesFirst() {
        List<RepairState> variants = Cleanup.variants(CHATTY);
        assertEquals(6, variants.size());
        assertEquals("SELECT 1;\n", variants.get(0).text());
        assertEquals("removed the markdown fences and the prose around the code", variants.get(0).steps().get(0).description());
        for (int i = 1; i < variants.size(); i++) {
            assertTrue(variants.get(i).text().length() >= variants.get(0).text().length(), variants.get(i).text());
        }
    }

    @Test
    void theFenceLinesAloneAreAVariantThatKeepsWhatIsAroundThem() {
        String fenced = "-- totals by day\n```sql\nSELECT 1;\n```\n";
        List<RepairState> variants = Cleanup.variants(fenced);
        RepairState fencesOnly = variants.stream().filter(v -> v.text().equals("-- totals by day\nSELECT 1;\n")).findFirst().orElseThrow();
        assertEquals("removed the markdown fences on lines 2 and 4", Explanations.of(fencesOnly, fenced));
        assertTrue(Cleanup.removesOnlyChat(fencesOnly));
        // Keeping only what the fence encloses drops the comment: not chat alone.
        RepairState inside = variants.stream().filter(v -> v.text().equals("SELECT 1;\n")).findFirst().orElseThrow();
        assertTrue(!Cleanup.removesOnlyChat(inside));
    }

    @Test
    void proseAroundTheCodeIsFoundLineByLine() {
        assertEquals(List.of("Sure, here is the fixed query for you:", "The query above returns one row for you."), Cleanup.proseAround(CHATTY));
        // A comment or an echo inside the code is code, not chat.
        assertEquals(List.of(), Cleanup.proseAround("#!/bin/sh\n# Here is the script for the backup job.\necho \"this is the end of it\"\n"));
    }
}

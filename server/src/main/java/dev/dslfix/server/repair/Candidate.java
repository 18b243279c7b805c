package dev.dslfix.server.repair;

import dev.dslfix.lang.TextEdit;
import java.util.List;

/**
 * A repaired document.
 *
 * @param text        the whole repaired document
 * @param passes      the full checker finds no error in it
 * @param similarity  semantic similarity to the input, in [0,1]
 * @param origin      model, search or cleanup
 * @param edits       the edits from the input, in input coordinates, in order
 * @param explanation one sentence built from the edits
 * @param cost        the search's edit cost (lower is more minimal)
 */
public record Candidate(String text, boolean passes, double similarity, String origin, List<TextEdit> edits,
                        String explanation, double cost) {

    public Candidate {
        edits = List.copyOf(edits);
    }
}

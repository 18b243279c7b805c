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
 * @param model       for origin model, which model proposed it: the language's own (its id) or
 *                    the transfer model ({@code transfer}); null otherwise
 */
public record Candidate(String text, boolean passes, double similarity, String origin, List<TextEdit> edits,
                        String explanation, double cost, String model) {

    public Candidate {
        edits = List.copyOf(edits);
    }
}

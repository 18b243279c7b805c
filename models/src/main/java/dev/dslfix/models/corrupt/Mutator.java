package dev.dslfix.models.corrupt;

import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Makes one kind of mistake. Proposals are cheap closures built into text only when tried, most
 * wanted first; a proposal may give null when it turns out not to apply.
 */
interface Mutator {
    List<Supplier<Candidate>> propose(Doc doc, Random rnd);

    /**
     * Failed checks after which a document is given up when nothing was kept yet. Lower where
     * proposals differ little from each other, so that when a few fail the rest will too.
     */
    default int firstTries() {
        return 16;
    }
}

package dev.dslfix.models.corrupt;

import dev.dslfix.lang.LexToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/** Output that stops early, as when a model hits its token limit: cut after a token in the last 40%. */
final class TruncationMutator implements Mutator {
    static final double KEEP_AT_LEAST = 0.6;

    @Override
    public List<Supplier<Candidate>> propose(Doc doc, Random rnd) {
        int threshold = (int) Math.ceil(doc.text.length() * KEEP_AT_LEAST);
        List<Integer> sites = new ArrayList<>();
        // The last token is excluded: cutting after it loses only whitespace.
        for (int i = 0; i + 1 < doc.size(); i++) {
            if (doc.token(i).end() >= threshold) {
                sites.add(i);
            }
        }
        List<Supplier<Candidate>> out = new ArrayList<>();
        for (int i : Proposals.shuffled(sites, rnd)) {
            LexToken t = doc.token(i);
            out.add(() -> new Candidate(doc.text.substring(0, t.end()),
                    "cut the text off after '" + t.text() + "' at " + doc.at(t.start())
                            + " (" + (doc.text.length() - t.end()) + " of " + doc.text.length() + " characters lost)"));
        }
        return out;
    }
}

package dev.dslfix.models.corrupt;

import dev.dslfix.lang.LexToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/** Unbalanced brackets and blocks: a closer or opener dropped, or one closer too many. */
final class BracketMutator implements Mutator {
    private final ErrorKind kind;

    BracketMutator(ErrorKind kind) {
        this.kind = kind;
    }

    @Override
    public List<Supplier<Candidate>> propose(Doc doc, Random rnd) {
        return switch (kind) {
            case MISSING_CLOSER -> deletions(doc, rnd, doc.indicesOf(TokenClass.CLOSE, TokenClass.BLOCK_END));
            case MISSING_OPENER -> deletions(doc, rnd, doc.indicesOf(TokenClass.OPEN, TokenClass.BLOCK_BEGIN));
            case EXTRA_CLOSER -> extraClosers(doc, rnd);
            default -> throw new IllegalArgumentException(kind.id());
        };
    }

    private static List<Supplier<Candidate>> deletions(Doc doc, Random rnd, List<Integer> sites) {
        List<Supplier<Candidate>> out = new ArrayList<>();
        for (int i : Proposals.shuffled(sites, rnd)) {
            LexToken t = doc.token(i);
            out.add(() -> new Candidate(Splice.delete(doc.text, t.start(), t.end()),
                    "deleted '" + t.text() + "' at " + doc.at(t.start())));
        }
        return out;
    }

    /** A closer doubled ("count(*))"), or a stray ')' before a statement's ';'. */
    private static List<Supplier<Candidate>> extraClosers(Doc doc, Random rnd) {
        List<Integer> closers = doc.indicesOf(TokenClass.CLOSE);
        String stray = closers.isEmpty() ? ")" : doc.tokenText(closers.get(0));
        List<Supplier<Candidate>> doubled = new ArrayList<>();
        for (int i : closers) {
            LexToken t = doc.token(i);
            doubled.add(() -> new Candidate(Splice.insert(doc.text, t.end(), t.text()),
                    "added an extra '" + t.text() + "' after the one at " + doc.at(t.start())));
        }
        List<Supplier<Candidate>> beforeSemi = new ArrayList<>();
        for (int i = 0; i < doc.size(); i++) {
            LexToken t = doc.token(i);
            if (t.text().equals(";")) {
                beforeSemi.add(() -> new Candidate(Splice.insert(doc.text, t.start(), stray),
                        "added a stray '" + stray + "' at " + doc.at(t.start())));
            }
        }
        return Proposals.preferring(doubled, beforeSemi, 0.6, rnd);
    }
}

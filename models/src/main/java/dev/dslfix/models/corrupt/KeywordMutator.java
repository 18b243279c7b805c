package dev.dslfix.models.corrupt;

import dev.dslfix.lang.LexToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.Supplier;

/** Keywords gone wrong: a typo (SELET), or a word from another dialect or language (ILIKE, TOP 10). */
final class KeywordMutator implements Mutator {
    private final ErrorKind kind;

    KeywordMutator(ErrorKind kind) {
        this.kind = kind;
    }

    @Override
    public List<Supplier<Candidate>> propose(Doc doc, Random rnd) {
        return switch (kind) {
            case MISSPELLED_KEYWORD -> misspelled(doc, rnd);
            case FOREIGN_KEYWORD -> foreign(doc, rnd);
            default -> throw new IllegalArgumentException(kind.id());
        };
    }

    private static List<Supplier<Candidate>> misspelled(Doc doc, Random rnd) {
        List<Integer> longer = new ArrayList<>();
        List<Integer> shorter = new ArrayList<>();
        for (int i = 0; i < doc.size(); i++) {
            if (doc.cls(i).isKeywordLike()) {
                // Typos in long words are the common case, and in two-letter words hard to see.
                (doc.tokenText(i).length() >= 4 ? longer : shorter).add(i);
            }
        }
        List<Supplier<Candidate>> out = new ArrayList<>();
        for (int i : Proposals.preferring(longer, shorter, 0.85, rnd)) {
            LexToken t = doc.token(i);
            long typoSeed = rnd.nextLong();
            out.add(() -> {
                for (String typo : Typos.of(t.text(), new Random(typoSeed))) {
                    if (!doc.isKeyword(typo)) {
                        return new Candidate(Splice.replace(doc.text, t.start(), t.end(), typo),
                                "misspelled '" + t.text() + "' as '" + typo + "' at " + doc.at(t.start()));
                    }
                }
                return null;
            });
        }
        return out;
    }

    private static List<Supplier<Candidate>> foreign(Doc doc, Random rnd) {
        List<Supplier<Candidate>> out = new ArrayList<>();
        for (int i = 0; i < doc.size(); i++) {
            LexToken t = doc.token(i);
            for (ForeignWord w : doc.hints.foreignWords()) {
                if (!w.match().equalsIgnoreCase(t.text())) {
                    continue;
                }
                String replacement = inCaseOf(t.text(), w.replacement());
                if (fusesWithNeighbours(doc.text, t, replacement)) {
                    continue;
                }
                out.add(() -> new Candidate(Splice.replace(doc.text, t.start(), t.end(), replacement),
                        "replaced '" + t.text() + "' with " + w.origin() + " '" + replacement + "' at " + doc.at(t.start())));
            }
        }
        if (doc.hints.fenceTag().equals("sql")) {
            out.addAll(TopFromLimit.propose(doc));
        }
        return Proposals.shuffled(out, rnd);
    }

    /** Lower-case code gets a lower-case foreign word; otherwise the word as the other dialect writes it. */
    static String inCaseOf(String original, String replacement) {
        boolean hasLetter = original.chars().anyMatch(Character::isLetter);
        if (hasLetter && original.equals(original.toLowerCase(Locale.ROOT))) {
            return replacement.toLowerCase(Locale.ROOT);
        }
        return replacement;
    }

    static boolean fusesWithNeighbours(String text, LexToken t, String replacement) {
        if (replacement.isEmpty()) {
            return false;
        }
        boolean left = t.start() > 0 && Splice.fuses(text.charAt(t.start() - 1), replacement.charAt(0));
        boolean right = t.end() < text.length()
                && Splice.fuses(replacement.charAt(replacement.length() - 1), text.charAt(t.end()));
        return left || right;
    }
}

package dev.dslfix.models.corrupt;

import dev.dslfix.lang.LexToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/** A literal of the wrong type: a number written as quoted words (30 -> 'thirty'), or a number for a text. */
final class LiteralMutator implements Mutator {
    private static final String[] NUMBERS = {"0", "1", "42", "100", "2024"};

    @Override
    public List<Supplier<Candidate>> propose(Doc doc, Random rnd) {
        char quote = doc.stringQuote();
        List<Supplier<Candidate>> numbers = new ArrayList<>();
        for (int i : doc.indicesOf(TokenClass.NUMBER)) {
            LexToken t = doc.token(i);
            long siteSeed = rnd.nextLong();
            numbers.add(() -> {
                String words = quote + NumberWords.words(t.text(), new Random(siteSeed)) + quote;
                return new Candidate(Splice.replace(doc.text, t.start(), t.end(), words),
                        "replaced number " + t.text() + " with text " + words + " at " + doc.at(t.start()));
            });
        }
        List<Supplier<Candidate>> strings = new ArrayList<>();
        for (int i : doc.indicesOf(TokenClass.STRING)) {
            LexToken t = doc.token(i);
            String number = NUMBERS[rnd.nextInt(NUMBERS.length)];
            if (KeywordMutator.fusesWithNeighbours(doc.text, t, number)) {
                continue;
            }
            strings.add(() -> new Candidate(Splice.replace(doc.text, t.start(), t.end(), number),
                    "replaced text " + t.text() + " with number " + number + " at " + doc.at(t.start())));
        }
        return Proposals.preferring(numbers, strings, 0.75, rnd);
    }
}

package dev.dslfix.models.corrupt;

import dev.dslfix.lang.LexToken;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/** Two neighbouring tokens in the wrong order ("t FROM"), with the space between them kept. */
final class SwapMutator implements Mutator {

    @Override
    public List<Supplier<Candidate>> propose(Doc doc, Random rnd) {
        // Two words or values swapped ("t FROM") is the common slip; punctuation swaps are rarer.
        List<Integer> words = new ArrayList<>();
        List<Integer> rest = new ArrayList<>();
        for (int i = 0; i + 1 < doc.size(); i++) {
            if (swappable(doc, i)) {
                boolean wordy = isWordy(doc.cls(i)) && isWordy(doc.cls(i + 1));
                (wordy ? words : rest).add(i);
            }
        }
        List<Supplier<Candidate>> out = new ArrayList<>();
        for (int i : Proposals.preferring(words, rest, 0.75, rnd)) {
            LexToken a = doc.token(i);
            LexToken b = doc.token(i + 1);
            out.add(() -> new Candidate(
                    Splice.replace(doc.text, a.start(), b.end(), b.text() + doc.between(i) + a.text()),
                    "swapped '" + a.text() + "' and '" + b.text() + "' at " + doc.at(a.start())));
        }
        return out;
    }

    private static boolean isWordy(TokenClass c) {
        return c.isKeywordLike() || c == TokenClass.IDENTIFIER || c == TokenClass.NUMBER || c == TokenClass.STRING;
    }

    /** Different texts, only whitespace between, apart from their neighbours, no words fused by the swap. */
    private static boolean swappable(Doc doc, int i) {
        String a = doc.tokenText(i);
        String b = doc.tokenText(i + 1);
        String mid = doc.between(i);
        if (a.equalsIgnoreCase(b) || !mid.isBlank()) {
            return false;
        }
        String text = doc.text;
        int start = doc.token(i).start();
        int end = doc.token(i + 1).end();
        // The pair must stand apart from its neighbours: swapping "AND t" in "AND t.status"
        // would tear a qualified name apart instead of swapping two units.
        boolean apartBefore = start == 0 || Character.isWhitespace(text.charAt(start - 1)) || "([{,".indexOf(text.charAt(start - 1)) >= 0;
        boolean apartAfter = end == text.length() || Character.isWhitespace(text.charAt(end)) || ")]},;".indexOf(text.charAt(end)) >= 0;
        if (!apartBefore || !apartAfter) {
            return false;
        }
        return !(mid.isEmpty() && Splice.fuses(b.charAt(b.length() - 1), a.charAt(0)));
    }
}

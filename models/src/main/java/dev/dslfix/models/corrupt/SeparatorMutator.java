package dev.dslfix.models.corrupt;

import dev.dslfix.lang.LexToken;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;

/** Separators between items and statements: one missing, or a trailing or doubled comma. */
final class SeparatorMutator implements Mutator {
    private final ErrorKind kind;

    SeparatorMutator(ErrorKind kind) {
        this.kind = kind;
    }

    @Override
    public List<Supplier<Candidate>> propose(Doc doc, Random rnd) {
        return switch (kind) {
            case MISSING_SEPARATOR -> missing(doc, rnd);
            case EXTRA_SEPARATOR -> extra(doc, rnd);
            default -> throw new IllegalArgumentException(kind.id());
        };
    }

    private static List<Supplier<Candidate>> missing(Doc doc, Random rnd) {
        List<Integer> sites = doc.indicesOf(TokenClass.SEPARATOR);
        // A final ';' is usually optional, so deleting it rarely breaks anything: try it last.
        List<Integer> inner = new ArrayList<>();
        List<Integer> last = new ArrayList<>();
        for (int i : sites) {
            (i == doc.size() - 1 ? last : inner).add(i);
        }
        List<Supplier<Candidate>> out = new ArrayList<>();
        for (int i : Proposals.preferring(inner, last, 1.0, rnd)) {
            LexToken t = doc.token(i);
            out.add(() -> new Candidate(Splice.delete(doc.text, t.start(), t.end()),
                    "deleted '" + t.text() + "' at " + doc.at(t.start())));
        }
        return out;
    }

    private static List<Supplier<Candidate>> extra(Doc doc, Random rnd) {
        Map<Integer, Supplier<Candidate>> trailing = new LinkedHashMap<>();
        List<Supplier<Candidate>> doubled = new ArrayList<>();
        for (int i = 0; i < doc.size(); i++) {
            if (!doc.tokenText(i).equals(",")) {
                continue;
            }
            LexToken comma = doc.token(i);
            doubled.add(() -> new Candidate(Splice.insert(doc.text, comma.end(), ","),
                    "doubled ',' at " + doc.at(comma.start())));
            int end = lastItemToken(doc, i);
            if (end >= 0) {
                LexToken t = doc.token(end);
                trailing.putIfAbsent(t.end(), () -> new Candidate(Splice.insert(doc.text, t.end(), ","),
                        "added a trailing ',' after '" + t.text() + "' at " + doc.at(t.end())));
            }
        }
        return Proposals.preferring(trailing.values(), doubled, 0.75, rnd);
    }

    /**
     * The last token of the comma-separated list that the comma at {@code comma} belongs to: the
     * token before the list's closing bracket, ';' or a keyword that ends lists; -1 if none.
     */
    static int lastItemToken(Doc doc, int comma) {
        int depth = 0;
        int last = -1;
        for (int j = comma + 1; j < doc.size(); j++) {
            TokenClass c = doc.cls(j);
            String text = doc.tokenText(j);
            if (c == TokenClass.OPEN) {
                depth++;
            } else if (c == TokenClass.CLOSE) {
                if (depth == 0) {
                    return last;
                }
                depth--;
            } else if (depth == 0) {
                if (text.equals(";")) {
                    return last;
                }
                if (text.equals(",")) {
                    last = -1;
                    continue;
                }
                if (c.isKeywordLike() && endsList(doc, text)) {
                    return last;
                }
            }
            last = j;
        }
        return -1;
    }

    private static boolean endsList(Doc doc, String keyword) {
        return doc.hints.listEnders().isEmpty() || doc.hints.listEnders().contains(keyword.toUpperCase(Locale.ROOT));
    }
}

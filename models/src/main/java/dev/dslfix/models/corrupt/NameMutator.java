package dev.dslfix.models.corrupt;

import dev.dslfix.lang.LexToken;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Names gone wrong: a typo in one use of a name ("emial"), or a plausible name that the document
 * never declares (customer for customers, user_id out of nowhere).
 */
final class NameMutator implements Mutator {
    private final ErrorKind kind;

    NameMutator(ErrorKind kind) {
        this.kind = kind;
    }

    @Override
    public List<Supplier<Candidate>> propose(Doc doc, Random rnd) {
        // Later uses are where slips happen; the first occurrence is usually the declaration.
        Map<String, Integer> seen = new HashMap<>();
        Map<String, Integer> total = new HashMap<>();
        for (int i = 0; i < doc.size(); i++) {
            if (isName(doc, i)) {
                total.merge(key(doc.tokenText(i)), 1, Integer::sum);
            }
        }
        // Likewise one- and two-letter aliases make poor examples: "ss" for "s" says little.
        List<Integer> likely = new ArrayList<>();
        List<Integer> rest = new ArrayList<>();
        for (int i = 0; i < doc.size(); i++) {
            if (!isName(doc, i)) {
                continue;
            }
            String k = key(doc.tokenText(i));
            boolean isFirst = seen.merge(k, 1, Integer::sum) == 1;
            if (kind == ErrorKind.MISSPELLED_NAME && total.get(k) < 2) {
                continue;
            }
            (!isFirst && k.length() >= 3 ? likely : rest).add(i);
        }
        List<Supplier<Candidate>> out = new ArrayList<>();
        for (int i : Proposals.preferring(likely, rest, 0.85, rnd)) {
            LexToken t = doc.token(i);
            long siteSeed = rnd.nextLong();
            out.add(kind == ErrorKind.MISSPELLED_NAME
                    ? () -> misspell(doc, t, new Random(siteSeed))
                    : () -> undeclared(doc, t, new Random(siteSeed)));
        }
        return out;
    }

    private static boolean isName(Doc doc, int i) {
        return doc.cls(i) == TokenClass.IDENTIFIER && TokenClass.isWord(doc.tokenText(i));
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT);
    }

    private static Candidate misspell(Doc doc, LexToken t, Random rnd) {
        for (String typo : Typos.of(t.text(), rnd)) {
            if (!doc.occurs(typo) && !doc.isKeyword(typo)) {
                return new Candidate(Splice.replace(doc.text, t.start(), t.end(), typo),
                        "misspelled '" + t.text() + "' as '" + typo + "' at " + doc.at(t.start()));
            }
        }
        return null;
    }

    private static Candidate undeclared(Doc doc, LexToken t, Random rnd) {
        List<String> near = new ArrayList<>(variants(t.text()));
        List<String> common = new ArrayList<>(doc.hints.commonNames());
        for (String name : Proposals.preferring(near, common, 0.5, rnd)) {
            String styled = t.text().equals(t.text().toUpperCase(Locale.ROOT)) && t.text().length() > 1
                    ? name.toUpperCase(Locale.ROOT) : name;
            if (TokenClass.isWord(styled) && !doc.occurs(styled) && !doc.isKeyword(styled)) {
                return new Candidate(Splice.replace(doc.text, t.start(), t.end(), styled),
                        "replaced '" + t.text() + "' with undeclared '" + styled + "' at " + doc.at(t.start()));
            }
        }
        return null;
    }

    /** Names a writer plausibly confuses with this one: plural/singular, other id suffixes. */
    static Set<String> variants(String name) {
        Set<String> out = new LinkedHashSet<>();
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith("ies")) {
            out.add(name.substring(0, name.length() - 3) + "y");
        } else if (lower.endsWith("s") && name.length() > 2) {
            out.add(name.substring(0, name.length() - 1));
        } else if (lower.endsWith("y") && name.length() > 2) {
            out.add(name.substring(0, name.length() - 1) + "ies");
        } else {
            out.add(name + "s");
        }
        if (lower.endsWith("_id")) {
            String base = name.substring(0, name.length() - 3);
            out.add(base + "_no");
            out.add(base + "_key");
            out.add(base);
        } else if (lower.endsWith("id") && name.length() > 2) {
            out.add(name.substring(0, name.length() - 2) + "_id");
        } else {
            out.add(name + "_id");
            out.add(name + "_name");
        }
        out.add(name + "2");
        out.remove(name);
        return out;
    }
}

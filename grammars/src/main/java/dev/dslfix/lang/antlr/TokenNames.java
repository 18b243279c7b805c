package dev.dslfix.lang.antlr;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import dev.dslfix.lang.Suggestions;
import java.util.Map;
import java.util.Set;
import org.antlr.v4.runtime.Token;
import org.antlr.v4.runtime.Vocabulary;
import org.antlr.v4.runtime.misc.IntervalSet;

/**
 * How a grammar's tokens read in messages: literal tokens as written ('(' or 'SELECT'), named
 * tokens by a friendly name when the language gives one ("a name"), else by their rule name.
 * Languages refine {@link #describeExpected} to fold large sets ("an expression").
 */
public class TokenNames {
    private static final int MAX_LISTED = 5;

    private final Vocabulary vocabulary;
    private final Map<String, String> friendly;
    private final List<Category> categories = new ArrayList<>();

    /** A named group of tokens, such as everything that can start an expression. */
    private record Category(String display, IntervalSet members) {
    }

    public TokenNames(Vocabulary vocabulary, Map<String, String> friendlyBySymbolicName) {
        this.vocabulary = vocabulary;
        this.friendly = Map.copyOf(friendlyBySymbolicName);
    }

    /**
     * When an expected set holds every token of {@code members}, those tokens read as one
     * {@code display} ("an expression"). Add the widest category first. Typically the members are
     * the FIRST set of a rule: {@code atn.nextTokens(atn.ruleToStartState[rule])}.
     */
    public TokenNames withCategory(String display, IntervalSet members) {
        categories.add(new Category(display, members));
        return this;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public String typeName(int type) {
        if (type == Token.EOF) {
            return "EOF";
        }
        String symbolic = vocabulary.getSymbolicName(type);
        return symbolic != null ? symbolic : vocabulary.getDisplayName(type);
    }

    /** Display form of a token type. */
    public String display(int type) {
        if (type == Token.EOF) {
            return "end of input";
        }
        String literal = vocabulary.getLiteralName(type);
        if (literal != null) {
            return literal;
        }
        String symbolic = vocabulary.getSymbolicName(type);
        if (symbolic != null) {
            return friendly.getOrDefault(symbolic, symbolic);
        }
        return vocabulary.getDisplayName(type);
    }

    /** Display forms for an expected set, folded and ordered for reading: punctuation, keywords, classes, end. */
    public List<String> describeExpected(IntervalSet expected) {
        Set<String> punctuation = new LinkedHashSet<>();
        Set<String> keywords = new LinkedHashSet<>();
        Set<String> classes = new LinkedHashSet<>();
        boolean eof = false;
        IntervalSet remaining = new IntervalSet(expected);
        for (Category c : categories) {
            if (!c.members().isNil() && c.members().subtract(remaining).isNil()) {
                classes.add(c.display());
                remaining = remaining.subtract(c.members());
            }
        }
        for (int type : remaining.toArray()) {
            if (type == Token.EOF) {
                eof = true;
                continue;
            }
            String d = display(type);
            String literal = vocabulary.getLiteralName(type);
            if (literal == null) {
                classes.add(d);
            } else if (literal.length() > 2 && Character.isLetter(literal.charAt(1))) {
                keywords.add(d);
            } else {
                punctuation.add(d);
            }
        }
        List<String> out = new ArrayList<>(punctuation);
        out.addAll(keywords);
        out.addAll(classes);
        if (eof) {
            out.add(display(Token.EOF));
        }
        return out;
    }

    /**
     * The keyword a name-like token is one typo away from (two for long words), such as WHERE
     * for "WHRE"; keywords in {@code expected} are preferred when given.
     */
    public Optional<String> misspelledKeyword(Token token, IntervalSet expected) {
        if (token == null || token.getType() == Token.EOF || vocabulary.getLiteralName(token.getType()) != null) {
            return Optional.empty();
        }
        String text = token.getText();
        if (text == null || text.length() < 4 || !text.chars().allMatch(Character::isLetter)) {
            return Optional.empty();
        }
        String upper = text.toUpperCase(Locale.ROOT);
        int limit = upper.length() >= 7 ? 2 : 1;
        String best = null;
        int bestDistance = limit + 1;
        boolean bestExpected = false;
        for (int type = 1; type <= vocabulary.getMaxTokenType(); type++) {
            String literal = vocabulary.getLiteralName(type);
            if (literal == null || literal.length() < 4 || !Character.isLetter(literal.charAt(1))) {
                continue;
            }
            String word = literal.substring(1, literal.length() - 1);
            String wordUpper = word.toUpperCase(Locale.ROOT);
            // Typos keep the first letter; without that rule prose ("Here") reads as WHERE.
            if (wordUpper.equals(upper) || wordUpper.charAt(0) != upper.charAt(0)) {
                continue;
            }
            int d = Suggestions.distance(upper, wordUpper, limit);
            boolean inExpected = expected != null && expected.contains(type);
            boolean sameLength = wordUpper.length() == upper.length();
            boolean better = d < bestDistance
                    || (d == bestDistance && inExpected && !bestExpected)
                    || (d == bestDistance && inExpected == bestExpected && sameLength && best != null && best.length() != upper.length());
            if (d <= limit && better) {
                best = word;
                bestDistance = d;
                bestExpected = inExpected;
            }
        }
        return Optional.ofNullable(best);
    }

    /** "X", "X or Y", "X, Y or Z", "X, Y, Z, W or 12 others". */
    public static String joinAlternatives(List<String> names) {
        if (names.isEmpty()) {
            return "";
        }
        if (names.size() == 1) {
            return names.get(0);
        }
        if (names.size() <= MAX_LISTED) {
            return String.join(", ", names.subList(0, names.size() - 1)) + " or " + names.get(names.size() - 1);
        }
        int shown = MAX_LISTED - 1;
        return String.join(", ", names.subList(0, shown)) + " or " + (names.size() - shown) + " others";
    }

    /** A token's text quoted for a message, shortened and with control characters made visible. */
    public static String quote(String text) {
        StringBuilder sb = new StringBuilder("'");
        int limit = 24;
        int n = 0;
        for (int i = 0; i < text.length() && n < limit; i++, n++) {
            char c = text.charAt(i);
            switch (c) {
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (Character.isISOControl(c)) {
                        sb.append(String.format("\\u%04X", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        if (text.length() > limit) {
            sb.append('…');
        }
        return sb.append('\'').toString();
    }
}

package dev.dslfix.models.corrupt;

import dev.dslfix.lang.Language;
import dev.dslfix.lang.LexToken;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A valid program prepared once for all mutators: its visible tokens with their classes, the words
 * it uses anywhere (comments included) and line starts for readable positions.
 */
final class Doc {
    private static final Pattern ANY_WORD = Pattern.compile("[\\p{L}_][\\p{L}\\p{N}_$]*");

    final Language language;
    final String text;
    final List<LexToken> tokens;
    final List<TokenClass> classes;
    final Set<String> wordsLower;
    final Hints hints;
    private final int[] lineStarts;

    Doc(Language language, String text, Hints hints) {
        this.language = language;
        this.text = text;
        List<LexToken> allTokens = language.tokenize(text);
        this.hints = hints;
        List<LexToken> visible = new ArrayList<>();
        List<TokenClass> cls = new ArrayList<>();
        for (LexToken t : allTokens) {
            if (!t.hidden() && t.end() > t.start() && t.end() <= text.length()) {
                visible.add(t);
                cls.add(TokenClass.of(t));
            }
        }
        this.tokens = List.copyOf(visible);
        this.classes = List.copyOf(cls);
        Set<String> words = new HashSet<>();
        Matcher m = ANY_WORD.matcher(text);
        while (m.find()) {
            words.add(m.group().toLowerCase(Locale.ROOT));
        }
        this.wordsLower = Set.copyOf(words);
        List<Integer> starts = new ArrayList<>(List.of(0));
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                starts.add(i + 1);
            }
        }
        this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }

    int size() {
        return tokens.size();
    }

    LexToken token(int i) {
        return tokens.get(i);
    }

    TokenClass cls(int i) {
        return classes.get(i);
    }

    String tokenText(int i) {
        return tokens.get(i).text();
    }

    /** Text between visible tokens i and i+1 (whitespace, comments, skipped input). */
    String between(int i) {
        return text.substring(tokens.get(i).end(), tokens.get(i + 1).start());
    }

    boolean occurs(String word) {
        return wordsLower.contains(word.toLowerCase(Locale.ROOT));
    }

    /** 1-based "line:column" of a UTF-16 offset, for descriptions. */
    String at(int offset) {
        int line = Arrays.binarySearch(lineStarts, offset);
        if (line < 0) {
            line = -line - 2;
        }
        return (line + 1) + ":" + (offset - lineStarts[line] + 1);
    }

    /** True when the word on its own lexes as one keyword of the language (a typo that is another keyword). */
    boolean isKeyword(String word) {
        List<LexToken> lexed = language.tokenize(word).stream().filter(t -> !t.hidden()).toList();
        return lexed.size() == 1 && lexed.get(0).text().equals(word) && TokenClass.of(lexed.get(0)).isKeywordLike();
    }

    /** The document's line break, so that added lines match the rest. */
    String newline() {
        return text.contains("\r\n") ? "\r\n" : "\n";
    }

    /** The quote the document's strings use, else the language's default. */
    char stringQuote() {
        for (int i = 0; i < size(); i++) {
            if (cls(i) == TokenClass.STRING) {
                char c = tokenText(i).charAt(0);
                if (c == '\'' || c == '"') {
                    return c;
                }
            }
        }
        return hints.stringQuote();
    }

    /** Indices of visible tokens of the given classes, in document order. */
    List<Integer> indicesOf(TokenClass... wanted) {
        Set<TokenClass> set = Set.of(wanted);
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < size(); i++) {
            if (set.contains(cls(i))) {
                out.add(i);
            }
        }
        return out;
    }
}

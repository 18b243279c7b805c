package dev.dslfix.server.repair;

import dev.dslfix.lang.Fix;
import dev.dslfix.lang.Language;
import dev.dslfix.lang.LexToken;
import dev.dslfix.lang.Suggestions;
import dev.dslfix.lang.SyntaxProbe;
import dev.dslfix.lang.TextEdit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Rewrites at a syntax error that, when one alone makes the document pass, count as a choice of
 * the language (like its own rewrites of other dialects): the ranking would otherwise prefer a
 * repair that keeps more of the input's tokens ("TEXT NUL" over "TEXT NOT NULL").
 */
final class ChoiceRewrites {
    private ChoiceRewrites() {
    }

    /** Tokens after which a statement starts. */
    private static final Set<String> STATEMENT_ENDS = Set.of(";", "{", "}");

    /**
     * The error token respelled as a keyword the parser expects there, one letter away ("NOT NUL"
     * to "NOT NULL"), as fixes; none for a word the document uses more than once (a name).
     */
    static List<Fix> expectedKeywordRespellings(List<LexToken> tokens, SyntaxProbe probe) {
        List<LexToken> visible = tokens.stream().filter(t -> !t.hidden()).toList();
        int i = probe.acceptedTokens();
        if (probe.ok() || i >= visible.size()) {
            return List.of();
        }
        LexToken tok = visible.get(i);
        String upper = tok.text().toUpperCase(Locale.ROOT);
        // Two letters are enough here ("AN" for AND, "bu" for by): the parser must expect the keyword
        // at this very token, unlike the search's respellings of nearby words (three letters and up).
        if (!SyntaxSearch.isWord(tok.text()) || tok.text().length() < 2 || visible.stream().filter(t -> t.text().equalsIgnoreCase(tok.text())).count() > 1) {
            return List.of();
        }
        List<Fix> out = new ArrayList<>();
        for (SyntaxProbe.ExpectedToken x : probe.expected()) {
            String kw = x.literal();
            if (kw != null && SyntaxSearch.isWord(kw) && !kw.equalsIgnoreCase(tok.text()) && Character.toUpperCase(kw.charAt(0)) == upper.charAt(0)
                    && Suggestions.distance(upper, kw.toUpperCase(Locale.ROOT), 1) <= 1) {
                String w = Suggestions.casedLike(tok.text(), kw);
                out.add(new Fix("replaced " + SyntaxSearch.quote(tok.text()) + " with " + SyntaxSearch.quote(w), List.of(new TextEdit(tok.start(), tok.end(), w))));
            }
        }
        return out;
    }

    /**
     * Another language's dotted call at the head of a statement ("console.log", "System.out.println")
     * replaced by each word the parser accepts there ("print"), as fixes: the run of names and dots
     * from the statement's start (after ';', '{', '}' or the start of the text) that holds the
     * error or ends right before it.
     */
    static List<Fix> foreignStatementHeads(Language language, String text, List<LexToken> tokens, SyntaxProbe probe) {
        // Words joined by dots; the dot may be a token, or a character the lexer rejects.
        List<LexToken> words = tokens.stream().filter(t -> !t.hidden() && !t.text().equals(".")).toList();
        int i = Math.min(probe.acceptedTokens(), words.size());
        if (probe.ok() || words.isEmpty()) {
            return List.of();
        }
        // The word run around the error: back from the error while the gap before is a dot.
        int k = Math.min(i, words.size() - 1);
        while (k > 0 && !SyntaxSearch.isWord(words.get(k).text())) {
            k--;
        }
        while (k > 0 && SyntaxSearch.isWord(words.get(k - 1).text()) && dotBetween(text, words.get(k - 1), words.get(k))) {
            k--;
        }
        int m = k + 1;
        while (m < words.size() && SyntaxSearch.isWord(words.get(m).text()) && dotBetween(text, words.get(m - 1), words.get(m))) {
            m++;
        }
        String before = k == 0 ? null : words.get(k - 1).text();
        boolean atHead = before == null || STATEMENT_ENDS.contains(before);
        if (!atHead || m - k < 2 || !SyntaxSearch.isWord(words.get(k).text()) || m < i - 1) {
            return List.of();
        }
        List<Fix> out = new ArrayList<>();
        int from = words.get(k).start();
        int to = words.get(m - 1).end();
        for (SyntaxProbe.ExpectedToken x : language.expectedAt(text, from)) {
            String kw = x.literal();
            if (kw != null && SyntaxSearch.isWord(kw) && Character.isLetter(kw.charAt(0))) {
                out.add(new Fix("replaced " + SyntaxSearch.quote(text.substring(from, to)) + " with " + SyntaxSearch.quote(kw), List.of(new TextEdit(from, to, kw))));
            }
        }
        return out;
    }

    /**
     * The closer of the innermost bracket left open before the error, on a line of its own where
     * the indentation first comes back to the opener's line ("if total > 200 {" and, some lines
     * later, a line as far left as the "if"), as a fix; none where that line starts with the closer
     * or no such line comes before the error. The search closes the bracket at the error, often
     * the end of the file, which moves every later statement into the block; that keeps more of
     * the input's token runs, so it only looks closer (as for a missing 'fi', see the shell
     * checker).
     */
    static List<Fix> closersWhereIndentationEnds(String text, List<LexToken> tokens, SyntaxProbe probe) {
        if (probe.ok()) {
            return List.of();
        }
        List<LexToken> visible = tokens.stream().filter(t -> !t.hidden()).toList();
        int error = Math.min(probe.acceptedTokens(), visible.size());
        ArrayDeque<LexToken> open = new ArrayDeque<>();
        for (int k = 0; k < error; k++) {
            LexToken t = visible.get(k);
            if (SyntaxSearch.CLOSER_FOR_OPENER.containsKey(t.text())) {
                open.push(t);
            } else if (SyntaxSearch.CLOSER_FOR_OPENER.containsValue(t.text())) {
                if (open.isEmpty() || !SyntaxSearch.CLOSER_FOR_OPENER.get(open.peek().text()).equals(t.text())) {
                    return List.of(); // brackets already out of order: another kind of error
                }
                open.pop();
            }
        }
        if (open.isEmpty()) {
            return List.of();
        }
        LexToken opener = open.peek();
        String closer = SyntaxSearch.CLOSER_FOR_OPENER.get(opener.text());
        int errorAt = error < visible.size() ? visible.get(error).start() : text.length();
        int openerLine = text.lastIndexOf('\n', opener.start() - 1) + 1;
        int indent = indentation(text, openerLine);
        for (int nl = text.indexOf('\n', opener.start()); nl >= 0 && nl < errorAt; nl = text.indexOf('\n', nl + 1)) {
            int line = nl + 1;
            int content = line + indentation(text, line);
            boolean blank = content >= text.length() || text.charAt(content) == '\n' || text.charAt(content) == '\r';
            if (blank || content - line > indent) {
                continue;
            }
            if (content > errorAt || text.startsWith(closer, content)) {
                return List.of();
            }
            String eol = nl > 0 && text.charAt(nl - 1) == '\r' ? "\r\n" : "\n"; // the file's own line ends
            String inserted = text.substring(openerLine, openerLine + indent) + closer + eol;
            return List.of(new Fix("inserted " + SyntaxSearch.quote(closer) + " where the indentation of " + SyntaxSearch.quote(opener.text())
                    + " opened {pos:" + opener.start() + "} ends", List.of(TextEdit.insert(line, inserted))));
        }
        return List.of();
    }

    /** Spaces and tabs at the start of the line that starts at {@code lineStart}. */
    private static int indentation(String text, int lineStart) {
        int i = lineStart;
        while (i < text.length() && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
            i++;
        }
        return i - lineStart;
    }

    private static boolean dotBetween(String text, LexToken a, LexToken b) {
        return text.substring(a.end(), b.start()).equals(".");
    }

}

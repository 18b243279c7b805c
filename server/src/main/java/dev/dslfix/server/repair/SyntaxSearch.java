package dev.dslfix.server.repair;

import dev.dslfix.lang.Cancellation;
import dev.dslfix.lang.Language;
import dev.dslfix.lang.LexToken;
import dev.dslfix.lang.Suggestions;
import dev.dslfix.lang.SyntaxIssue;
import dev.dslfix.lang.SyntaxProbe;
import dev.dslfix.lang.TextEdit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Grammar-guided repair of syntax errors, for any language: best-first search over token edits
 * (insert, delete or replace a token from the parser's expected set, at the first error and at
 * the token before it), ordered by cost. A trial edit is kept only if parsing then gets past the
 * error: the edited tokens are accepted and at least one token after them (the CPCT+ idea of
 * repairs that let the parse go on). Several errors are fixed in turn, within a probe budget.
 */
final class SyntaxSearch {
    private static final Set<String> ATTACH_LEFT = Set.of(")", "]", "}", ",", ";", ".");
    private static final Map<String, String> CLOSER_OF = Map.of(")", "(", "]", "[", "}", "{");
    /** Each opener's closer (the other way round). */
    static final Map<String, String> CLOSER_FOR_OPENER = Map.of("(", ")", "[", "]", "{", "}");

    private final Language language;
    private final Aggressiveness level;
    private final Cancellation cancel;
    private final long deadline;
    private int probes;
    private int runProbes;

    SyntaxSearch(Language language, Aggressiveness level, Cancellation cancel, long deadlineNanos) {
        this.language = language;
        this.level = level;
        this.cancel = cancel;
        this.deadline = deadlineNanos;
    }

    int probes() {
        return probes;
    }

    /** A state waiting to be tried, with what parsing must reach for it to count as progress. */
    private record Pending(RepairState state, int requiredAccepted, double priority) {
    }

    /** Repaired regions kept per error region, and states carried from one region to the next. */
    private static final int REGION_WANTED = 4;
    /** After the first repair of a text, how many more probes may look for alternatives. */
    private static final int AFTER_FIRST = 60;
    private static final int BEAM = 4;
    private static final int MAX_REGIONS = 12;

    /**
     * States reachable from {@code start} whose text parses, cheapest first; at most {@code wanted}.
     * Where the language splits into independent regions (SQL statements), errors are repaired
     * one region at a time, each search parsing only its region.
     */
    List<RepairState> run(RepairState start, int wanted) {
        runProbes = 0; // each start state gets the level's probe budget; the deadline is shared
        List<RepairState> done = new ArrayList<>();
        List<RepairState> beam = List.of(start);
        for (int round = 0; round < MAX_REGIONS && !beam.isEmpty() && done.size() < wanted; round++) {
            Map<String, RepairState> next = new HashMap<>();
            for (RepairState state : beam) {
                if (!withinBudget()) {
                    break;
                }
                SyntaxProbe probe = probe(state.text());
                if (probe.ok()) {
                    done.add(state);
                    continue;
                }
                int[] region = language.independentRegion(state.text(), probe.errorOffset());
                List<RepairState> fixed = new ArrayList<>();
                if (region != null && (region[0] > 0 || region[1] < state.text().length())) {
                    String sub = state.text().substring(region[0], region[1]);
                    for (RepairState local : bestFirst(RepairState.start(sub), REGION_WANTED)) {
                        RepairState merged = state;
                        for (Step step : local.steps()) {
                            merged = merged.then(step.shifted(region[0]));
                        }
                        fixed.add(merged);
                    }
                }
                if (fixed.isEmpty()) {
                    // No region, or its error needs context from outside it: search the whole text.
                    done.addAll(bestFirst(state, wanted));
                    continue;
                }
                fixed.forEach(f -> next.merge(f.text(), f, (a, b) -> a.cost() <= b.cost() ? a : b));
            }
            beam = next.values().stream().sorted(Comparator.comparingDouble(RepairState::cost)).limit(BEAM).toList();
        }
        done.sort(Comparator.comparingDouble(RepairState::cost));
        return done;
    }

    private boolean withinBudget() {
        return runProbes < level.maxProbes && System.nanoTime() < deadline;
    }

    /** Best-first search over edits of one text until it parses. */
    private List<RepairState> bestFirst(RepairState start, int wanted) {
        List<RepairState> done = new ArrayList<>();
        PriorityQueue<Pending> queue = new PriorityQueue<>(Comparator.comparingDouble(Pending::priority));
        Set<String> seen = new HashSet<>();
        queue.add(new Pending(start, 0, start.cost()));
        seen.add(start.text());
        int stopAt = Integer.MAX_VALUE;
        while (!queue.isEmpty() && done.size() < wanted && withinBudget() && runProbes < stopAt) {
            cancel.check();
            Pending next = queue.poll();
            RepairState state = next.state();
            SyntaxProbe probe = probe(state.text());
            if (probe.ok()) {
                done.add(state);
                stopAt = Math.min(stopAt, runProbes + AFTER_FIRST);
                continue;
            }
            if (probe.acceptedTokens() < next.requiredAccepted()) {
                continue; // the edit did not let the parse go on
            }
            if (state.steps().size() - start.steps().size() >= level.maxSyntaxEdits) {
                continue;
            }
            for (Proposal p : proposals(state.text(), probe)) {
                RepairState child = state.then(p.step());
                if (seen.add(child.text())) {
                    queue.add(new Pending(child, p.requiredAccepted(), child.cost()));
                }
            }
        }
        return done;
    }

    private SyntaxProbe probe(String text) {
        probes++;
        runProbes++;
        return language.probe(text);
    }

    /** A trial edit and how far the parse must then get. */
    private record Proposal(Step step, int requiredAccepted) {
    }

    private List<Proposal> proposals(String text, SyntaxProbe probe) {
        List<LexToken> all = language.tokenize(text);
        List<LexToken> visible = all.stream().filter(t -> !t.hidden()).toList();
        int i = Math.min(probe.acceptedTokens(), visible.size());
        List<Proposal> out = new ArrayList<>();
        if (probe.kind() == SyntaxIssue.Kind.UNTERMINATED || probe.kind() == SyntaxIssue.Kind.UNEXPECTED_CHARACTER) {
            lexicalProposals(text, all, probe, i, out);
            // The language's own repairs of a lexical error: re-indenting a playbook line (indentation
            // has no token to insert), closing a string at the end of its line.
            for (dev.dslfix.lang.Fix fix : language.rewritesNear(text, probe.errorOffset())) {
                out.add(new Proposal(new Step(spanning(text, fix), fix.title() + " {pos}", 0.6,
                        fix.edits().get(0).start()), Math.max(0, i - 2)));
            }
        } else {
            Map<String, String> samples = classSamples(visible);
            Bigrams bigrams = new Bigrams(visible);
            LexToken at = i < visible.size() ? visible.get(i) : null;
            LexToken before = i > 0 ? visible.get(i - 1) : null;
            int prevEnd = before != null ? before.end() : 0;
            // "a, b,;" or "f(a, b,)": the comma is stray; a value copied in after it is made up.
            boolean trailingComma = before != null && before.text().equals(",") && at != null && (at.text().equals(";") || CLOSER_OF.containsKey(at.text()));
            for (SyntaxProbe.ExpectedToken x : probe.expected()) {
                String t = textOf(x, samples);
                if (t == null) {
                    continue;
                }
                double c = insertCost(t, visible, i) + bigrams.surprise(before, x.name(), at);
                if (!(trailingComma && x.literal() == null)) {
                    out.add(new Proposal(insertBefore(text, prevEnd, at, t, c, visible, i), Math.min(i + 2, visible.size() + 1)));
                }
                if (at != null) {
                    out.add(new Proposal(new Step(new TextEdit(at.start(), at.end(), t),
                            "replaced " + quote(at.text()) + " with " + quote(t) + " {pos}", replaceCost(at.text(), t), at.start()),
                            Math.min(i + 2, visible.size())));
                }
            }
            if (at != null && !at.text().isEmpty()) {
                // A closer with no opener before it is the classic extra bracket: deleting it is cheap.
                boolean strayCloser = unmatchedCloser(visible, i);
                double deleteCost = strayCloser ? 0.4 : i + 1 < visible.size() ? 1.2 : 1.5;
                out.add(new Proposal(deleteToken(text, at, deleteCost), Math.min(i + 1, visible.size() - 1)));
                escapedQuote(text, before, at).ifPresent(s -> out.add(new Proposal(s, i)));
                mismatchedQuote(before).ifPresent(s -> out.add(new Proposal(s, Math.max(0, i - 1))));
                if (i + 1 < visible.size()) {
                    out.add(new Proposal(swap(text, at, visible.get(i + 1), 0.9), Math.min(i + 2, visible.size())));
                }
                if (!CLOSER_OF.containsKey(at.text())) {
                    lostOpenerBefore(text, visible, i, out);
                } else if (strayCloser) {
                    openerForStrayCloser(visible, i, out);
                    doubledCloserBefore(text, visible, i, out);
                }
            }
            keywordTypos(text, visible, i, out);
            if (before != null && !before.text().isEmpty()) {
                earlierTokenProposals(text, visible, i - 1, out);
                if (at != null && (before.text().equals(",") || before.text().equals(";")) && !isWord(at.text()) || before.text().equals(",") && at != null && isWord(at.text())) {
                    // A trailing separator ("a, b, FROM" or "(a, b,)"): deleting it is the usual repair.
                    out.add(new Proposal(deleteToken(text, before, 0.45), Math.min(i, visible.size() - 1)));
                }
                if (i >= 2 && CLOSER_OF.containsKey(before.text()) && visible.get(i - 2).text().equals(before.text())) {
                    // "printf('%06d', id))" then "FROM": the doubled closer ended the enclosing construct
                    // early, and the parse fails at the first token after it. Cheaper than deleting any
                    // token before the error (1.6): the search ran out of probes before reaching it.
                    out.add(new Proposal(deleteToken(text, before, 0.7), Math.min(i, visible.size() - 1)));
                }
                if (at != null && !at.text().isEmpty() && i >= 2 && isWord(before.text()) && isWord(visible.get(i - 2).text())) {
                    // Two words swapped are often found one token late ("JOIN users ON u u.id" fails at
                    // the second 'u'): the two words before the error go back in order.
                    out.add(new Proposal(swap(text, visible.get(i - 2), before, 0.85), Math.min(i + 1, visible.size())));
                }
                if (at != null && !at.text().isEmpty() && !before.text().isEmpty()) {
                    out.add(new Proposal(swap(text, before, at, 0.8), Math.min(i + 1, visible.size())));
                    out.add(new Proposal(deleteSpan(text, before, at, 2.2), Math.min(i, visible.size() - 2)));
                }
            }
            for (dev.dslfix.lang.Fix fix : language.rewritesNear(text, at != null ? at.start() : text.length())) {
                out.add(new Proposal(new Step(spanning(text, fix), fix.title() + " {pos}", 0.6,
                        fix.edits().get(0).start()), Math.max(0, i - 2)));
            }
        }
        out.sort(Comparator.comparingDouble(p -> p.step().cost()));
        return out.size() > level.branching ? out.subList(0, level.branching) : out;
    }

    /**
     * A misspelled keyword reads as a name, and the parse fails a token or two later
     * ("CASEE rt.code WHEN" fails at '.'): names near the error that are one or two typos from a
     * keyword, and used nowhere else in the document, may be that keyword.
     */
    private void keywordTypos(String text, List<LexToken> visible, int i, List<Proposal> out) {
        Map<String, String> spelling = keywordSpelling();
        Set<String> keywords = spelling.keySet();
        for (int k = Math.max(0, i - 3); k <= Math.min(i, visible.size() - 1); k++) {
            LexToken tok = visible.get(k);
            if (!isWord(tok.text()) || tok.text().length() < 3 || keywords.contains(tok.text().toUpperCase(Locale.ROOT))) {
                continue;
            }
            String lower = tok.text().toLowerCase(Locale.ROOT);
            if (visible.stream().filter(t -> t.text().toLowerCase(Locale.ROOT).equals(lower)).count() > 1) {
                continue; // a name the document uses more than once is a name
            }
            List<String> close = Suggestions.closestAll(tok.text().toUpperCase(Locale.ROOT), keywords, 2);
            for (String upper : close) {
                if (upper.charAt(0) == Character.toUpperCase(tok.text().charAt(0))) {
                    // In the typo's case first ("frrom" -> "from"); the grammar's spelling too, for
                    // languages whose keywords are case-sensitive.
                    String kw = spelling.get(upper);
                    String cased = Suggestions.casedLike(tok.text(), kw);
                    for (String w : cased.equals(kw) ? List.of(kw) : List.of(cased, kw)) {
                        out.add(new Proposal(new Step(new TextEdit(tok.start(), tok.end(), w), "replaced " + quote(tok.text()) + " with "
                                + quote(w) + " {pos}", 0.55 + 0.1 * (i - k) + (w.equals(cased) ? 0 : 0.01), tok.start()),
                                Math.min(Math.max(i, k + 2), visible.size())));
                    }
                }
            }
        }
    }

    /** Errors are often found one token late ("SELECT a FORM t" fails at t): edits at the token before. */
    private void earlierTokenProposals(String text, List<LexToken> visible, int j, List<Proposal> out) {
        LexToken tok = visible.get(j);
        probes++;
        runProbes++;
        for (SyntaxProbe.ExpectedToken x : language.expectedAt(text, tok.start())) {
            if (x.literal() == null || x.literal().isEmpty()) {
                continue;
            }
            boolean word = Character.isLetter(x.literal().charAt(0));
            if (word && isWord(tok.text()) && !x.literal().equalsIgnoreCase(tok.text())
                    && Suggestions.distance(tok.text().toUpperCase(Locale.ROOT), x.literal().toUpperCase(Locale.ROOT), 2) <= 2) {
                out.add(new Proposal(new Step(new TextEdit(tok.start(), tok.end(), x.literal()),
                        "replaced " + quote(tok.text()) + " with " + quote(x.literal()) + " {pos}", 0.6, tok.start()),
                        Math.min(j + 2, visible.size())));
            } else if (!word && ATTACH_LEFT.contains(x.literal()) && j > 0) {
                out.add(new Proposal(insertBefore(text, visible.get(j - 1).end(), tok, x.literal(), 1.4, visible, j),
                        Math.min(j + 3, visible.size() + 1)));
            }
        }
        out.add(new Proposal(deleteToken(text, tok, 1.6), Math.min(j + 1, visible.size() - 1)));
        // A missing opener shows up at the first token after it that cannot go on ("count*)"); but
        // brackets around one token are a call's ("count(*)"), not after a comma or an operator ("x, (c)").
        boolean lone = j + 1 < visible.size() && CLOSER_OF.containsKey(visible.get(j + 1).text()) && (j == 0 || !isWord(visible.get(j - 1).text()));
        for (String opener : List.of("(", "[", "{")) {
            if (!lone && unmatchedCloserAfter(visible, j, opener, startsOperand(tok.text()))) {
                out.add(new Proposal(new Step(TextEdit.insert(tok.start(), opener), "inserted " + quote(opener) + " before "
                        + quote(tok.text()) + " {pos}", 0.5, tok.start()), Math.min(j + 2, visible.size() + 1)));
            }
        }
    }

    /**
     * A lost opener where a closer after the error token has no opener: it goes before the error
     * token, joined to a name before it where the document calls that name so ("round earned, 2)"
     * fails at 'earned').
     */
    private void lostOpenerBefore(String text, List<LexToken> visible, int i, List<Proposal> out) {
        LexToken at = visible.get(i);
        LexToken before = i > 0 ? visible.get(i - 1) : null;
        for (String o : List.of("(", "[")) {
            // Past closers of what is open only where an operand starts here ("trim email))", "count*)"), not at "= 3)".
            if (unmatchedCloserAfter(visible, i, o, startsOperand(at.text()))) {
                // Joined to the name where the document writes it so elsewhere ("round(x, 2)"), not "events (id, ...".
                boolean call = before != null && isWord(before.text()) && text.substring(before.end(), at.start()).isBlank()
                        && java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(before.text()) + "\\" + o).matcher(text).find();
                TextEdit edit = call ? new TextEdit(before.end(), at.start(), o) : TextEdit.insert(at.start(), o);
                out.add(new Proposal(new Step(edit, "inserted " + quote(o) + " before " + quote(at.text()) + " {pos}", 0.5, at.start()),
                        Math.min(i + 2, visible.size() + 1)));
            }
        }
    }

    /**
     * The opener of an unmatched closer ("fee = hours - 1) * rate"), where the bracketed operand
     * run most likely starts: the nearest token before the closer, but not the one right before
     * it, that follows an operator, a keyword or a separator rather than ending an operand (a '('
     * after a name would make a call).
     */
    private void openerForStrayCloser(List<LexToken> visible, int i, List<Proposal> out) {
        LexToken at = visible.get(i);
        String opener = CLOSER_OF.get(at.text());
        if (opener.equals("{")) {
            return;
        }
        int depth = 0;
        for (int k = i - 1; k >= 0; k--) {
            String s = visible.get(k).text();
            if (s.equals(";") || s.equals("{") || s.equals("}")) {
                return;
            }
            if (CLOSER_OF.containsKey(s)) {
                depth++;
            } else if (CLOSER_OF.containsValue(s)) {
                if (depth == 0) {
                    return;
                }
                depth--;
            }
            if (depth == 0 && k <= i - 2 && (k == 0 || !endsOperand(visible.get(k - 1).text()))) {
                LexToken start = visible.get(k);
                out.add(new Proposal(new Step(TextEdit.insert(start.start(), opener), "inserted " + quote(opener) + " before " + quote(start.text())
                        + " to match " + quote(at.text()) + " {pos}", 0.45, start.start()), Math.min(i + 2, visible.size())));
                return;
            }
        }
    }

    /**
     * An unmatched closer is often where a doubled one earlier shows ("}} else {" closes the outer
     * block too early, and the error comes at its real '}' lines later): the nearest earlier pair
     * of the same closer, side by side on one line, loses one of them.
     */
    private void doubledCloserBefore(String text, List<LexToken> visible, int i, List<Proposal> out) {
        String closer = visible.get(i).text();
        for (int k = i - 1; k >= 1; k--) {
            LexToken a = visible.get(k - 1);
            LexToken b = visible.get(k);
            if (a.text().equals(closer) && b.text().equals(closer) && text.substring(a.end(), b.start()).isBlank() && !text.substring(a.end(), b.start()).contains("\n")) {
                out.add(new Proposal(deleteToken(text, b, 0.6), Math.min(i, visible.size() - 1)));
                return;
            }
        }
    }

    /** Whether a token can start an operand: a word, a literal, or '*' (as in "count(*)"). */
    private static boolean startsOperand(String token) {
        if (token.isEmpty()) {
            return false;
        }
        char c = token.charAt(0);
        return isWord(token) || c == '\'' || c == '"' || c == '`' || token.equals("*");
    }

    /** Whether a token can end an operand: a name, a literal or a closer (not a keyword, operator or separator). */
    private boolean endsOperand(String token) {
        if (token.isEmpty()) {
            return false;
        }
        char c = token.charAt(0);
        if (isWord(token)) {
            return !isKeyword(token);
        }
        return c == '\'' || c == '"' || c == '`' || CLOSER_OF.containsKey(token);
    }

    /** The grammar's keywords by their upper case, each written as the grammar spells it (SQL's SELECT, shell's done); built once per search. */
    private Map<String, String> keywordSpelling;

    private Map<String, String> keywordSpelling() {
        if (keywordSpelling == null) {
            keywordSpelling = new HashMap<>();
            for (String kw : language.keywords()) {
                keywordSpelling.putIfAbsent(kw.toUpperCase(Locale.ROOT), kw);
            }
        }
        return keywordSpelling;
    }

    private boolean isKeyword(String word) {
        return keywordSpelling().containsKey(word.toUpperCase(Locale.ROOT));
    }

    private void lexicalProposals(String text, List<LexToken> all, SyntaxProbe probe, int i, List<Proposal> out) {
        LexToken bad = null;
        for (LexToken t : all) {
            if (t.start() == probe.errorOffset() && t.hidden()) {
                bad = t;
                break;
            }
        }
        if (probe.kind() == SyntaxIssue.Kind.UNTERMINATED && bad != null) {
            String closer = bad.text().startsWith("/*") ? "*/" : bad.text().substring(0, 1);
            int lineEnd = text.indexOf('\n', bad.start());
            int end = lineEnd < 0 ? text.length() : lineEnd;
            // Before what usually follows a literal at the end of its line: ); , ;
            int before = end;
            while (before > bad.start() + 1 && " \t\r);,".indexOf(text.charAt(before - 1)) >= 0) {
                before--;
            }
            String what = (closer.equals("*/") ? "closed the comment opened" : "closed the quote " + quote(closer) + " opened")
                    + " {pos:" + bad.start() + "}";
            out.add(new Proposal(new Step(TextEdit.insert(before, closer), what, 1.0, before), i + 1));
            // 'Parental leave, 1): the string most likely ended at a comma of the same line.
            int comma = bad.start();
            for (int n = 0; n < 3 && (comma = text.indexOf(',', comma + 1)) > 0 && comma < before; n++) {
                out.add(new Proposal(new Step(TextEdit.insert(comma, closer), what, 1.1 + 0.05 * n, comma), i + 1));
            }
            if (before != end) {
                out.add(new Proposal(new Step(TextEdit.insert(end, closer), what, 1.3, end), i + 1));
            }
            out.add(new Proposal(new Step(TextEdit.insert(text.length(), closer), what + " at the end", 2.0, text.length()), i));
            return;
        }
        int start = probe.errorOffset();
        int end = bad != null ? bad.end() : start + Character.charCount(text.codePointAt(Math.min(start, text.length() - 1)));
        // A token that fills its line (a markdown fence) goes with its line.
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        if (text.substring(lineStart, start).isBlank() && (lineEnd < 0 ? text.substring(end) : text.substring(end, lineEnd)).isBlank()) {
            out.add(new Proposal(new Step(new TextEdit(lineStart, lineEnd < 0 ? text.length() : lineEnd + 1, ""),
                    "removed the line " + quote(text.substring(start, end)) + " {pos}", 1.0, start), i));
        }
        while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && isStray(text.charAt(end))) {
            end++;
        }
        foreignOperator(text, start, end).ifPresent(step -> out.add(new Proposal(step, i + 1)));
        out.add(new Proposal(new Step(TextEdit.delete(start, end), "deleted " + quote(text.substring(start, end)) + " {pos}", 1.0, start), i));
    }

    /** Other languages' spelling of a logical operator, for grammars that spell it as a word. */
    private static final Map<String, String> WORD_OPERATORS = Map.of("&&", "AND", "||", "OR", "!", "NOT");

    /** "a && b" where the lexer knows no '&&' but the grammar has 'and': the grammar's word. */
    private java.util.Optional<Step> foreignOperator(String text, int start, int end) {
        String word = WORD_OPERATORS.get(text.substring(start, end));
        if (word == null) {
            return java.util.Optional.empty();
        }
        return language.keywords().stream().filter(k -> k.equalsIgnoreCase(word)).sorted().findFirst().map(kw -> {
            String s = (start > 0 && !Character.isWhitespace(text.charAt(start - 1)) ? " " : "") + kw
                    + (end < text.length() && !Character.isWhitespace(text.charAt(end)) ? " " : "");
            return new Step(new TextEdit(start, end, s), "replaced " + quote(text.substring(start, end)) + " with " + quote(kw) + " {pos}", 0.6, start);
        });
    }

    private static boolean isStray(char c) {
        return !Character.isLetterOrDigit(c) && "()[]{},;'\"".indexOf(c) < 0;
    }

    /** 'Don't' in SQL: the string ends at the apostrophe; doubling it continues the string. */
    private static java.util.Optional<Step> escapedQuote(String text, LexToken before, LexToken at) {
        if (before == null || before.text().length() < 2 || at.start() != before.end()) {
            return java.util.Optional.empty();
        }
        char q = before.text().charAt(0);
        if ((q != '\'' && q != '"') || before.text().charAt(before.text().length() - 1) != q || at.text().isEmpty()
                || !Character.isLetter(at.text().charAt(0))) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(new Step(TextEdit.insert(before.end() - 1, String.valueOf(q)),
                "doubled the quote {pos} so that " + quote(before.text() + at.text()) + " stays one string", 0.7, before.end() - 1));
    }

    /**
     * 'MRN-55016", 'Ana': a string opened with one quote and closed with the other runs on to the
     * next quote; the other quote before a separator inside it is where it was meant to end.
     */
    private static java.util.Optional<Step> mismatchedQuote(LexToken str) {
        if (str == null || str.text().length() < 3) {
            return java.util.Optional.empty();
        }
        char q = str.text().charAt(0);
        char other = q == '\'' ? '"' : q == '"' ? '\'' : 0;
        if (other == 0) {
            return java.util.Optional.empty();
        }
        String body = str.text();
        for (int k = 1; k < body.length() - 1; k++) {
            if (body.charAt(k) == other) {
                int n = k + 1;
                while (n < body.length() && body.charAt(n) == ' ') {
                    n++;
                }
                if (n < body.length() && (body.charAt(n) == ',' || body.charAt(n) == ')')) {
                    int at = str.start() + k;
                    return java.util.Optional.of(new Step(new TextEdit(at, at + 1, String.valueOf(q)),
                            "replaced the mismatched quote " + quote(String.valueOf(other)) + " {pos} with " + quote(String.valueOf(q)), 0.6, at));
                }
            }
        }
        return java.util.Optional.empty();
    }

    private Step insertBefore(String text, int prevEnd, LexToken at, String t, double cost, List<LexToken> visible, int i) {
        String why = closingNote(t, visible, i);
        if (ATTACH_LEFT.contains(t) || at == null) {
            String s = (at == null && needsSpace(text, prevEnd, t)) ? " " + t : t;
            return new Step(TextEdit.insert(prevEnd, s), "inserted " + quote(t) + " {pos}" + why, cost, prevEnd);
        }
        String s = t;
        if (at.start() > 0 && isWordChar(text.charAt(at.start() - 1)) || (at.start() > 0 && text.charAt(at.start() - 1) == ')' && isWordChar(t.charAt(0)))) {
            s = " " + s;
        }
        if (isWordChar(t.charAt(t.length() - 1)) || !at.text().isEmpty() && isWordChar(at.text().charAt(0)) && !t.equals("(") && !t.equals(".")) {
            s = s + " ";
        }
        return new Step(TextEdit.insert(at.start(), s), "inserted " + quote(t) + " before " + quote(at.text()) + " {pos}" + why, cost, at.start());
    }

    private static boolean needsSpace(String text, int at, String t) {
        return at > 0 && (isWordChar(text.charAt(at - 1)) || text.charAt(at - 1) == ')') && isWordChar(t.charAt(0));
    }

    /** " to close '(' opened at" for a closer that balances an unmatched opener (position filled in later). */
    private static String closingNote(String t, List<LexToken> visible, int i) {
        String opener = CLOSER_OF.get(t);
        if (opener == null) {
            return "";
        }
        int depth = 0;
        for (int k = Math.min(i, visible.size()) - 1; k >= 0; k--) {
            String s = visible.get(k).text();
            if (s.equals(t)) {
                depth++;
            } else if (s.equals(opener)) {
                if (depth == 0) {
                    return " to close " + quote(opener) + " opened {pos:" + visible.get(k).start() + "}";
                }
                depth--;
            }
        }
        return "";
    }

    private static Step deleteToken(String text, LexToken tok, double cost) {
        int start = tok.start();
        int end = tok.end();
        // Take one side's spaces with it so that "a  b" does not remain.
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t') && start > 0 && Character.isWhitespace(text.charAt(start - 1))) {
            end++;
        }
        return new Step(TextEdit.delete(start, end), "deleted " + quote(tok.text()) + " {pos}", cost, tok.start());
    }

    /** Whether the closer at {@code i} has no opener left to close before it (in its statement or document). */
    private static boolean unmatchedCloser(List<LexToken> visible, int i) {
        String opener = CLOSER_OF.get(visible.get(i).text());
        if (opener == null) {
            return false;
        }
        int depth = 0;
        for (int k = 0; k < i; k++) {
            String s = visible.get(k).text();
            if (s.equals(opener)) {
                depth++;
            } else if (s.equals(visible.get(i).text())) {
                depth = Math.max(0, depth - 1);
            }
        }
        return depth == 0;
    }

    /**
     * Whether a closer of {@code opener} from token {@code j} on (in its statement) closes nothing
     * opened from {@code j} on, nor (with {@code pastOpen}) anything still open before it:
     * "lower(trim email))": the first ')' closes "lower(", the second nothing. Without
     * {@code pastOpen}, the first closer that closes nothing from {@code j} on decides (so with it
     * the answer is true wherever it is true without).
     */
    private static boolean unmatchedCloserAfter(List<LexToken> visible, int j, String opener, boolean pastOpen) {
        String closer = CLOSER_FOR_OPENER.get(opener);
        int open = 0;
        for (int k = 0; k < j; k++) {
            String s = visible.get(k).text();
            open += s.equals(opener) ? 1 : s.equals(closer) ? -1 : 0;
        }
        int depth = 0;
        for (int k = j; k < visible.size(); k++) {
            String s = visible.get(k).text();
            if (s.equals(opener)) {
                depth++;
            } else if (s.equals(closer)) {
                if (depth > 0) {
                    depth--;
                } else if (open > 0 && pastOpen) {
                    open--;
                } else {
                    return open <= 0;
                }
            } else if (s.equals(";")) {
                return false;
            }
        }
        return false;
    }

    private static Step swap(String text, LexToken a, LexToken b, double cost) {
        String between = text.substring(a.end(), b.start());
        String swapped = b.text() + between + a.text();
        return new Step(new TextEdit(a.start(), b.end(), swapped), "swapped " + quote(a.text()) + " and " + quote(b.text()) + " {pos}",
                cost, a.start());
    }

    private static Step deleteSpan(String text, LexToken a, LexToken b, double cost) {
        int end = b.end();
        while (end < text.length() && (text.charAt(end) == ' ' || text.charAt(end) == '\t')) {
            end++;
        }
        return new Step(TextEdit.delete(a.start(), end), "deleted " + quote(text.substring(a.start(), b.end())) + " {pos}", cost, a.start());
    }

    /** A fix's edits as one edit spanning them. */
    static TextEdit spanning(String text, dev.dslfix.lang.Fix fix) {
        int from = fix.edits().stream().mapToInt(TextEdit::start).min().orElse(0);
        int to = fix.edits().stream().mapToInt(TextEdit::end).max().orElse(0);
        String applied = fix.applyTo(text);
        return new TextEdit(from, to, applied.substring(from, applied.length() - (text.length() - to)));
    }

    private static double insertCost(String t, List<LexToken> visible, int i) {
        if (CLOSER_OF.containsKey(t) && !closingNote(t, visible, i).isEmpty()) {
            return 0.5; // balances an open bracket
        }
        if (t.equals(",") || t.equals(";")) {
            return 0.8;
        }
        if (ATTACH_LEFT.contains(t) || t.length() == 1) {
            return 1.0;
        }
        return isWord(t) ? 1.3 : 1.5;
    }

    private static double replaceCost(String from, String to) {
        // A typo of the expected keyword: a word of some length with the same first letter
        // ("5" is not a typo of "IS", though two edits apart).
        boolean words = from.length() >= 3 && to.length() >= 3 && Character.isLetter(from.charAt(0)) && isWord(from) && isWord(to);
        if (words && Character.toUpperCase(from.charAt(0)) == Character.toUpperCase(to.charAt(0))
                && Suggestions.distance(from.toUpperCase(Locale.ROOT), to.toUpperCase(Locale.ROOT), 2) <= 2) {
            return 0.5;
        }
        return 1.6;
    }

    /** Text for an expected token: its literal, or for a class (a name, a number) a sample from the document. */
    private static String textOf(SyntaxProbe.ExpectedToken x, Map<String, String> samples) {
        if (x.literal() != null) {
            return x.literal().isEmpty() ? null : x.literal();
        }
        String sample = samples.get(x.name());
        return sample == null || sample.isEmpty() ? null : sample; // INDENT, DEDENT: no text to insert
    }

    /** The most frequent text of each token class in the document (names to insert, numbers, strings). */
    private static Map<String, String> classSamples(List<LexToken> visible) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (LexToken t : visible) {
            counts.computeIfAbsent(t.typeName(), k -> new HashMap<>()).merge(t.text(), 1, Integer::sum);
        }
        Map<String, String> out = new HashMap<>();
        counts.forEach((type, texts) -> out.put(type, texts.entrySet().stream()
                .max(Map.Entry.<String, Integer>comparingByValue().thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
                .map(Map.Entry::getKey).orElseThrow()));
        out.putIfAbsent("NUMBER", "0");
        out.putIfAbsent("STRING", "''");
        return out;
    }

    static boolean isWord(String s) {
        return !s.isEmpty() && s.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_');
    }

    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    static String quote(String s) {
        String t = s.length() > 30 ? s.substring(0, 30) + "…" : s;
        return "'" + t.replace("\n", "\\n") + "'";
    }
}

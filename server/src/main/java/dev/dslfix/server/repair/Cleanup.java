package dev.dslfix.server.repair;

import dev.dslfix.lang.SourceText;
import dev.dslfix.lang.TextEdit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Removes what LLMs put around code: markdown fences, a chatty sentence before the code, an
 * explanation after it. Works on lines, for any language; the search verifies the result.
 */
final class Cleanup {
    private static final Pattern FENCE = Pattern.compile("\\s*(```|~~~)[\\w+.#-]*\\s*");
    private static final Set<String> PROSE_WORDS = Set.of("the", "this", "here", "is", "are", "query", "following",
            "below", "will", "you", "your", "i", "it", "that", "which", "returns", "script", "code", "fixed",
            "corrected", "sure", "note", "explanation", "we", "to", "of", "and", "for", "with", "a", "an", "in");

    private static final Pattern CODE_CHARACTERS = Pattern.compile("[\"$=;|{}<>`]");

    private Cleanup() {
    }

    /**
     * Where the artifacts of a text are: its markdown fences, and the prose lines before the first
     * line of code and after the last. Found once per repair, for the cleaned variants and for
     * ranking the candidates that kept the chat.
     */
    record Layout(String text, SourceText source, List<Integer> fences, List<Integer> leading, List<Integer> trailing) {
        /**
         * The lines of chat before and after the code (as written, without their line break): a
         * candidate that still holds one kept the chat, which in a language where a sentence parses
         * (a shell command "Note that ...") the checker does not catch.
         */
        List<String> chatLines() {
            List<String> out = new ArrayList<>();
            for (List<Integer> lines : List.of(leading, trailing)) {
                lines.forEach(l -> out.add(text.substring(source.lineStart(l), source.lineEnd(l))));
            }
            return out;
        }
    }

    static Layout layout(String text) {
        SourceText source = new SourceText(text);
        List<Integer> fences = new ArrayList<>();
        List<Integer> prose = new ArrayList<>();
        for (int line = 0; line < source.lineCount(); line++) {
            String content = text.substring(source.lineStart(line), source.lineEnd(line));
            if (FENCE.matcher(content).matches()) {
                fences.add(line);
            } else if (looksLikeProse(content)) {
                prose.add(line);
            }
        }
        List<Integer> leading = new ArrayList<>();
        List<Integer> trailing = new ArrayList<>();
        int firstCode = firstCodeLine(text, source, prose, fences);
        int lastCode = lastCodeLine(text, source, prose, fences);
        for (int l : prose) {
            if (l < firstCode) {
                leading.add(l);
            } else if (l > lastCode) {
                trailing.add(l);
            }
        }
        return new Layout(text, source, fences, leading, trailing);
    }

    /** The chat lines around the code of {@code text} (see {@link Layout#chatLines}). */
    static List<String> proseAround(String text) {
        return layout(text).chatLines();
    }

    /**
     * Cleaned variants of the input, each as a state of one step, the one that removes the most
     * first; empty when nothing looks like an artifact.
     */
    static List<RepairState> variants(String text) {
        return variants(layout(text));
    }

    static List<RepairState> variants(Layout layout) {
        String text = layout.text();
        SourceText source = layout.source();
        List<Integer> fences = layout.fences();
        List<Integer> leading = layout.leading();
        List<Integer> trailing = layout.trailing();
        List<RepairState> out = new ArrayList<>();
        if (!fences.isEmpty()) {
            // Keep what is inside the first fenced block; everything outside it is chat.
            int open = fences.get(0);
            int close = fences.size() > 1 ? fences.get(1) : source.lineCount();
            boolean onlyClosing = fences.size() == 1 && nonBlankBefore(text, source, open) && !nonBlankAfter(text, source, open);
            if (onlyClosing) {
                out.add(removeLines(text, source, List.of(open), "removed the stray markdown fence on line {line:" + source.lineStart(open) + "}"));
            } else {
                if (close < source.lineCount()) {
                    // Only the two fence lines: what lies around the fence (a comment) stays.
                    out.add(removeLines(text, source, List.of(open, close), "removed the markdown fences on lines {line:" + source.lineStart(open)
                            + "} and {line:" + source.lineStart(close) + "}"));
                }
                List<Integer> drop = new ArrayList<>();
                for (int l = 0; l < source.lineCount(); l++) {
                    if (l <= open || l >= close) {
                        drop.add(l);
                    }
                }
                out.add(removeLines(text, source, drop, KEPT_INSIDE_FENCE + " on line {line:" + source.lineStart(open) + "}"));
            }
        }
        if (!leading.isEmpty()) {
            out.add(removeLines(text, source, leading, "removed the prose before the code (line {line:" + source.lineStart(leading.get(0)) + "})"));
        }
        if (!trailing.isEmpty()) {
            out.add(removeLines(text, source, trailing, "removed the explanation after the code (line {line:" + source.lineStart(trailing.get(0)) + "})"));
        }
        if (!leading.isEmpty() && !trailing.isEmpty()) {
            List<Integer> both = new ArrayList<>(leading);
            both.addAll(trailing);
            out.add(removeLines(text, source, both, "removed the prose around the code"));
        }
        if (!fences.isEmpty() && (!leading.isEmpty() || !trailing.isEmpty())) {
            List<Integer> all = new ArrayList<>(fences);
            all.addAll(leading);
            all.addAll(trailing);
            out.add(removeLines(text, source, all.stream().distinct().sorted().toList(), "removed the markdown fences and the prose around the code"));
        }
        // Most complete first: the search tries starts in this order and stops once it has enough
        // candidates, and chat left in is what a variant that removed less keeps.
        java.util.Collections.reverse(out);
        return out;
    }

    static boolean looksLikeProse(String line) {
        String t = line.trim();
        if (t.length() < 12 || !Character.isUpperCase(t.charAt(0))) {
            return false; // chat opens a sentence; comments, list items and most code do not
        }
        if (CODE_CHARACTERS.matcher(t).find()) {
            return false; // echo "this is the end", X=1: sentences do not quote, assign or pipe
        }
        String[] words = t.split("\\s+");
        if (words.length < 4) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < t.length(); i++) {
            if (Character.isLetter(t.charAt(i)) || t.charAt(i) == ' ') {
                letters++;
            }
        }
        int common = 0;
        for (String w : words) {
            if (PROSE_WORDS.contains(w.toLowerCase(Locale.ROOT).replaceAll("[^a-z']", ""))) {
                common++;
            }
        }
        char last = t.charAt(t.length() - 1);
        boolean sentenceEnd = last == ':' || last == '.' || last == '!';
        return letters >= 0.85 * t.length() && common >= 2 && (sentenceEnd || common >= 3);
    }

    private static int firstCodeLine(String text, SourceText s, List<Integer> prose, List<Integer> fences) {
        for (int l = 0; l < s.lineCount(); l++) {
            if (!prose.contains(l) && !fences.contains(l) && isCode(text.substring(s.lineStart(l), s.lineEnd(l)))) {
                return l;
            }
        }
        return s.lineCount();
    }

    private static int lastCodeLine(String text, SourceText s, List<Integer> prose, List<Integer> fences) {
        for (int l = s.lineCount() - 1; l >= 0; l--) {
            if (!prose.contains(l) && !fences.contains(l) && isCode(text.substring(s.lineStart(l), s.lineEnd(l)))) {
                return l;
            }
        }
        return -1;
    }

    /** Not blank and not a comment line: a comment above the prose does not make the prose code. */
    private static boolean isCode(String line) {
        String t = line.strip();
        return !t.isEmpty() && !t.startsWith("--") && !t.startsWith("#") && !t.startsWith("//");
    }

    private static boolean nonBlankBefore(String text, SourceText s, int line) {
        return !text.substring(0, s.lineStart(line)).isBlank();
    }

    private static boolean nonBlankAfter(String text, SourceText s, int line) {
        int next = line + 1 < s.lineCount() ? s.lineStart(line + 1) : text.length();
        return !text.substring(next).isBlank();
    }

    private static final String KEPT_INSIDE_FENCE = "kept only the code inside the markdown fence";

    /**
     * Whether a variant removes chat lines only: not the one that keeps only what a fence encloses,
     * which also drops the comments and code around the fence.
     */
    static boolean removesOnlyChat(RepairState variant) {
        return variant.origin().equals("cleanup") && variant.steps().stream().noneMatch(s -> s.description().startsWith(KEPT_INSIDE_FENCE));
    }

    /** One state whose single step deletes the given whole lines (as one edit spanning them, kept minimal). */
    private static RepairState removeLines(String text, SourceText s, List<Integer> lines, String description) {
        // Build the result, then express it as one edit from the first removed line to the last.
        StringBuilder kept = new StringBuilder();
        int first = lines.get(0);
        int last = lines.get(lines.size() - 1);
        int from = s.lineStart(first);
        int to = last + 1 < s.lineCount() ? s.lineStart(last + 1) : text.length();
        for (int l = first; l <= last; l++) {
            if (!lines.contains(l)) {
                int end = l + 1 < s.lineCount() ? s.lineStart(l + 1) : text.length();
                kept.append(text, s.lineStart(l), end);
            }
        }
        Step step = new Step(new TextEdit(from, to, kept.toString()), description, 1.0 + 0.1 * lines.size(), from);
        return RepairState.start(text).then(step).withOrigin("cleanup");
    }
}

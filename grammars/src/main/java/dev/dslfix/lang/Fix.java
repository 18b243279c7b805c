package dev.dslfix.lang;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A fix a checker knows for one of its diagnostics ("replace 'emial' with 'email'"), as
 * non-overlapping edits of the checked text. {@code title} is short and says what it does.
 */
public record Fix(String title, List<TextEdit> edits) {

    public Fix {
        edits = List.copyOf(edits);
    }

    public static Fix replace(String title, int start, int end, String newText) {
        return new Fix(title, List.of(new TextEdit(start, end, newText)));
    }

    /** The text with the edits applied (edits must not overlap). */
    public String applyTo(String text) {
        return apply(text, edits);
    }

    /** Applies non-overlapping edits to a text, in any order given. */
    public static String apply(String text, List<TextEdit> edits) {
        List<TextEdit> sorted = new ArrayList<>(edits);
        sorted.sort(Comparator.comparingInt(TextEdit::start).thenComparingInt(TextEdit::end));
        StringBuilder sb = new StringBuilder(text.length() + 16);
        int at = 0;
        for (TextEdit e : sorted) {
            if (e.start() < at || e.end() > text.length()) {
                throw new IllegalArgumentException("overlapping or out-of-range edit " + e);
            }
            sb.append(text, at, e.start()).append(e.newText());
            at = e.end();
        }
        return sb.append(text, at, text.length()).toString();
    }
}

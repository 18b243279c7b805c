package dev.dslfix.server.repair;

import dev.dslfix.lang.SourceText;
import dev.dslfix.lang.TextEdit;
import java.util.ArrayList;
import java.util.List;

/** One sentence for a model's repair, from the edits it made ("inserted ')' at 3:9; deleted 'TOP' at 2:8"). */
final class ModelExplanations {
    private ModelExplanations() {
    }

    static String of(String input, List<TextEdit> edits) {
        if (edits.isEmpty()) {
            return "no change";
        }
        SourceText source = new SourceText(input);
        List<String> parts = new ArrayList<>();
        for (TextEdit e : edits) {
            String old = input.substring(e.start(), e.end()).strip();
            String now = e.newText().strip();
            String at = " at " + (source.lineOf(e.start()) + 1) + ":" + (source.columnOf(e.start()) + 1);
            if (old.isEmpty()) {
                parts.add("inserted " + SyntaxSearch.quote(now) + at);
            } else if (now.isEmpty()) {
                parts.add("deleted " + SyntaxSearch.quote(old) + at);
            } else {
                parts.add("replaced " + SyntaxSearch.quote(old) + " with " + SyntaxSearch.quote(now) + at);
            }
        }
        return String.join("; ", parts);
    }
}

package dev.dslfix.server.repair;

import dev.dslfix.lang.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One sentence from a repair's steps, with positions in the input ("inserted ')' at 3:9 to close
 * '(' opened at 3:5"): a step's "{pos}" is its anchor, "{pos:N}" offset N (of the text the step
 * applied to) as line:column, "{line:N}" as a line number.
 */
final class Explanations {
    private static final Pattern POS = Pattern.compile("\\{(pos|line)(?::(\\d+))?}");

    private Explanations() {
    }

    static String of(RepairState state, String input) {
        if (state.steps().isEmpty()) {
            return "no change";
        }
        SourceText source = new SourceText(input);
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < state.steps().size(); i++) {
            Step step = state.steps().get(i);
            int index = i;
            Matcher m = POS.matcher(step.description());
            StringBuilder sb = new StringBuilder();
            while (m.find()) {
                int offset = m.group(2) != null ? Integer.parseInt(m.group(2)) : step.anchor();
                int original = state.originalOffsetBefore(index, offset);
                String shown = m.group(1).equals("line") ? String.valueOf(source.lineOf(original) + 1)
                        : "at " + (source.lineOf(original) + 1) + ":" + (source.columnOf(original) + 1);
                m.appendReplacement(sb, Matcher.quoteReplacement(shown));
            }
            m.appendTail(sb);
            parts.add(sb.toString().replaceAll("\\s+", " ").trim());
        }
        return String.join("; ", parts);
    }
}

package dev.dslfix.server.repair;

import dev.dslfix.lang.SourceText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One sentence from a repair's steps, with positions in the input ("inserted ')' at 3:9 to close '(' opened at 3:5"). */
final class Explanations {
    private static final Pattern POS = Pattern.compile("\\{pos(?::(\\d+))?}");

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
                int offset = m.group(1) != null ? Integer.parseInt(m.group(1)) : step.anchor();
                int original = state.originalOffsetBefore(index, offset);
                m.appendReplacement(sb, Matcher.quoteReplacement("at " + (source.lineOf(original) + 1) + ":" + (source.columnOf(original) + 1)));
            }
            m.appendTail(sb);
            parts.add(sb.toString().replaceAll("\\s+", " ").trim());
        }
        return String.join("; ", parts);
    }
}

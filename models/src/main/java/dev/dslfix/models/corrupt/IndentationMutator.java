package dev.dslfix.models.corrupt;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * One line indented wrongly. Works on lines, not tokens, so it applies to any language; it only
 * yields a kept corruption where indentation matters to the checker (YAML, Python-like DSLs).
 */
final class IndentationMutator implements Mutator {

    @Override
    public int firstTries() {
        return 6;
    }

    @Override
    public List<Supplier<Candidate>> propose(Doc doc, Random rnd) {
        String text = doc.text;
        List<int[]> lines = new ArrayList<>();
        int start = 0;
        int number = 1;
        while (start <= text.length()) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 ? text.length() : nl;
            int indentEnd = start;
            while (indentEnd < end && (text.charAt(indentEnd) == ' ' || text.charAt(indentEnd) == '\t')) {
                indentEnd++;
            }
            if (indentEnd < end && !text.substring(indentEnd, end).isBlank()) {
                lines.add(new int[] {number, start, indentEnd});
            }
            if (nl < 0) {
                break;
            }
            start = nl + 1;
            number++;
        }
        List<Supplier<Candidate>> out = new ArrayList<>();
        for (int[] line : Proposals.shuffled(lines, rnd)) {
            String old = text.substring(line[1], line[2]);
            String now = reindent(old, rnd);
            out.add(() -> new Candidate(Splice.replace(text, line[1], line[2], now),
                    "re-indented line " + line[0] + " from " + width(old) + " to " + width(now) + " columns"));
        }
        return out;
    }

    /** Dedent fully, shift by one or two levels, or mix in a tab: the usual slips. */
    private static String reindent(String old, Random rnd) {
        if (old.isEmpty()) {
            return rnd.nextBoolean() ? "  " : "    ";
        }
        return switch (rnd.nextInt(4)) {
            case 0 -> "";
            case 1 -> old + "  ";
            case 2 -> old.length() > 1 ? old.substring(1) : old + " ";
            default -> old.contains("\t") ? old.replace("\t", "  ") : "\t" + old;
        };
    }

    private static int width(String indent) {
        int w = 0;
        for (char c : indent.toCharArray()) {
            w = c == '\t' ? (w / 8 + 1) * 8 : w + 1;
        }
        return w;
    }
}

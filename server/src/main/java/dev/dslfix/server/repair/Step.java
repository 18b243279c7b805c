package dev.dslfix.server.repair;

import dev.dslfix.lang.TextEdit;

/**
 * One edit of a repair, in the coordinates of the text it was applied to.
 *
 * @param description what it did, for the explanation ("inserted ')'"); positions are added later
 * @param anchor      offset (in the text it applied to) the description refers to
 */
record Step(TextEdit edit, String description, double cost, int anchor) {
    private static final java.util.regex.Pattern POS = java.util.regex.Pattern.compile("\\{(pos|line):(\\d+)}");

    /** The same step for a text in which the text it applied to starts at {@code delta}. */
    Step shifted(int delta) {
        java.util.regex.Matcher m = POS.matcher(description);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(sb, "{" + m.group(1) + ":" + (Integer.parseInt(m.group(2)) + delta) + "}");
        }
        m.appendTail(sb);
        return new Step(new TextEdit(edit.start() + delta, edit.end() + delta, edit.newText()), sb.toString(), cost, anchor + delta);
    }
}

package dev.dslfix.server.repair;

import dev.dslfix.lang.Fix;
import dev.dslfix.lang.TextEdit;
import java.util.ArrayList;
import java.util.List;

/**
 * A text on the way from the input to a candidate, with the steps that led there. Steps apply in
 * order, each to the text the previous one produced.
 */
record RepairState(String text, List<Step> steps, double cost, String origin) {

    static RepairState start(String text) {
        return new RepairState(text, List.of(), 0, "search");
    }

    RepairState then(Step step) {
        List<Step> next = new ArrayList<>(steps);
        next.add(step);
        return new RepairState(Fix.apply(text, List.of(step.edit())), next, cost + step.cost(), "search");
    }

    RepairState withOrigin(String o) {
        return new RepairState(text, steps, cost, o);
    }

    /**
     * Where an offset of this state's text was in the original input: undoes the steps in reverse.
     * Offsets inside replaced text map to the start of the replaced range.
     */
    int originalOffset(int offset) {
        int o = offset;
        for (int i = steps.size() - 1; i >= 0; i--) {
            TextEdit e = steps.get(i).edit();
            int inserted = e.newText().length();
            int removed = e.end() - e.start();
            if (o >= e.start() + inserted) {
                o = o - inserted + removed;
            } else if (o > e.start()) {
                o = e.start();
            }
        }
        return o;
    }

    /** Where an offset of the text before step {@code index} was in the original input. */
    int originalOffsetBefore(int index, int offset) {
        return new RepairState(text, steps.subList(0, index), cost, origin).originalOffset(offset);
    }
}

package dev.dslfix.server.repair;

/**
 * @param top             candidates to return
 * @param aggressiveness  how far to go (see {@link Aggressiveness})
 * @param budgetMillis    wall-time budget of the search; the best candidates so far are returned at the end
 * @param includeFailing  also list candidates that do not pass the checker (never first)
 */
public record RepairOptions(int top, Aggressiveness aggressiveness, long budgetMillis, boolean includeFailing) {
    public static final RepairOptions DEFAULT = new RepairOptions(5, Aggressiveness.BALANCED, 5000, false);

    public RepairOptions withTop(int k) {
        return new RepairOptions(k, aggressiveness, budgetMillis, includeFailing);
    }

    public RepairOptions with(Aggressiveness a) {
        return new RepairOptions(top, a, budgetMillis, includeFailing);
    }
}

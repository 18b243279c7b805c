package dev.dslfix.server.repair;

import dev.dslfix.lang.Analysis;
import dev.dslfix.lang.Diagnostic;
import dev.dslfix.lang.Fix;
import dev.dslfix.lang.Language;
import dev.dslfix.lang.TextEdit;
import java.util.List;
import java.util.Optional;

/**
 * The part of a document that a repair can work on alone: one independent region (a SQL
 * statement) that holds every error, whose fixes all stay inside it, checked by the language's
 * checker for that region in the document's context ({@link Language#regionChecker}). On a
 * 300-line script every trial check then parses one statement instead of the script.
 *
 * @param checker the region's checker
 * @param start   where the region starts in the document
 * @param end     where it ends
 * @param text    the region's text
 */
record RegionScope(Language checker, int start, int end, String text) {

    /**
     * None where the document is one region, has chat around its code (a line of prose, a
     * markdown fence), has an error or a fix outside the first error's region, or where the
     * language has no region checker.
     */
    static Optional<RegionScope> of(Language language, String document, Analysis analysis, Cleanup.Layout layout) {
        List<Diagnostic> errors = analysis.errors();
        if (errors.isEmpty() || !layout.chatLines().isEmpty()) {
            return Optional.empty(); // chat around the code is removed from the whole document
        }
        int first = errors.stream().mapToInt(Diagnostic::start).min().getAsInt();
        int[] region = language.independentRegion(document, Math.min(first, Math.max(0, document.length() - 1)));
        if (region == null || (region[0] == 0 && region[1] >= document.length())) {
            return Optional.empty();
        }
        for (Diagnostic d : errors) {
            // A misspelled column type shows where a value goes into the column: its fix, and the
            // repair, are in the CREATE TABLE, outside the region.
            if (!inside(d.start(), d.end(), region) || d.fixes().stream().map(Fix::edits).flatMap(List::stream).anyMatch(e -> !inside(e.start(), e.end(), region))) {
                return Optional.empty();
            }
        }
        return language.regionChecker(analysis.parsed(), region)
                .map(checker -> new RegionScope(checker, region[0], region[1], document.substring(region[0], region[1])));
    }

    private static boolean inside(int from, int to, int[] region) {
        return from >= region[0] && to <= region[1];
    }

    /** The document with the region's text replaced by a repaired one. */
    String embed(String document, String region) {
        return document.substring(0, start) + region + document.substring(end);
    }

    /** An edit of the region's text, in the document's coordinates. */
    TextEdit lift(TextEdit edit) {
        return new TextEdit(edit.start() + start, edit.end() + start, edit.newText());
    }

    /** A repair of the region's text as a repair of the document (its steps' positions shifted). */
    RepairState lift(String document, RepairState state) {
        RepairState lifted = RepairState.start(document);
        for (Step step : state.steps()) {
            lifted = lifted.then(step.shifted(start));
        }
        return lifted.withOrigin(state.origin());
    }
}

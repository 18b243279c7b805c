package dev.dslfix.models.corrupt;

/** A proposed broken text, not yet confirmed by the checker. */
record Candidate(String corrupted, String description) {
}

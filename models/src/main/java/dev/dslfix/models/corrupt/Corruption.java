package dev.dslfix.models.corrupt;

import java.util.Objects;

/**
 * One synthetic mistake: the valid program, the broken version the checker rejects, and one short
 * sentence saying what was done (e.g. "deleted ')' at 12:7"; positions are 1-based line:column in
 * UTF-16 code units of the original text).
 */
public record Corruption(ErrorKind kind, String original, String corrupted, String description) {

    public Corruption {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(original, "original");
        Objects.requireNonNull(corrupted, "corrupted");
        Objects.requireNonNull(description, "description");
    }
}

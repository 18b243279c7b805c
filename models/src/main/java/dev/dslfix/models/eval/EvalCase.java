package dev.dslfix.models.eval;

import dev.dslfix.models.corrupt.ErrorKind;

/** One evaluation item: a valid program from the eval split and a corrupted copy of it. */
public record EvalCase(String source, ErrorKind kind, String original, String corrupted) {
}

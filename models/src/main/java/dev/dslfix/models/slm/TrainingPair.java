package dev.dslfix.models.slm;

import dev.dslfix.models.corrupt.ErrorKind;

/** A valid program and a corrupted copy: a supervised example and an RL input at once. */
public record TrainingPair(String source, ErrorKind kind, String original, String corrupted) {
}

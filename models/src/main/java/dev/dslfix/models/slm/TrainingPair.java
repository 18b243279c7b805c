package dev.dslfix.models.slm;

import dev.dslfix.lang.Language;
import dev.dslfix.models.corrupt.ErrorKind;

/**
 * A valid program and a corrupted copy: a supervised example and an RL input at once. It carries
 * its language, so one model can train on several (a shared-vocabulary transfer model).
 */
public record TrainingPair(Language language, String source, ErrorKind kind, String original, String corrupted) {
}

/**
 * Seeded synthetic errors for training and evaluating repair models, for any DSL.
 *
 * <p>{@link dev.dslfix.models.corrupt.Corruptor} turns a valid program into broken ones of each
 * {@link dev.dslfix.models.corrupt.ErrorKind}, keeping only those the language's checker rejects.
 * {@link dev.dslfix.models.corrupt.DataSplit} decides per source program whether it is for
 * training or evaluation; eval programs never enter training.
 */
package dev.dslfix.models.corrupt;

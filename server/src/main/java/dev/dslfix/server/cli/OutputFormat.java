package dev.dslfix.server.cli;

/** Output formats of {@code dslfix check}. */
enum OutputFormat { text, json, sarif }

package dev.dslfix.server.lsp;

/** An open document at one version: immutable, so analyses can hold it while edits arrive. */
record OpenDocument(String uri, String languageId, int version, String text) {
}

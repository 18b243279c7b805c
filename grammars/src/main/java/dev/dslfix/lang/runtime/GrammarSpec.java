package dev.dslfix.lang.runtime;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * A DSL registered by its ANTLR grammar: one combined {@code .g4} file, or a lexer and a parser
 * grammar (any order), the parser rule to start from, and the file extensions it claims.
 * {@code id} may be null: it then defaults to the parser grammar's file name in lower case.
 */
public record GrammarSpec(String id, List<Path> grammarFiles, String startRule, List<String> extensions) {

    public GrammarSpec {
        grammarFiles = List.copyOf(grammarFiles);
        extensions = extensions.stream().map(e -> e.startsWith(".") || e.isEmpty() ? e : "." + e).toList();
    }

    /** The id, or one derived from the last grammar file's name ("Expr.g4" -> "expr"). */
    public String effectiveId() {
        if (id != null && !id.isBlank()) {
            return id;
        }
        String file = grammarFiles.isEmpty() ? "grammar" : grammarFiles.get(grammarFiles.size() - 1).getFileName().toString();
        String base = file.endsWith(".g4") ? file.substring(0, file.length() - 3) : file;
        if (base.endsWith("Parser") && base.length() > 6) {
            base = base.substring(0, base.length() - 6);
        }
        return base.toLowerCase(Locale.ROOT);
    }
}

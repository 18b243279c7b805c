package dev.dslfix.models.corrupt;

import java.util.Optional;

/**
 * The mistakes the generator can make. Each has a stable lower-case id: ids appear in data files
 * and reports, and seeds are derived from them, so never rename one.
 */
public enum ErrorKind {
    MISSING_CLOSER("missing-closer"),
    MISSING_OPENER("missing-opener"),
    EXTRA_CLOSER("extra-closer"),
    MISSING_SEPARATOR("missing-separator"),
    EXTRA_SEPARATOR("extra-separator"),
    MISSPELLED_KEYWORD("misspelled-keyword"),
    FOREIGN_KEYWORD("foreign-keyword"),
    SWAPPED_TOKENS("swapped-tokens"),
    MISSPELLED_NAME("misspelled-name"),
    UNDECLARED_NAME("undeclared-name"),
    WRONG_LITERAL_TYPE("wrong-literal-type"),
    TRUNCATED("truncated"),
    MARKDOWN_FENCE("markdown-fence"),
    PROSE("prose"),
    INDENTATION("indentation");

    private final String id;

    ErrorKind(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<ErrorKind> fromId(String id) {
        for (ErrorKind k : values()) {
            if (k.id.equals(id)) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }
}

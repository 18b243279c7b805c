package dev.dslfix.models.corrupt;

import dev.dslfix.lang.Language;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Optional language-specific knowledge for the generator; everything else comes from the lexer.
 *
 * @param fenceTag      the tag after a markdown fence, e.g. {@code sql}
 * @param noun          what a program is called in prose, e.g. "query"
 * @param stringQuote   quote for new string literals when the document has none to copy
 * @param foreignWords  habits from other languages and dialects (see {@link ForeignWord})
 * @param listEnders    upper-case keywords that end a comma-separated list (FROM ends a SELECT
 *                      list); empty means any keyword does
 * @param commonNames   plausible names that a program may wrongly use without declaring them
 */
public record Hints(String fenceTag, String noun, char stringQuote, List<ForeignWord> foreignWords,
                    Set<String> listEnders, List<String> commonNames) {

    public Hints {
        Objects.requireNonNull(fenceTag, "fenceTag");
        Objects.requireNonNull(noun, "noun");
        foreignWords = List.copyOf(foreignWords);
        listEnders = Set.copyOf(listEnders);
        commonNames = List.copyOf(commonNames);
    }

    /** Hints for the language: the built-in languages' own, generic ones for the rest. */
    public static Hints forLanguage(Language language) {
        return switch (language.id()) {
            case "sql" -> SqlHints.hints();
            case "shell" -> ShellHints.hints();
            case "playbook" -> PlaybookHints.hints();
            default -> generic(language.id());
        };
    }

    /** The built-in SQL (SQLite) dialect's hints. */
    public static Hints sql() {
        return SqlHints.hints();
    }

    /** Hints that fit most languages: C/JS/Python/shell habits and everyday names. */
    public static Hints generic(String fenceTag) {
        return new Hints(fenceTag.toLowerCase(Locale.ROOT), "code", '"', GENERIC_FOREIGN, Set.of(), COMMON_NAMES);
    }

    /** Applies to any language; a word only matters where the document has the matching token. */
    static final List<ForeignWord> GENERIC_FOREIGN = List.of(
            new ForeignWord("let", "var", "JavaScript"),
            new ForeignWord("var", "let", "JavaScript"),
            new ForeignWord("function", "def", "Python"),
            new ForeignWord("def", "function", "JavaScript"),
            new ForeignWord("elif", "else if", "C"),
            new ForeignWord("true", "True", "Python"),
            new ForeignWord("false", "False", "Python"),
            new ForeignWord("null", "None", "Python"),
            new ForeignWord("nil", "null", "Java"),
            new ForeignWord("and", "&&", "C"),
            new ForeignWord("or", "||", "C"),
            new ForeignWord("not", "!", "C"),
            new ForeignWord("&&", "and", "Python"),
            new ForeignWord("||", "or", "Python"),
            new ForeignWord("==", "===", "JavaScript"),
            new ForeignWord("!=", "!==", "JavaScript"),
            new ForeignWord("=", ":=", "Go"),
            new ForeignWord("print", "echo", "shell"),
            new ForeignWord("print", "console.log", "JavaScript"),
            new ForeignWord("fi", "end", "Ruby"),
            new ForeignWord("end", "}", "C"));

    static final List<String> COMMON_NAMES = List.of(
            "id", "user_id", "userId", "customer", "customer_id", "account", "amount", "total", "status",
            "created_at", "updated_at", "name", "title", "price", "quantity", "qty", "value", "item",
            "items", "data", "result", "tmp", "temp", "count", "index", "config", "user", "users", "order",
            "orders", "record", "entry", "x", "y", "val");
}

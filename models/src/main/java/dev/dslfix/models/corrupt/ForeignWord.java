package dev.dslfix.models.corrupt;

/**
 * A habit from another language: a visible token whose text is {@code match} (compared without
 * case) is replaced by {@code replacement}, e.g. LIKE -> ILIKE from PostgreSQL. {@code replacement}
 * may contain several tokens ("SELECT TOP 10"). {@code origin} names where it comes from.
 */
public record ForeignWord(String match, String replacement, String origin) {
}

package dev.dslfix.lang;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Numbers written as English words ("thirty", "twenty-one", "two hundred"): what LLMs put where a number belongs. */
public final class EnglishNumbers {
    private static final Map<String, Integer> UNITS = Map.ofEntries(
            Map.entry("zero", 0), Map.entry("none", 0), Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3),
            Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8),
            Map.entry("nine", 9), Map.entry("ten", 10), Map.entry("eleven", 11), Map.entry("twelve", 12),
            Map.entry("thirteen", 13), Map.entry("fourteen", 14), Map.entry("fifteen", 15), Map.entry("sixteen", 16),
            Map.entry("seventeen", 17), Map.entry("eighteen", 18), Map.entry("nineteen", 19), Map.entry("twenty", 20),
            Map.entry("thirty", 30), Map.entry("forty", 40), Map.entry("fifty", 50), Map.entry("sixty", 60),
            Map.entry("seventy", 70), Map.entry("eighty", 80), Map.entry("ninety", 90));

    private EnglishNumbers() {
    }

    /** The number the words spell, if they spell one ("none" is left to NULL: it is absence, not zero). */
    public static Optional<Long> parse(String words) {
        String w = words.trim().toLowerCase(Locale.ROOT).replace('-', ' ').replace(" and ", " ");
        if (w.isEmpty() || w.equals("none")) {
            return Optional.empty();
        }
        long total = 0;
        long current = 0;
        for (String part : w.split("\\s+")) {
            Integer unit = UNITS.get(part);
            if (unit != null) {
                current += unit;
            } else if (part.equals("hundred")) {
                current = Math.max(1, current) * 100;
            } else if (part.equals("thousand")) {
                total += Math.max(1, current) * 1000;
                current = 0;
            } else if (part.equals("million")) {
                total += Math.max(1, current) * 1_000_000;
                current = 0;
            } else {
                return Optional.empty();
            }
        }
        return Optional.of(total + current);
    }

    /** The number literal a text stands for: written in digits ("1,000") or in words ("fifty"). */
    public static Optional<String> asNumber(String text) {
        return numericText(text).or(() -> parse(text).map(String::valueOf));
    }

    /** "1,000" or " 42 " as a number literal's text, if the text is one. */
    public static Optional<String> numericText(String text) {
        String t = text.trim().replace(",", "").replace("_", "");
        return t.matches("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?") ? Optional.of(t) : Optional.empty();
    }
}

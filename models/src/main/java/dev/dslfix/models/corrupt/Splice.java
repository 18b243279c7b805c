package dev.dslfix.models.corrupt;

/**
 * Text edits that keep everything outside the edited range byte-for-byte, and tidy only the
 * whitespace right next to it, so that a deletion reads like a human's and never fuses two words.
 */
final class Splice {
    private Splice() {
    }

    static String replace(String text, int start, int end, String replacement) {
        return text.substring(0, start) + replacement + text.substring(end);
    }

    static String insert(String text, int at, String s) {
        return replace(text, at, at, s);
    }

    /**
     * Deletes [start, end). A token alone on its line takes its line with it; a token between two
     * spaces takes one of them; a token between two word characters leaves a space behind.
     */
    static String delete(String text, int start, int end) {
        int lineStart = text.lastIndexOf('\n', start - 1) + 1;
        int lineEnd = text.indexOf('\n', end);
        int lineStop = lineEnd < 0 ? text.length() : lineEnd;
        if (blank(text, lineStart, start) && blank(text, end, lineStop) && lineEnd >= 0) {
            return replace(text, lineStart, lineEnd + 1, "");
        }
        char before = start > 0 ? text.charAt(start - 1) : '\n';
        char after = end < text.length() ? text.charAt(end) : '\n';
        if (isWordChar(before) && isWordChar(after)) {
            return replace(text, start, end, " ");
        }
        if (before == ' ' && (after == ' ' || after == '\n' || after == '\r' || end == text.length())) {
            return replace(text, start - 1, end, "");
        }
        return replace(text, start, end, "");
    }

    static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    /** True when putting b right after a would fuse two words (or numbers) into one token. */
    static boolean fuses(char a, char b) {
        return isWordChar(a) && isWordChar(b);
    }

    private static boolean blank(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\r') {
                return false;
            }
        }
        return true;
    }
}

package dev.dslfix.lang;

/** Replace UTF-16 range [start, end) of a text with {@code newText}; start == end inserts. */
public record TextEdit(int start, int end, String newText) {

    public TextEdit {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad range " + start + ".." + end);
        }
    }

    public static TextEdit insert(int at, String text) {
        return new TextEdit(at, at, text);
    }

    public static TextEdit delete(int start, int end) {
        return new TextEdit(start, end, "");
    }
}

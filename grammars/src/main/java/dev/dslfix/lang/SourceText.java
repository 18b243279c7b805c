package dev.dslfix.lang;

import java.util.Arrays;

/**
 * A document's text with a line index. Offsets, lines and columns are 0-based here;
 * columns count UTF-16 code units (the LSP default). ANTLR counts code points, so this class
 * also converts code-point indices to UTF-16 offsets (identity unless the text has characters
 * outside the Basic Multilingual Plane).
 */
public final class SourceText {
    private final String text;
    private final int[] lineStarts;
    /** code point index -> UTF-16 offset; null when the two coincide. */
    private final int[] codePointOffsets;

    public SourceText(String text) {
        this.text = text;
        this.lineStarts = computeLineStarts(text);
        this.codePointOffsets = computeCodePointOffsets(text);
    }

    public String text() {
        return text;
    }

    public int length() {
        return text.length();
    }

    public int lineCount() {
        return lineStarts.length;
    }

    /** Line of a UTF-16 offset (clamped to the text). */
    public int lineOf(int offset) {
        int o = clamp(offset);
        int i = Arrays.binarySearch(lineStarts, o);
        return i >= 0 ? i : -i - 2;
    }

    /** UTF-16 column of an offset within its line. */
    public int columnOf(int offset) {
        int o = clamp(offset);
        return o - lineStarts[lineOf(o)];
    }

    public int lineStart(int line) {
        return lineStarts[Math.max(0, Math.min(line, lineStarts.length - 1))];
    }

    /** A line's content, without its line terminator. */
    public String lineText(int line) {
        return text.substring(lineStart(line), lineEnd(line));
    }

    /** End of a line's content, before its line terminator. */
    public int lineEnd(int line) {
        int end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
        while (end > lineStart(line) && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
            end--;
        }
        return end;
    }

    /** Offset of a (line, UTF-16 column) pair; positions past a line's end clamp to it (as LSP asks). */
    public int offsetOf(int line, int column) {
        if (line < 0) {
            return 0;
        }
        if (line >= lineStarts.length) {
            return text.length();
        }
        return Math.min(lineStarts[line] + Math.max(0, column), lineEnd(line));
    }

    /** UTF-16 offset of a code-point index, as ANTLR's CodePointCharStream reports them. */
    public int offsetOfCodePoint(int codePointIndex) {
        if (codePointOffsets == null) {
            return Math.max(0, Math.min(codePointIndex, text.length()));
        }
        return codePointOffsets[Math.max(0, Math.min(codePointIndex, codePointOffsets.length - 1))];
    }

    private int clamp(int offset) {
        return Math.max(0, Math.min(offset, text.length()));
    }

    private static int[] computeLineStarts(String text) {
        int count = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                count++;
            }
        }
        int[] starts = new int[count];
        int line = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                starts[line++] = i + 1;
            }
        }
        return starts;
    }

    private static int[] computeCodePointOffsets(String text) {
        boolean surrogates = false;
        for (int i = 0; i < text.length() && !surrogates; i++) {
            surrogates = Character.isSurrogate(text.charAt(i));
        }
        if (!surrogates) {
            return null;
        }
        int[] map = new int[text.codePointCount(0, text.length()) + 1];
        int cp = 0;
        for (int i = 0; i < text.length(); ) {
            map[cp++] = i;
            i += Character.charCount(text.codePointAt(i));
        }
        map[cp] = text.length();
        return map;
    }
}

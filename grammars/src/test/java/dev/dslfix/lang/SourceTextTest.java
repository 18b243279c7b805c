package dev.dslfix.lang;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SourceTextTest {

    @Test
    void linesAndColumnsCountUtf16Units() {
        SourceText t = new SourceText("ab\ncé😀x\r\nlast");
        assertEquals(3, t.lineCount());
        int x = t.text().indexOf('x');
        assertEquals(1, t.lineOf(x));
        // c, é, and the emoji's two surrogates come before x: column 4 in UTF-16.
        assertEquals(4, t.columnOf(x));
        assertEquals(x, t.offsetOf(1, 4));
        assertEquals(2, t.lineOf(t.text().indexOf("last")));
    }

    @Test
    void codePointIndicesMapToUtf16Offsets() {
        SourceText t = new SourceText("😀a😀b");
        // code points: 😀(0) a(1) 😀(2) b(3); UTF-16: 0,2,3,5
        assertEquals(0, t.offsetOfCodePoint(0));
        assertEquals(2, t.offsetOfCodePoint(1));
        assertEquals(3, t.offsetOfCodePoint(2));
        assertEquals(5, t.offsetOfCodePoint(3));
        assertEquals(6, t.offsetOfCodePoint(4));
    }

    @Test
    void positionsPastALineEndClampToIt() {
        SourceText t = new SourceText("abc\ndef");
        assertEquals(3, t.offsetOf(0, 99));
        assertEquals(7, t.offsetOf(5, 0));
        assertEquals(3, t.lineEnd(0));
    }

    @Test
    void lonelyCarriageReturnEndsALine() {
        SourceText t = new SourceText("a\rb\r\nc");
        assertEquals(3, t.lineCount());
        assertEquals(1, t.lineOf(2));
        assertEquals(2, t.lineOf(5));
    }
}

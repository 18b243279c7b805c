package dev.dslfix.server.lsp;

import dev.dslfix.lang.SourceText;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/** Applies LSP content changes (UTF-16 positions) to a document's text. */
final class TextEdits {
    private TextEdits() {
    }

    static String apply(String text, List<TextDocumentContentChangeEvent> changes) {
        String current = text;
        for (TextDocumentContentChangeEvent change : changes) {
            Range range = change.getRange();
            String newText = change.getText() == null ? "" : change.getText();
            if (range == null) {
                current = newText;
                continue;
            }
            SourceText source = new SourceText(current);
            int start = offset(source, range.getStart());
            int end = offset(source, range.getEnd());
            if (end < start) {
                int t = start;
                start = end;
                end = t;
            }
            current = current.substring(0, start) + newText + current.substring(end);
        }
        return current;
    }

    static int offset(SourceText source, Position p) {
        return source.offsetOf(p.getLine(), p.getCharacter());
    }

    static Position position(SourceText source, int offset) {
        return new Position(source.lineOf(offset), source.columnOf(offset));
    }

    static Range range(SourceText source, int start, int end) {
        return new Range(position(source, start), position(source, end));
    }
}

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';
import { OverlappingEditsError, applyTextEdits, editsForDocument, isCurrent, lineStarts, offsetAt, sameUri } from '../applyEdit';

function edit(line: number, character: number, endLine: number, endCharacter: number, newText: string): TextEdit {
    return { range: { start: { line, character }, end: { line: endLine, character: endCharacter } }, newText };
}

describe('lineStarts and offsetAt', () => {
    it('breaks lines at \\n, \\r\\n and \\r', () => {
        assert.deepEqual(lineStarts('a\nb\r\nc\rd'), [0, 2, 5, 7]);
        assert.deepEqual(lineStarts(''), [0]);
        assert.deepEqual(lineStarts('x\n'), [0, 2]);
    });

    it('clamps a column past the end of its line to before the line break', () => {
        const text = 'ab\r\ncd';
        const s = lineStarts(text);
        assert.equal(offsetAt(text, s, { line: 0, character: 99 }), 2);
        assert.equal(offsetAt(text, s, { line: 1, character: 1 }), 5);
        assert.equal(offsetAt(text, s, { line: 7, character: 0 }), text.length);
    });

    it('counts columns in UTF-16 code units', () => {
        const text = 'é😀x';
        const s = lineStarts(text);
        // é is one unit, 😀 two
        assert.equal(text.slice(offsetAt(text, s, { line: 0, character: 3 })), 'x');
    });
});

describe('applyTextEdits', () => {
    it('applies edits against the original positions, in any order', () => {
        const text = 'SELECT (a FROM t\nWHERE b = 1';
        const out = applyTextEdits(text, [edit(1, 6, 1, 7, 'c'), edit(0, 9, 0, 9, ')')]);
        assert.equal(out, 'SELECT (a) FROM t\nWHERE c = 1');
    });

    it('keeps the array order of inserts at one position', () => {
        assert.equal(applyTextEdits('ab', [edit(0, 1, 0, 1, 'X'), edit(0, 1, 0, 1, 'Y')]), 'aXYb');
    });

    it('handles non-ASCII text and CRLF', () => {
        const text = "SELECT '😀 café', (1\r\nFROM t;";
        // insert ')' after (1 on line 0: 😀 is 2 units, so '(1' ends at column 20
        const col = "SELECT '😀 café', (1".length;
        assert.equal(col, 20);
        assert.equal(applyTextEdits(text, [edit(0, col, 0, col, ')')]), "SELECT '😀 café', (1)\r\nFROM t;");
    });

    it('deletes across lines and replaces the whole text', () => {
        assert.equal(applyTextEdits('a\nb\nc', [edit(0, 1, 2, 0, '')]), 'ac');
        assert.equal(applyTextEdits('old', [edit(0, 0, 99, 0, 'new')]), 'new');
        assert.equal(applyTextEdits('same', []), 'same');
    });

    it('refuses overlapping edits', () => {
        assert.throws(() => applyTextEdits('abcdef', [edit(0, 0, 0, 3, 'x'), edit(0, 2, 0, 4, 'y')]), OverlappingEditsError);
    });
});

describe('editsForDocument', () => {
    const uri = 'file:///w/q.sql';

    it('reads versioned documentChanges', () => {
        const we: WorkspaceEdit = {
            documentChanges: [
                { textDocument: { uri, version: 4 }, edits: [edit(0, 0, 0, 0, 'x')] },
                { textDocument: { uri: 'file:///w/other.sql', version: 1 }, edits: [edit(0, 0, 0, 0, 'y')] },
                { kind: 'create', uri: 'file:///w/new.sql' },
            ],
        };
        const d = editsForDocument(we, uri);
        assert.equal(d.version, 4);
        assert.equal(d.edits.length, 1);
        assert.equal(d.otherChanges, 2);
        assert.equal(isCurrent(d, 4), true);
        assert.equal(isCurrent(d, 5), false);
    });

    it('reads plain changes, which carry no version', () => {
        const d = editsForDocument({ changes: { [uri]: [edit(0, 0, 0, 0, 'x')] } }, uri);
        assert.equal(d.version, undefined);
        assert.equal(d.edits.length, 1);
        assert.equal(isCurrent(d, 9), true);
    });

    it('matches percent-encoded URIs', () => {
        assert.equal(sameUri('file:///c%3A/w/q.sql', 'file:///c:/w/q.sql'), true);
        assert.equal(sameUri('file:///w/a.sql', 'file:///w/b.sql'), false);
        assert.equal(sameUri('file:///w/%E0', 'file:///w/%E0'), true);
        assert.equal(sameUri('file:///w/%E0', 'file:///w/%E1'), false);
    });
});

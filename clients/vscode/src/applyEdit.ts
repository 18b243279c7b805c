/**
 * LSP text edits applied to a string, for the diff preview (the real change goes through
 * workspace.applyEdit). Pure: no 'vscode' import. Positions are (0-based line, UTF-16 column);
 * a line ends at "\n", "\r\n" or "\r", as LSP and the dslfix server count them.
 */
import type { Position, TextEdit, WorkspaceEdit } from 'vscode-languageserver-protocol';

/** Offsets where each line starts. */
export function lineStarts(text: string): number[] {
    const starts = [0];
    for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 10 /* \n */) {
            starts.push(i + 1);
        } else if (c === 13 /* \r */) {
            if (i + 1 < text.length && text.charCodeAt(i + 1) === 10) {
                i++;
            }
            starts.push(i + 1);
        }
    }
    return starts;
}

/**
 * Offset of a position. As LSP says: a column past the end of its line means the end of the line
 * (before its line break), a line past the end means the end of the text.
 */
export function offsetAt(text: string, starts: readonly number[], pos: Position): number {
    if (pos.line < 0) {
        return 0;
    }
    if (pos.line >= starts.length) {
        return text.length;
    }
    const start = starts[pos.line];
    let end = pos.line + 1 < starts.length ? starts[pos.line + 1] : text.length;
    while (end > start && (text.charCodeAt(end - 1) === 10 || text.charCodeAt(end - 1) === 13)) {
        end--;
    }
    return Math.min(start + Math.max(0, pos.character), end);
}

export class OverlappingEditsError extends Error {
}

/**
 * Applies edits whose ranges all refer to the original text (LSP semantics). Inserts at the same
 * position keep their order in the array. Overlapping ranges are an error, as in LSP.
 */
export function applyTextEdits(text: string, edits: readonly TextEdit[]): string {
    const starts = lineStarts(text);
    const spans = edits.map((e, index) => {
        let from = offsetAt(text, starts, e.range.start);
        let to = offsetAt(text, starts, e.range.end);
        if (to < from) {
            [from, to] = [to, from];
        }
        return { from, to, text: e.newText, index };
    });
    spans.sort((a, b) => a.from - b.from || a.to - b.to || a.index - b.index);
    let out = '';
    let at = 0;
    for (const s of spans) {
        if (s.from < at) {
            throw new OverlappingEditsError(`overlapping edits at offset ${s.from}`);
        }
        out += text.slice(at, s.from) + s.text;
        at = s.to;
    }
    return out + text.slice(at);
}

/** The edits of a workspace edit for one document, and the document version they were computed for. */
export interface DocumentEdits {
    /** The version in a `documentChanges` entry; null or undefined when the server gave none. */
    version: number | null | undefined;
    edits: TextEdit[];
    /** Changes to other documents or files, which the preview does not show. */
    otherChanges: number;
}

/** Two URIs for the same document: equal, or equal once percent-decoded (`file:///c%3A/x` vs `file:///c:/x`). */
export function sameUri(a: string, b: string): boolean {
    if (a === b) {
        return true;
    }
    try {
        return decodeURIComponent(a) === decodeURIComponent(b);
    } catch {
        return false;
    }
}

/** The edits for `uri` in `edit` (from `documentChanges` when present, else from `changes`). */
export function editsForDocument(edit: WorkspaceEdit, uri: string): DocumentEdits {
    const out: DocumentEdits = { version: undefined, edits: [], otherChanges: 0 };
    if (edit.documentChanges !== undefined) {
        for (const change of edit.documentChanges) {
            if (!('textDocument' in change)) {
                out.otherChanges++; // create, rename or delete a file
            } else if (sameUri(change.textDocument.uri, uri)) {
                out.version = change.textDocument.version;
                out.edits.push(...change.edits);
            } else {
                out.otherChanges++;
            }
        }
        return out;
    }
    for (const [key, edits] of Object.entries(edit.changes ?? {})) {
        if (sameUri(key, uri)) {
            out.edits.push(...edits);
        } else {
            out.otherChanges++;
        }
    }
    return out;
}

/**
 * Whether the edit may be applied to the document at `currentVersion`: a versioned edit only to
 * the version it was computed for (vscode-languageclient's converter drops the version, so the
 * check is ours).
 */
export function isCurrent(edits: DocumentEdits, currentVersion: number): boolean {
    return edits.version === undefined || edits.version === null || edits.version === currentVersion;
}

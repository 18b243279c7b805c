/**
 * The whole-document repairs among a code-action response, in the server's order, labelled for a
 * QuickPick. Pure: no 'vscode' import.
 *
 * The server titles them "Repair document (similarity 0.97): <explanation>", or with a rank,
 * "Repair document #2 (similarity 0.91): <explanation>", when there are several.
 */
import type { CodeAction, Command } from 'vscode-languageserver-protocol';

export const REPAIR_PREFIX = 'Repair document';

export interface ParsedTitle {
    rank?: number;
    similarity?: number;
    explanation: string;
}

const TITLE = /^Repair document(?:\s+#(\d+))?\s*(?:\(similarity\s+([0-9]*\.?[0-9]+)\))?\s*:?\s*(.*)$/s;

export function parseRepairTitle(title: string): ParsedTitle | undefined {
    if (!title.startsWith(REPAIR_PREFIX)) {
        return undefined;
    }
    const m = TITLE.exec(title);
    if (m === null) {
        return { explanation: title.slice(REPAIR_PREFIX.length).trim() };
    }
    const out: ParsedTitle = { explanation: m[3].replace(/\s+/g, ' ').trim() };
    if (m[1] !== undefined) {
        out.rank = Number(m[1]);
    }
    if (m[2] !== undefined) {
        const s = Number(m[2]);
        if (Number.isFinite(s)) {
            out.similarity = s;
        }
    }
    return out;
}

export interface RepairChoice {
    /** The action as the server sent it (resolve it if it has no edit). */
    action: CodeAction;
    /** 1 = the server's best. */
    rank: number;
    similarity?: number;
    explanation: string;
    /** QuickPick label: the short explanation. */
    label: string;
    /** QuickPick description: the rank. */
    description: string;
    /** QuickPick detail: the similarity. */
    detail: string;
}

export function isCodeAction(item: Command | CodeAction): item is CodeAction {
    // A Command has a string `command`; a CodeAction has none or an object.
    return typeof (item as { command?: unknown }).command !== 'string';
}

/** Longest QuickPick label; the full explanation stays in the action's title. */
export const MAX_LABEL = 100;

export function shorten(s: string, max = MAX_LABEL): string {
    return s.length <= max ? s : s.slice(0, max - 1).trimEnd() + '…';
}

export function formatSimilarity(similarity: number | undefined): string {
    return similarity === undefined ? 'similarity unknown' : `similarity ${similarity.toFixed(2)}`;
}

/**
 * Keeps the enabled quick fixes whose titles start with "Repair document", ordered by the rank in
 * their title (the server's order where there is none), and labels them.
 */
export function repairChoices(response: readonly (Command | CodeAction)[] | null | undefined): RepairChoice[] {
    const found: { action: CodeAction; parsed: ParsedTitle; index: number }[] = [];
    (response ?? []).forEach((item, index) => {
        if (!isCodeAction(item) || item.disabled !== undefined) {
            return;
        }
        if (item.kind !== undefined && item.kind !== 'quickfix' && !item.kind.startsWith('quickfix.')) {
            return;
        }
        const parsed = parseRepairTitle(item.title);
        if (parsed !== undefined) {
            found.push({ action: item, parsed, index });
        }
    });
    found.sort((a, b) => (a.parsed.rank ?? a.index + 1) - (b.parsed.rank ?? b.index + 1) || a.index - b.index);
    return found.map((f, i) => {
        const explanation = f.parsed.explanation || f.action.title;
        return {
            action: f.action,
            rank: i + 1,
            similarity: f.parsed.similarity,
            explanation,
            label: shorten(explanation),
            description: found.length > 1 ? `#${i + 1}${i === 0 ? ' best' : ''}` : '',
            detail: formatSimilarity(f.parsed.similarity),
        };
    });
}

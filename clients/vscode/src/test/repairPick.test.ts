import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import type { CodeAction, Command } from 'vscode-languageserver-protocol';
import { formatSimilarity, parseRepairTitle, repairChoices, shorten } from '../repairPick';

function action(title: string, extra: Partial<CodeAction> = {}): CodeAction {
    return { title, kind: 'quickfix', data: { dslfix: title }, ...extra };
}

describe('parseRepairTitle', () => {
    it('reads a single candidate', () => {
        assert.deepEqual(parseRepairTitle("Repair document (similarity 0.97): inserted ')' at 3:9 to close '(' opened at 3:5"),
            { similarity: 0.97, explanation: "inserted ')' at 3:9 to close '(' opened at 3:5" });
    });

    it('reads a ranked candidate', () => {
        assert.deepEqual(parseRepairTitle('Repair document #2 (similarity 0.50): deleted \'AS\' at 18:51'),
            { rank: 2, similarity: 0.5, explanation: "deleted 'AS' at 18:51" });
    });

    it('ignores other quick fixes', () => {
        assert.equal(parseRepairTitle("Replace 'emial' with 'email'"), undefined);
        assert.equal(parseRepairTitle('repair document (similarity 1.00): x'), undefined);
    });

    it('tolerates a title without similarity', () => {
        assert.deepEqual(parseRepairTitle('Repair document: removed markdown fence'), { explanation: 'removed markdown fence' });
    });
});

describe('repairChoices', () => {
    it('keeps only whole-document repairs, ordered by rank, labelled for the QuickPick', () => {
        const response: (Command | CodeAction)[] = [
            action("Insert ')'"),
            action("Repair document #2 (similarity 0.80): deleted ','"),
            { title: 'a command', command: 'dslfix.something' },
            action("Repair document #1 (similarity 0.97): inserted ')'"),
            action('Repair document #3 (similarity 0.99): disabled one', { disabled: { reason: 'no' } }),
            action('Repair document #3 (similarity 0.60): refactor', { kind: 'refactor.rewrite' }),
        ];
        const choices = repairChoices(response);
        assert.deepEqual(choices.map((c) => [c.rank, c.label, c.description, c.detail]), [
            [1, "inserted ')'", '#1 best', 'similarity 0.97'],
            [2, "deleted ','", '#2', 'similarity 0.80'],
        ]);
        assert.equal(choices[0].action.title, "Repair document #1 (similarity 0.97): inserted ')'");
    });

    it('keeps the server order when titles carry no rank', () => {
        const choices = repairChoices([action('Repair document (similarity 0.50): b'), action('Repair document (similarity 0.90): a')]);
        assert.deepEqual(choices.map((c) => c.explanation), ['b', 'a']);
    });

    it('gives a single candidate no rank label', () => {
        const [only] = repairChoices([action('Repair document (similarity 1.00): removed the markdown fence')]);
        assert.equal(only.description, '');
        assert.equal(only.detail, 'similarity 1.00');
    });

    it('handles an empty or null response', () => {
        assert.deepEqual(repairChoices(null), []);
        assert.deepEqual(repairChoices([]), []);
    });

    it('shortens long explanations for the label', () => {
        const long = 'x'.repeat(150);
        const [c] = repairChoices([action(`Repair document (similarity 0.70): ${long}`)]);
        assert.equal(c.label.length, 100);
        assert.ok(c.label.endsWith('…'));
        assert.equal(c.explanation, long);
        assert.equal(shorten('short'), 'short');
        assert.equal(formatSimilarity(undefined), 'similarity unknown');
    });
});

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { modelLabel, parseModelStatus, statusView } from '../status';

describe('status bar', () => {
    it('says "search only" until the server reports a model', () => {
        const v = statusView('running', undefined);
        assert.equal(v.text, '$(check) dslfix: search only');
        assert.match(v.tooltip, /repair: search only/);
        assert.equal(v.error, false);
    });

    it('shows the server state when it is not running', () => {
        assert.equal(statusView('starting', undefined).text, '$(sync~spin) dslfix: starting');
        assert.equal(statusView('stopped', undefined).text, '$(circle-slash) dslfix: stopped');
        const e = statusView('error', undefined, 'java not found');
        assert.equal(e.error, true);
        assert.match(e.tooltip, /java not found/);
        assert.match(e.tooltip, /Click to restart/);
    });

    it('shows the model once reported', () => {
        const model = parseModelStatus({ state: 'ready', device: 'gpu', languages: ['sql', 'playbook'], extra: 1 });
        assert.deepEqual(model, { state: 'ready', device: 'gpu', languages: ['sql', 'playbook'] });
        const v = statusView('running', model);
        assert.equal(v.text, '$(check) dslfix: model (gpu)');
        assert.match(v.tooltip, /model languages: sql, playbook/);
        assert.equal(modelLabel({ state: 'loading' }), 'model loading');
        assert.equal(modelLabel({ state: 'error', message: 'no weights' }), 'model failed: search only');
        assert.equal(modelLabel({ state: 'none' }), 'search only');
    });

    it('ignores malformed model notifications', () => {
        assert.equal(parseModelStatus(null), undefined);
        assert.equal(parseModelStatus({ state: 'great' }), undefined);
        assert.equal(parseModelStatus('ready'), undefined);
    });
});

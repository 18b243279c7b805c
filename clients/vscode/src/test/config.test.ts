import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import {
    Env,
    documentSelector,
    expandPath,
    languagesFromConfigFile,
    normaliseExtension,
    readSettings,
    resolveJavaPath,
    resolveServerJar,
    restartKey,
    serverArgs,
    toServerConfig,
} from '../config';

const linux: Env = { vars: {}, platform: 'linux', home: '/home/ann', workspaceFolder: '/work/proj' };

function reader(values: Record<string, unknown>): (key: string) => unknown {
    return (key) => values[key];
}

describe('readSettings', () => {
    it('leaves unset settings undefined, so dslfix.json keeps them', () => {
        const { settings, problems } = readSettings(reader({}));
        assert.deepEqual(problems, []);
        assert.deepEqual(toServerConfig(settings), {});
    });

    it('maps the settings to the server configuration shape', () => {
        const { settings, problems } = readSettings(reader({
            languages: [{ id: 'calc', grammar: 'grammars/Calc.g4', start: 'program', extensions: ['.calc'] }],
            'repair.aggressiveness': 'thorough',
            'repair.top': 3,
            'model.device': 'cpu',
            'server.path': '  ',
            'java.path': '/opt/jdk/bin/java',
        }));
        assert.deepEqual(problems, []);
        assert.equal(settings.serverPath, undefined, 'blank path is unset');
        assert.equal(settings.javaPath, '/opt/jdk/bin/java');
        assert.deepEqual(toServerConfig(settings), {
            languages: [{ id: 'calc', grammar: 'grammars/Calc.g4', start: 'program', extensions: ['.calc'] }],
            repair: { aggressiveness: 'thorough', top: 3 },
            model: { device: 'cpu' },
        });
    });

    it('sends only the repair keys that are set', () => {
        const { settings } = readSettings(reader({ 'repair.top': 7 }));
        assert.deepEqual(toServerConfig(settings), { repair: { top: 7 } });
    });

    it('keeps split grammars as lists', () => {
        const { settings } = readSettings(reader({
            languages: [{ grammar: ['IniLexer.g4', 'IniParser.g4'], start: 'file', extensions: ['.ini'] }],
        }));
        assert.deepEqual(toServerConfig(settings).languages, [{ grammar: ['IniLexer.g4', 'IniParser.g4'], start: 'file', extensions: ['.ini'] }]);
    });

    it('reports and drops bad values instead of sending them', () => {
        const { settings, problems } = readSettings(reader({
            'repair.aggressiveness': 'wild',
            'repair.top': 0,
            'model.device': 'tpu',
            languages: [{ grammar: 'A.g4' }, { grammar: [], start: 'x' }, 'calc', { grammar: 'B.g4', start: 'b', extensions: '.b' },
                { grammar: 'C.g4', start: 'c' }],
        }));
        assert.deepEqual(problems.map((p) => p.key), ['repair.aggressiveness', 'repair.top', 'model.device',
            'languages[0]', 'languages[1]', 'languages[2]', 'languages[3]']);
        assert.deepEqual(toServerConfig(settings), { languages: [{ grammar: 'C.g4', start: 'c' }] });
    });

    it('rejects a fractional or too large top', () => {
        assert.equal(readSettings(reader({ 'repair.top': 2.5 })).problems.length, 1);
        assert.equal(readSettings(reader({ 'repair.top': 51 })).problems.length, 1);
        assert.equal(readSettings(reader({ 'repair.top': 50 })).settings.top, 50);
    });
});

describe('resolveJavaPath', () => {
    it('prefers the setting', () => {
        const { settings } = readSettings(reader({ 'java.path': '~/jdk/bin/java' }));
        assert.deepEqual(resolveJavaPath(settings, { ...linux, vars: { JAVA_HOME: '/opt/jdk' } }),
            { path: '/home/ann/jdk/bin/java', source: 'setting' });
    });

    it('uses JAVA_HOME/bin/java when JAVA_HOME is set', () => {
        assert.deepEqual(resolveJavaPath({}, { ...linux, vars: { JAVA_HOME: '/opt/jdk-17' } }),
            { path: '/opt/jdk-17/bin/java', source: 'JAVA_HOME' });
        assert.deepEqual(resolveJavaPath({}, { vars: { JAVA_HOME: 'C:\\jdk' }, platform: 'win32', home: 'C:\\Users\\a' }),
            { path: 'C:\\jdk\\bin\\java.exe', source: 'JAVA_HOME' });
    });

    it('falls back to java on PATH', () => {
        assert.deepEqual(resolveJavaPath({}, linux), { path: 'java', source: 'PATH' });
        assert.deepEqual(resolveJavaPath({}, { ...linux, vars: { JAVA_HOME: '  ' } }), { path: 'java', source: 'PATH' });
    });

    it('keeps a bare program name for PATH lookup', () => {
        const { settings } = readSettings(reader({ 'java.path': 'java17' }));
        assert.equal(resolveJavaPath(settings, linux).path, 'java17');
    });
});

describe('resolveServerJar', () => {
    const none = (): boolean => false;
    const all = (): boolean => true;

    it('uses the bundled jar when there is one', () => {
        assert.deepEqual(resolveServerJar({}, linux, '/ext/dslfix', all), { path: '/ext/dslfix/server/dslfix.jar', source: 'bundled' });
        assert.equal(resolveServerJar({}, linux, '/ext/dslfix', none), undefined);
    });

    it('resolves the setting against the workspace folder and expands variables', () => {
        const r = (p: string): string | undefined => resolveServerJar({ serverPath: p }, linux, '/ext', none)?.path;
        assert.equal(r('server/target/dslfix.jar'), '/work/proj/server/target/dslfix.jar');
        assert.equal(r('dslfix.jar'), '/work/proj/dslfix.jar');
        assert.equal(r('${workspaceFolder}/x/dslfix.jar'), '/work/proj/x/dslfix.jar');
        assert.equal(r('~/dslfix.jar'), '/home/ann/dslfix.jar');
        assert.equal(r('/abs/dslfix.jar'), '/abs/dslfix.jar');
    });

    it('expands ${env:NAME}', () => {
        assert.equal(expandPath('${env:JARS}/dslfix.jar', { ...linux, vars: { JARS: '/srv/jars' } }), '/srv/jars/dslfix.jar');
    });

    it('starts the server with serve', () => {
        assert.deepEqual(serverArgs('/x/dslfix.jar'), ['-jar', '/x/dslfix.jar', 'serve']);
    });
});

describe('documentSelector', () => {
    it('covers sql, playbooks and shell scripts in files and unsaved editors only', () => {
        assert.deepEqual(documentSelector([]), [
            { scheme: 'file', language: 'sql' },
            { scheme: 'file', language: 'dslfix-playbook' },
            { scheme: 'file', language: 'shellscript' },
            { scheme: 'untitled', language: 'sql' },
            { scheme: 'untitled', language: 'dslfix-playbook' },
            { scheme: 'untitled', language: 'shellscript' },
        ]);
    });

    it('adds a file pattern per run-time language extension, without duplicates', () => {
        const sel = documentSelector([
            { grammar: 'Calc.g4', start: 'program', extensions: ['.calc', 'calc2'] },
            { grammar: 'Other.g4', start: 'x', extensions: ['.calc', ''] },
            { grammar: 'NoExt.g4', start: 'x' },
        ]);
        assert.deepEqual(sel.filter((f) => f.pattern !== undefined), [
            { scheme: 'file', pattern: '**/*.calc' },
            { scheme: 'untitled', pattern: '**/*.calc' },
            { scheme: 'file', pattern: '**/*.calc2' },
            { scheme: 'untitled', pattern: '**/*.calc2' },
        ]);
    });

    it('escapes glob characters in extensions', () => {
        const sel = documentSelector([{ grammar: 'G.g4', start: 's', extensions: ['.a{b}'] }]);
        assert.equal(sel.find((f) => f.pattern)?.pattern, '**/*.a[{]b[}]');
    });

    it('normalises extensions', () => {
        assert.equal(normaliseExtension('calc'), '.calc');
        assert.equal(normaliseExtension(' .calc '), '.calc');
        assert.equal(normaliseExtension('.'), undefined);
    });
});

describe('languagesFromConfigFile', () => {
    it('reads dslfix.json with comments and trailing commas, as the server does', () => {
        const text = `{
          // run-time grammars
          "languages": [
            { "id": "calc", "grammar": "grammars/Calc.g4", "start": "program", "extensions": [".calc"], },
            { "id": "broken" },
          ],
          "sql": { "schemaFiles": ["db/*.sql"] },
        }`;
        assert.deepEqual(languagesFromConfigFile(text), [
            { id: 'calc', grammar: 'grammars/Calc.g4', start: 'program', extensions: ['.calc'] },
        ]);
    });

    it('gives nothing for a file that does not parse or has no languages', () => {
        assert.deepEqual(languagesFromConfigFile('{ "languages": [ '), []);
        assert.deepEqual(languagesFromConfigFile('[]'), []);
        assert.deepEqual(languagesFromConfigFile('{"sql": {}}'), []);
    });
});

describe('restartKey', () => {
    it('changes with Java, the jar, the selector and the root only', () => {
        const sel = documentSelector([]);
        assert.equal(restartKey('java', '/a.jar', sel), restartKey('java', '/a.jar', documentSelector([])));
        assert.notEqual(restartKey('java', '/a.jar', sel), restartKey('/jdk/bin/java', '/a.jar', sel));
        assert.notEqual(restartKey('java', '/a.jar', sel), restartKey('java', '/b.jar', sel));
        assert.notEqual(restartKey('java', '/a.jar', sel),
            restartKey('java', '/a.jar', documentSelector([{ grammar: 'G.g4', start: 's', extensions: ['.g'] }])));
        assert.notEqual(restartKey('java', '/a.jar', sel, '/w1'), restartKey('java', '/a.jar', sel, '/w2'));
    });
});

import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { RunResult, checkJar, checkJava, parseJavaVersion } from '../javaCheck';
import { runCommand } from '../run';

const ok = (output: string) => (): Promise<RunResult> => Promise.resolve({ exitCode: 0, output });

describe('parseJavaVersion', () => {
    it('reads modern and 1.x version strings', () => {
        assert.equal(parseJavaVersion('openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment'), 17);
        assert.equal(parseJavaVersion('java version "21" 2023-09-19 LTS'), 21);
        assert.equal(parseJavaVersion('java version "1.8.0_392"'), 8);
        assert.equal(parseJavaVersion('openjdk version "22-ea" 2024-03-19'), 22);
        assert.equal(parseJavaVersion('no version here'), undefined);
    });
});

describe('checkJava', () => {
    it('accepts Java 17 and newer', async () => {
        assert.equal(await checkJava('java', 'PATH', ok('openjdk version "17.0.15" 2025-04-15')), undefined);
        assert.equal(await checkJava('java', 'PATH', ok('openjdk version "25" 2025-09-16')), undefined);
    });

    it('names the setting when java is missing', async () => {
        const p = await checkJava('/opt/nojdk/bin/java', 'JAVA_HOME',
            () => Promise.resolve({ errorCode: 'ENOENT', errorMessage: 'spawn ENOENT', exitCode: null, output: '' }));
        assert.ok(p);
        assert.match(p.message, /was not found/);
        assert.match(p.message, /from JAVA_HOME/);
        assert.equal(p.setting, 'dslfix.java.path');
    });

    it('rejects an old Java', async () => {
        const p = await checkJava('java', 'PATH', ok('java version "1.8.0_392"'));
        assert.match(p?.message ?? '', /is Java 8/);
    });

    it('reports a failing java -version with its first line', async () => {
        const p = await checkJava('java', 'setting',
            () => Promise.resolve({ exitCode: 1, output: 'Error: could not find libjava.so\nmore' }));
        assert.match(p?.message ?? '', /exit code 1: Error: could not find libjava.so$/);
    });

    it('reports a timeout and a runner that throws', async () => {
        assert.match((await checkJava('java', 'PATH', () => Promise.resolve({ exitCode: null, output: '', timedOut: true })))?.message ?? '',
            /did not answer/);
        assert.match((await checkJava('java', 'PATH', () => Promise.reject(new Error('boom'))))?.message ?? '', /boom/);
    });
});

describe('checkJar', () => {
    it('explains a missing bundled jar, a missing configured jar, and no jar at all', () => {
        assert.equal(checkJar('/x/dslfix.jar', 'setting', () => true), undefined);
        assert.match(checkJar('/x/dslfix.jar', 'setting', () => false)?.message ?? '', /not found: \/x\/dslfix.jar/);
        assert.match(checkJar('/e/server/dslfix.jar', 'bundled', () => false)?.message ?? '', /bundled server jar is missing/);
        const none = checkJar(undefined, undefined, () => false);
        assert.match(none?.message ?? '', /set dslfix.server.path/);
        assert.equal(none?.setting, 'dslfix.server.path');
    });
});

describe('runCommand', () => {
    it('reports ENOENT for a program that does not exist', async () => {
        const r = await runCommand('/nonexistent/dslfix-test/java', ['-version']);
        assert.equal(r.errorCode, 'ENOENT');
    });

    it('collects stderr and the exit code', async () => {
        const r = await runCommand(process.execPath, ['-e', 'console.error(\'openjdk version "17.0.1"\'); process.exit(3)']);
        assert.equal(r.exitCode, 3);
        assert.equal(parseJavaVersion(r.output), 17);
    });

    it('gives up after the timeout', async () => {
        const r = await runCommand(process.execPath, ['-e', 'setTimeout(() => {}, 10000)'], 200);
        assert.equal(r.timedOut, true);
    });
});

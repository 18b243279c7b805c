/**
 * The requests the extension makes, against the real server (java -jar dslfix.jar serve), with
 * the capabilities vscode-languageclient 9 announces (code-action resolve of `edit`, versioned
 * documentChanges, and — as the extension arranges — no pull diagnostics). No VS Code needed.
 * Skipped when the jar or Java is missing: build it with `mvn -q package -DskipTests` at the
 * repository root, or point DSLFIX_JAR at one.
 */
import { strict as assert } from 'node:assert';
import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
    CodeAction,
    CodeActionRequest,
    CodeActionResolveRequest,
    CodeActionTriggerKind,
    Command,
    DidChangeConfigurationNotification,
    DidChangeTextDocumentNotification,
    DidOpenTextDocumentNotification,
    ExitNotification,
    InitializeRequest,
    InitializedNotification,
    LSPErrorCodes,
    ProtocolConnection,
    PublishDiagnosticsNotification,
    PublishDiagnosticsParams,
    ResponseError,
    ShutdownRequest,
    StreamMessageReader,
    StreamMessageWriter,
    createProtocolConnection,
} from 'vscode-languageserver-protocol/node';
import { applyTextEdits, editsForDocument, isCurrent } from '../applyEdit';
import { readSettings, serverArgs, toServerConfig } from '../config';
import { repairChoices } from '../repairPick';

function findJar(): string | undefined {
    const candidates = [
        process.env.DSLFIX_JAR,
        path.resolve(__dirname, '../../../../server/target/dslfix.jar'),
        path.resolve(__dirname, '../../server/dslfix.jar'),
    ];
    return candidates.find((p) => p !== undefined && fs.existsSync(p));
}

const jar = findJar();
const javaOk = spawnSync('java', ['-version']).status === 0;
const skip = jar === undefined ? 'no dslfix.jar (build the server or set DSLFIX_JAR)' : !javaOk ? 'no java on PATH' : false;

const URI = 'file:///tmp/dslfix-vscode-test/report.sql';
// Non-ASCII before the error: columns must count UTF-16 units (😀 is two).
const BROKEN = "CREATE TABLE t (id INTEGER, name TEXT);\nSELECT name, '😀 café' FROM t WHERE (id = 1;\n";

describe('against the dslfix server', { skip }, () => {
    let proc: ChildProcess;
    let conn: ProtocolConnection;
    const published: PublishDiagnosticsParams[] = [];
    let waiters: (() => void)[] = [];
    let stderr = '';

    function diagnosticsFor(version: number, timeoutMs = 20000): Promise<PublishDiagnosticsParams> {
        return new Promise((resolve, reject) => {
            const timer = setTimeout(() => reject(new Error(`no diagnostics for version ${version}; server said:\n${stderr}`)), timeoutMs);
            const check = (): boolean => {
                const p = published.find((x) => x.uri === URI && x.version === version);
                if (p) {
                    clearTimeout(timer);
                    resolve(p);
                    return true;
                }
                return false;
            };
            if (!check()) {
                waiters.push(() => void check());
            }
        });
    }

    function wholeDocument(text: string): { start: { line: number; character: number }; end: { line: number; character: number } } {
        const lines = text.split(/\r\n|\r|\n/);
        return { start: { line: 0, character: 0 }, end: { line: lines.length - 1, character: lines[lines.length - 1].length } };
    }

    function codeActions(text: string, triggerKind: CodeActionTriggerKind): Promise<(Command | CodeAction)[] | null> {
        return conn.sendRequest(CodeActionRequest.type, {
            textDocument: { uri: URI },
            range: wholeDocument(text),
            context: { diagnostics: [], only: ['quickfix'], triggerKind },
        });
    }

    before(async () => {
        // What the extension sends when the user set repair.top and nothing else.
        const init = toServerConfig(readSettings((k) => (k === 'repair.top' ? 3 : undefined)).settings);
        proc = spawn('java', [...serverArgs(jar!), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
        proc.stderr!.on('data', (d: Buffer) => { stderr += d.toString(); });
        conn = createProtocolConnection(new StreamMessageReader(proc.stdout!), new StreamMessageWriter(proc.stdin!));
        conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
            published.push(p);
            const w = waiters;
            waiters = [];
            w.forEach((f) => f());
        });
        conn.onRequest('client/registerCapability', () => null);
        conn.onRequest('workspace/configuration', () => []);
        conn.onNotification('window/showMessage', (m: { message: string }) => { stderr += `showMessage: ${m.message}\n`; });
        conn.listen();
        const result = await conn.sendRequest(InitializeRequest.type, {
            processId: process.pid,
            rootUri: null,
            workspaceFolders: null,
            initializationOptions: init,
            capabilities: {
                workspace: { workspaceEdit: { documentChanges: true }, didChangeConfiguration: { dynamicRegistration: true } },
                textDocument: {
                    synchronization: { dynamicRegistration: true },
                    publishDiagnostics: { versionSupport: true },
                    codeAction: {
                        dynamicRegistration: true, isPreferredSupport: true, disabledSupport: true, dataSupport: true,
                        resolveSupport: { properties: ['edit'] },
                        codeActionLiteralSupport: { codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'source'] } },
                    },
                    // no `diagnostic`: the extension removes pull support (see PushDiagnosticsOnly)
                },
            },
        });
        assert.equal(result.capabilities.diagnosticProvider, undefined, 'no pull diagnostics when the client does not ask');
        assert.ok(result.capabilities.codeActionProvider);
        await conn.sendNotification(InitializedNotification.type, {});
        // What the extension's middleware sends on a settings change.
        await conn.sendNotification(DidChangeConfigurationNotification.type, { settings: { dslfix: init } });
        await conn.sendNotification(DidOpenTextDocumentNotification.type,
            { textDocument: { uri: URI, languageId: 'sql', version: 1, text: BROKEN } });
    });

    after(async () => {
        if (conn !== undefined) {
            try {
                await conn.sendRequest(ShutdownRequest.type);
                await conn.sendNotification(ExitNotification.type);
            } catch {
                // the process may be gone already
            }
            conn.dispose();
        }
        if (proc !== undefined && proc.exitCode === null) {
            await new Promise<void>((resolve) => {
                const t = setTimeout(() => { proc.kill(); resolve(); }, 5000);
                proc.on('exit', () => { clearTimeout(t); resolve(); });
            });
        }
    });

    it('publishes the syntax error at a UTF-16 position', async () => {
        const p = await diagnosticsFor(1);
        assert.equal(p.diagnostics.length, 1);
        const d = p.diagnostics[0];
        assert.equal(d.code, 'syntax');
        assert.deepEqual(d.range.start, { line: 1, character: 43 });
        assert.equal(BROKEN.split('\n')[1].charAt(43), ';');
    });

    it('offers no whole-document repair for automatic requests (the light bulb)', async () => {
        const choices = repairChoices(await codeActions(BROKEN, CodeActionTriggerKind.Automatic));
        assert.deepEqual(choices, []);
    });

    it('offers ranked repairs, resolves one, and its edit fixes the document', async () => {
        const response = await codeActions(BROKEN, CodeActionTriggerKind.Invoked);
        const choices = repairChoices(response);
        assert.ok(choices.length >= 1, `no repair among ${JSON.stringify(response?.map((a) => a.title))}`);
        assert.ok(choices.length <= 3, 'repair.top from the settings is honoured');
        const best = choices[0];
        assert.match(best.label, /inserted '\)'/);
        assert.ok(best.similarity !== undefined && best.similarity > 0.5);
        assert.equal(best.action.edit, undefined, 'with resolve support the edit stays on the server');

        const resolved = await conn.sendRequest(CodeActionResolveRequest.type, best.action);
        assert.ok(resolved.edit, 'resolve gives the edit');
        const edits = editsForDocument(resolved.edit, URI);
        assert.equal(edits.version, 1, 'the edit names the version it was computed for');
        assert.ok(isCurrent(edits, 1));
        const repaired = applyTextEdits(BROKEN, edits.edits);
        assert.equal(repaired, BROKEN.replace('(id = 1;', '(id = 1);'));

        await conn.sendNotification(DidChangeTextDocumentNotification.type,
            { textDocument: { uri: URI, version: 2 }, contentChanges: [{ text: repaired }] });
        const after = await diagnosticsFor(2);
        assert.deepEqual(after.diagnostics, [], 'the repaired document is clean');
    });

    it('answers ContentModified when the document changed before resolve', async () => {
        await conn.sendNotification(DidChangeTextDocumentNotification.type,
            { textDocument: { uri: URI, version: 3 }, contentChanges: [{ text: BROKEN }] });
        await diagnosticsFor(3);
        const [first] = repairChoices(await codeActions(BROKEN, CodeActionTriggerKind.Invoked));
        assert.ok(first);
        await conn.sendNotification(DidChangeTextDocumentNotification.type,
            { textDocument: { uri: URI, version: 4 }, contentChanges: [{ text: BROKEN + '\n' }] });
        await assert.rejects(conn.sendRequest(CodeActionResolveRequest.type, first.action),
            (e: unknown) => e instanceof ResponseError && e.code === LSPErrorCodes.ContentModified);
    });
});

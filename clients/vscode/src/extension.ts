/**
 * The VS Code side of dslfix: starts the server (java -jar dslfix.jar serve, LSP over stdio),
 * keeps its settings in sync, shows its state, and offers "dslfix: Repair document" with a diff
 * preview. The decisions live in small modules without 'vscode' (config, repairPick, applyEdit,
 * javaCheck, status); this file only wires them to the editor.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import {
    ClientCapabilities,
    CodeAction,
    CodeActionRequest,
    CodeActionResolveRequest,
    CodeActionTriggerKind,
    DidChangeConfigurationNotification,
    FeatureState,
    LanguageClient,
    LanguageClientOptions,
    LSPErrorCodes,
    ResponseError,
    ServerOptions,
    State,
    StaticFeature,
    TransportKind,
} from 'vscode-languageclient/node';
import { applyTextEdits, editsForDocument, isCurrent } from './applyEdit';
import {
    DocumentFilter,
    Env,
    LanguageSetting,
    documentSelector,
    languagesFromConfigFile,
    readSettings,
    resolveJavaPath,
    resolveServerJar,
    restartKey,
    serverArgs,
    toServerConfig,
} from './config';
import { CheckProblem, checkJar, checkJava } from './javaCheck';
import { RepairChoice, repairChoices } from './repairPick';
import { runCommand } from './run';
import { MODEL_STATUS_NOTIFICATION, ModelStatusParams, ServerState, parseModelStatus, statusView } from './status';

const SECTION = 'dslfix';
const PREVIEW_SCHEME = 'dslfix-preview';
const CONFIG_FILE = 'dslfix.json';

let controller: Controller | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
    controller = new Controller(context);
    context.subscriptions.push(controller);
    await controller.start();
}

export async function deactivate(): Promise<void> {
    await controller?.stopClient();
}

/**
 * The server pushes diagnostics always and also offers pull diagnostics when the client
 * announces them. vscode-languageclient keeps pushed and pulled diagnostics in two collections,
 * so every problem would be listed twice, and the pulled ones go stale when the server re-checks
 * after a grammar or dslfix.json change (it pushes then, but sends no refresh). Announcing no pull
 * support keeps one, current, set. Registered after the built-in features, so it runs last.
 */
class PushDiagnosticsOnly implements StaticFeature {
    fillClientCapabilities(capabilities: ClientCapabilities): void {
        if (capabilities.textDocument) {
            delete capabilities.textDocument.diagnostic;
        }
    }
    initialize(): void {
        // nothing to set up
    }
    getState(): FeatureState {
        return { kind: 'static' };
    }
    clear(): void {
        // nothing to clear
    }
}

/** Read-only documents holding the repaired text, for the diff preview. */
class PreviewContent implements vscode.TextDocumentContentProvider {
    private readonly texts = new Map<string, string>();
    private readonly changed = new vscode.EventEmitter<vscode.Uri>();
    readonly onDidChange = this.changed.event;
    private counter = 0;

    create(original: vscode.Uri, text: string): vscode.Uri {
        // Same file name, so the preview gets the same language (highlighting) as the original.
        const name = path.posix.basename(original.path) || 'document';
        const uri = vscode.Uri.from({ scheme: PREVIEW_SCHEME, path: `/${name}`, query: String(++this.counter) });
        this.texts.set(uri.toString(), text);
        this.changed.fire(uri);
        return uri;
    }

    delete(uri: vscode.Uri): void {
        this.texts.delete(uri.toString());
    }

    provideTextDocumentContent(uri: vscode.Uri): string {
        return this.texts.get(uri.toString()) ?? '';
    }

    dispose(): void {
        this.changed.dispose();
        this.texts.clear();
    }
}

class Controller implements vscode.Disposable {
    private readonly output: vscode.OutputChannel;
    private readonly statusItem: vscode.StatusBarItem;
    private readonly preview = new PreviewContent();
    private readonly disposables: vscode.Disposable[] = [];
    private client: LanguageClient | undefined;
    private clientDisposables: vscode.Disposable[] = [];
    private startedWith: string | undefined;
    private selector: DocumentFilter[] = [];
    private serverState: ServerState = 'stopped';
    private model: ModelStatusParams | undefined;
    private statusDetail: string | undefined;
    /** Serialises start, stop and restart. */
    private queue: Promise<void> = Promise.resolve();

    constructor(private readonly context: vscode.ExtensionContext) {
        this.output = vscode.window.createOutputChannel('dslfix');
        this.statusItem = vscode.window.createStatusBarItem('dslfix.status', vscode.StatusBarAlignment.Right, 100);
        this.statusItem.name = 'dslfix';
        this.showStatus('stopped');
        this.statusItem.show();
        this.disposables.push(
            this.output,
            this.statusItem,
            this.preview,
            vscode.workspace.registerTextDocumentContentProvider(PREVIEW_SCHEME, this.preview),
            vscode.commands.registerCommand('dslfix.repairDocument', () => this.repairDocument()),
            vscode.commands.registerCommand('dslfix.restartServer', () => this.restart(true)),
            vscode.commands.registerCommand('dslfix.showOutput', () => this.output.show(true)),
            vscode.commands.registerCommand('dslfix.statusClicked', () =>
                this.serverState === 'running' ? this.output.show(true) : this.restart(true)),
            vscode.workspace.onDidChangeConfiguration((e) => {
                if (e.affectsConfiguration(SECTION)) {
                    void this.restart(false); // restarts only when Java, the jar or the selector changed
                }
            }),
            vscode.workspace.onDidChangeWorkspaceFolders(() => void this.restart(false)),
        );
        // dslfix.json may add languages (file extensions the client must send to the server).
        const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`);
        const onConfigFile = (): void => void this.restart(false);
        this.disposables.push(watcher, watcher.onDidCreate(onConfigFile), watcher.onDidChange(onConfigFile),
            watcher.onDidDelete(onConfigFile));
        this.statusItem.command = 'dslfix.statusClicked';
    }

    dispose(): void {
        void this.stopClient();
        for (const d of this.disposables) {
            d.dispose();
        }
    }

    start(): Promise<void> {
        return this.enqueue(() => this.startClient());
    }

    /** Restarts when forced, or when what the client was started with has changed. */
    restart(force: boolean): Promise<void> {
        return this.enqueue(async () => {
            if (!force && this.startedWith !== undefined && this.startedWith === this.plan().key) {
                return; // other settings reach the running server through didChangeConfiguration
            }
            if (!force && this.startedWith === undefined) {
                return; // stopped on purpose (or never started): a settings change does not start it
            }
            await this.stopClientNow();
            await this.startClient();
        });
    }

    async stopClient(): Promise<void> {
        await this.enqueue(() => this.stopClientNow());
    }

    private enqueue(job: () => Promise<void>): Promise<void> {
        const next = this.queue.then(job, job);
        this.queue = next.catch(() => undefined);
        return next;
    }

    // ------------------------------------------------------------------ settings

    private env(): Env {
        return {
            vars: process.env,
            platform: process.platform,
            home: os.homedir(),
            workspaceFolder: vscode.workspace.workspaceFolders?.[0]?.uri.fsPath,
        };
    }

    /** The user's explicit settings only: unset ones stay with dslfix.json on the server. */
    private readSettings(): ReturnType<typeof readSettings> {
        const config = vscode.workspace.getConfiguration(SECTION);
        return readSettings((key) => {
            const i = config.inspect(key);
            return i?.workspaceFolderValue ?? i?.workspaceValue ?? i?.globalValue;
        });
    }

    /** Languages from dslfix.json in the first workspace folder, where the server reads it. */
    private configFileLanguages(): LanguageSetting[] {
        const folder = vscode.workspace.workspaceFolders?.[0];
        if (folder === undefined || folder.uri.scheme !== 'file') {
            return [];
        }
        try {
            return languagesFromConfigFile(fs.readFileSync(path.join(folder.uri.fsPath, CONFIG_FILE), 'utf8'));
        } catch {
            return [];
        }
    }

    private plan(): { java: ReturnType<typeof resolveJavaPath>; jar: ReturnType<typeof resolveServerJar>;
        selector: DocumentFilter[]; key: string } {
        const { settings } = this.readSettings();
        const env = this.env();
        const java = resolveJavaPath(settings, env);
        const jar = resolveServerJar(settings, env, this.context.extensionPath, isFile);
        // Settings' languages replace those of dslfix.json on the server; the selector follows.
        const selector = documentSelector(settings.languages ?? this.configFileLanguages());
        return { java, jar, selector, key: restartKey(java.path, jar?.path, selector, env.workspaceFolder) };
    }

    // ------------------------------------------------------------------ client lifecycle

    private async startClient(): Promise<void> {
        this.model = undefined;
        const { settings, problems } = this.readSettings();
        for (const p of problems) {
            this.output.appendLine(`setting dslfix.${p.key} ignored: ${p.message}`);
        }
        if (problems.length > 0) {
            void vscode.window.showWarningMessage(
                `dslfix: ${problems.map((p) => `dslfix.${p.key} ${p.message}`).join('; ')} (ignored).`);
        }
        const plan = this.plan();
        this.startedWith = plan.key;
        this.selector = plan.selector;
        this.showStatus('starting');

        const jarProblem = checkJar(plan.jar?.path, plan.jar?.source, isFile);
        if (jarProblem !== undefined) {
            this.fail(jarProblem);
            return;
        }
        const javaProblem = await checkJava(plan.java.path, plan.java.source, runCommand);
        if (javaProblem !== undefined) {
            this.fail(javaProblem);
            return;
        }
        const jar = plan.jar!.path;
        this.output.appendLine(`starting: ${plan.java.path} ${serverArgs(jar).join(' ')} (java from ${plan.java.source})`);

        const serverOptions: ServerOptions = {
            command: plan.java.path,
            args: serverArgs(jar),
            transport: TransportKind.stdio,
            options: { cwd: this.env().workspaceFolder ?? path.dirname(jar) },
        };
        const watchers = [
            vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE}`),
            vscode.workspace.createFileSystemWatcher('**/*.g4'),
        ];
        const clientOptions: LanguageClientOptions = {
            documentSelector: plan.selector,
            initializationOptions: toServerConfig(settings),
            outputChannel: this.output,
            synchronize: {
                configurationSection: SECTION,
                // The server re-reads dslfix.json and reloads grammars when told (it also polls grammars).
                fileEvents: watchers,
            },
            middleware: {
                workspace: {
                    // Send the server's config shape, not VS Code's raw `dslfix` section (which
                    // holds defaults that would override dslfix.json, and client-only keys).
                    didChangeConfiguration: async () => {
                        const c = this.client;
                        if (c !== undefined) {
                            await c.sendNotification(DidChangeConfigurationNotification.type,
                                { settings: { dslfix: toServerConfig(this.readSettings().settings) } });
                        }
                    },
                },
            },
        };
        const client = new LanguageClient('dslfix', 'dslfix', serverOptions, clientOptions);
        client.registerFeature(new PushDiagnosticsOnly());
        this.client = client;
        this.clientDisposables = [
            ...watchers,
            client.onDidChangeState((e) => {
                if (this.client !== client) {
                    return; // a client being stopped on purpose
                }
                if (e.newState === State.Running) {
                    this.showStatus('running');
                } else if (e.newState === State.Starting) {
                    this.showStatus('starting');
                } else {
                    // Not stopped by us: the server exited (vscode-languageclient restarts it a few times).
                    this.showStatus('error', 'the server stopped; see the dslfix output');
                }
            }),
            // Model hook: a server with a resident model says so; until then "search only".
            client.onNotification(MODEL_STATUS_NOTIFICATION, (params: unknown) => {
                const parsed = parseModelStatus(params);
                if (parsed !== undefined && this.client === client) {
                    this.model = parsed;
                    this.showStatus(this.serverState);
                }
            }),
        ];
        try {
            await client.start();
            const info = client.initializeResult?.serverInfo;
            this.statusDetail = info ? `${info.name} ${info.version ?? ''}`.trim() : undefined;
            this.showStatus('running');
        } catch (e) {
            this.output.appendLine(`the server did not start: ${errorText(e)}`);
            this.showStatus('error', `did not start: ${errorText(e)}`);
            // Not awaited: activation and the restart queue must not wait for the user.
            void vscode.window.showErrorMessage(`dslfix: the server did not start: ${errorText(e)}`, 'Show Output', 'Open Settings')
                .then((choice) => {
                    if (choice === 'Show Output') {
                        this.output.show(true);
                    } else if (choice === 'Open Settings') {
                        void vscode.commands.executeCommand('workbench.action.openSettings', SECTION);
                    }
                });
        }
    }

    private async stopClientNow(): Promise<void> {
        const client = this.client;
        this.client = undefined;
        this.startedWith = undefined;
        for (const d of this.clientDisposables) {
            d.dispose();
        }
        this.clientDisposables = [];
        if (client !== undefined) {
            try {
                await client.dispose(3000); // shutdown + exit, then disposes the client's listeners
            } catch (e) {
                this.output.appendLine(`stopping the server: ${errorText(e)}`);
            }
        }
        this.showStatus('stopped');
    }

    private fail(problem: CheckProblem): void {
        this.output.appendLine(problem.message);
        this.showStatus('error', problem.message);
        void vscode.window.showErrorMessage(problem.message, 'Open Settings', 'Show Output').then((choice) => {
            if (choice === 'Open Settings') {
                void vscode.commands.executeCommand('workbench.action.openSettings', problem.setting);
            } else if (choice === 'Show Output') {
                this.output.show(true);
            }
        });
    }

    private showStatus(state: ServerState, detail?: string): void {
        this.serverState = state;
        const view = statusView(state, this.model, detail ?? (state === 'running' ? this.statusDetail : undefined));
        this.statusItem.text = view.text;
        this.statusItem.tooltip = view.tooltip;
        this.statusItem.backgroundColor = view.error ? new vscode.ThemeColor('statusBarItem.errorBackground') : undefined;
    }

    // ------------------------------------------------------------------ dslfix: Repair document

    private async repairDocument(): Promise<void> {
        const editor = vscode.window.activeTextEditor;
        if (editor === undefined) {
            void vscode.window.showInformationMessage('dslfix: open a document to repair.');
            return;
        }
        const document = editor.document;
        const client = this.client;
        if (client === undefined || !client.isRunning()) {
            void vscode.window.showErrorMessage('dslfix: the server is not running.', 'Restart Server').then((c) => {
                if (c !== undefined) {
                    void this.restart(true);
                }
            });
            return;
        }
        if (vscode.languages.match(this.selector, document) === 0) {
            void vscode.window.showInformationMessage(
                `dslfix does not check ${document.languageId} documents (add the language to dslfix.languages or dslfix.json).`);
            return;
        }
        const version = document.version;
        const uri = client.code2ProtocolConverter.asUri(document.uri);

        let choices: RepairChoice[];
        try {
            choices = await vscode.window.withProgress({
                location: vscode.ProgressLocation.Notification,
                title: 'dslfix: searching for repairs…',
                cancellable: true,
            }, async (_progress, token) => {
                const end = document.lineAt(document.lineCount - 1).range.end;
                const diagnostics = await client.code2ProtocolConverter.asDiagnostics(
                    [...(client.diagnostics?.get(document.uri) ?? [])], token);
                const response = await client.sendRequest(CodeActionRequest.type, {
                    textDocument: { uri },
                    range: { start: { line: 0, character: 0 }, end: { line: end.line, character: end.character } },
                    context: { diagnostics, only: ['quickfix'], triggerKind: CodeActionTriggerKind.Invoked },
                }, token);
                return repairChoices(response);
            });
        } catch (e) {
            this.reportRequestError('finding repairs', e);
            return;
        }
        if (choices.length === 0) {
            const errors = (client.diagnostics?.get(document.uri) ?? [])
                .filter((d) => d.severity === vscode.DiagnosticSeverity.Error).length;
            void vscode.window.showInformationMessage(errors === 0
                ? 'dslfix: no errors in this document, nothing to repair.'
                : 'dslfix: no verified repair was found for this document.');
            return;
        }

        const picked = await vscode.window.showQuickPick(
            choices.map((c) => ({ label: c.label, description: c.description, detail: c.detail, choice: c })),
            { title: 'dslfix: Repair document', placeHolder: 'Choose a repair to preview', matchOnDetail: true });
        if (picked === undefined) {
            return;
        }

        let action: CodeAction = picked.choice.action;
        if (action.edit === undefined && action.data !== undefined) {
            try {
                action = await client.sendRequest(CodeActionResolveRequest.type, action);
            } catch (e) {
                this.reportRequestError('preparing the repair', e);
                return;
            }
        }
        if (action.edit === undefined) {
            void vscode.window.showErrorMessage('dslfix: the server gave no edit for this repair (it may have expired); run the repair again.');
            return;
        }
        const edits = editsForDocument(action.edit, uri);
        if (!isCurrent(edits, document.version) || document.version !== version) {
            void vscode.window.showWarningMessage('dslfix: the document changed while the repair was computed; run the repair again.');
            return;
        }
        if (edits.edits.length === 0) {
            void vscode.window.showErrorMessage('dslfix: this repair does not change the document.');
            return;
        }

        let repaired: string;
        try {
            repaired = applyTextEdits(document.getText(), edits.edits);
        } catch (e) {
            void vscode.window.showErrorMessage(`dslfix: the repair's edits cannot be applied: ${errorText(e)}`);
            return;
        }
        const previewUri = this.preview.create(document.uri, repaired);
        const name = path.posix.basename(document.uri.path) || 'document';
        try {
            await vscode.commands.executeCommand('vscode.diff', document.uri, previewUri,
                `${name} ↔ repaired (${picked.choice.detail})`, { preview: true });
            const answer = await vscode.window.showInformationMessage(
                `dslfix: apply this repair? ${picked.choice.explanation}`, 'Apply', 'Cancel');
            if (answer !== 'Apply') {
                return;
            }
            if (document.version !== version) {
                void vscode.window.showWarningMessage('dslfix: the document changed since the preview; run the repair again.');
                return;
            }
            const workspaceEdit = await client.protocol2CodeConverter.asWorkspaceEdit(action.edit);
            if (!(await vscode.workspace.applyEdit(workspaceEdit))) {
                void vscode.window.showErrorMessage('dslfix: VS Code did not apply the repair.');
            }
        } finally {
            await closeDiff(previewUri);
            this.preview.delete(previewUri);
        }
    }

    private reportRequestError(what: string, e: unknown): void {
        if (e instanceof ResponseError) {
            if (e.code === LSPErrorCodes.ContentModified) {
                void vscode.window.showWarningMessage('dslfix: the document changed; run the repair again.');
                return;
            }
            if (e.code === LSPErrorCodes.RequestCancelled) {
                return;
            }
        }
        if (e instanceof vscode.CancellationError) {
            return;
        }
        this.output.appendLine(`${what}: ${errorText(e)}`);
        void vscode.window.showErrorMessage(`dslfix: ${what} failed: ${errorText(e)}`);
    }
}

async function closeDiff(previewUri: vscode.Uri): Promise<void> {
    const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) =>
        t.input instanceof vscode.TabInputTextDiff && t.input.modified.toString() === previewUri.toString());
    if (tabs.length > 0) {
        await vscode.window.tabGroups.close(tabs);
    }
}

function isFile(p: string): boolean {
    try {
        return fs.statSync(p).isFile();
    } catch {
        return false;
    }
}

function errorText(e: unknown): string {
    return e instanceof Error ? e.message : String(e);
}

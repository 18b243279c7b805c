/**
 * Settings -> what the server needs: the Java and jar paths, the initializationOptions object
 * and the document selector. Pure: no 'vscode' import; the caller injects the settings reader,
 * the environment and a file-exists check.
 */
import * as path from 'path';
import { parse as parseJsonc, ParseError } from 'jsonc-parser';

export type Aggressiveness = 'minimal' | 'balanced' | 'thorough';
export type ModelDevice = 'auto' | 'cpu' | 'gpu';

export const AGGRESSIVENESS: readonly Aggressiveness[] = ['minimal', 'balanced', 'thorough'];
export const MODEL_DEVICES: readonly ModelDevice[] = ['auto', 'cpu', 'gpu'];

/** A run-time language as the server reads it (`languages[i]` of dslfix.json). */
export interface LanguageSetting {
    id?: string;
    grammar: string | string[];
    start: string;
    extensions?: string[];
}

/**
 * The `dslfix.*` settings the user set explicitly. `undefined` means "not set": the server then
 * keeps what `dslfix.json` says (it merges the editor's object over the file's, key by key at
 * the top level).
 */
export interface Settings {
    serverPath?: string;
    javaPath?: string;
    languages?: LanguageSetting[];
    aggressiveness?: Aggressiveness;
    top?: number;
    modelDevice?: ModelDevice;
}

/**
 * Reads one `dslfix.*` setting by its key below `dslfix` ("repair.top"); returns undefined when
 * the user has not set it (in VS Code: `inspect()` has no global, workspace or folder value).
 */
export type SettingsReader = (key: string) => unknown;

/** What is wrong with a setting; the value is then ignored. */
export interface SettingProblem {
    key: string;
    message: string;
}

export interface ReadResult {
    settings: Settings;
    problems: SettingProblem[];
}

export function readSettings(read: SettingsReader): ReadResult {
    const settings: Settings = {};
    const problems: SettingProblem[] = [];
    const str = (key: string): string | undefined => {
        const v = read(key);
        if (v === undefined || v === null) {
            return undefined;
        }
        if (typeof v !== 'string') {
            problems.push({ key, message: 'must be a string' });
            return undefined;
        }
        return v.trim() === '' ? undefined : v.trim();
    };
    settings.serverPath = str('server.path');
    settings.javaPath = str('java.path');

    const aggr = read('repair.aggressiveness');
    if (aggr !== undefined && aggr !== null) {
        if (typeof aggr === 'string' && (AGGRESSIVENESS as readonly string[]).includes(aggr)) {
            settings.aggressiveness = aggr as Aggressiveness;
        } else {
            problems.push({ key: 'repair.aggressiveness', message: 'must be minimal, balanced or thorough' });
        }
    }
    const top = read('repair.top');
    if (top !== undefined && top !== null) {
        if (typeof top === 'number' && Number.isInteger(top) && top >= 1 && top <= 50) {
            settings.top = top;
        } else {
            problems.push({ key: 'repair.top', message: 'must be a whole number from 1 to 50' });
        }
    }
    const device = read('model.device');
    if (device !== undefined && device !== null) {
        if (typeof device === 'string' && (MODEL_DEVICES as readonly string[]).includes(device)) {
            settings.modelDevice = device as ModelDevice;
        } else {
            problems.push({ key: 'model.device', message: 'must be auto, cpu or gpu' });
        }
    }
    const languages = read('languages');
    if (languages !== undefined && languages !== null) {
        if (!Array.isArray(languages)) {
            problems.push({ key: 'languages', message: 'must be a list' });
        } else {
            const list: LanguageSetting[] = [];
            languages.forEach((item: unknown, i: number) => {
                const checked = checkLanguage(item);
                if (typeof checked === 'string') {
                    problems.push({ key: `languages[${i}]`, message: checked });
                } else {
                    list.push(checked);
                }
            });
            settings.languages = list;
        }
    }
    return { settings, problems };
}

function checkLanguage(item: unknown): LanguageSetting | string {
    if (typeof item !== 'object' || item === null || Array.isArray(item)) {
        return 'must be an object with "grammar" and "start"';
    }
    const o = item as Record<string, unknown>;
    const grammar = o.grammar;
    let grammarValue: string | string[];
    if (typeof grammar === 'string' && grammar.trim() !== '') {
        grammarValue = grammar;
    } else if (Array.isArray(grammar) && grammar.length > 0 && grammar.every((g) => typeof g === 'string')) {
        grammarValue = grammar;
    } else {
        return '"grammar" must name a .g4 file or a list of them';
    }
    if (typeof o.start !== 'string' || o.start.trim() === '') {
        return '"start" (the start rule) is required';
    }
    const out: LanguageSetting = { grammar: grammarValue, start: o.start };
    if (o.id !== undefined) {
        if (typeof o.id !== 'string') {
            return '"id" must be a string';
        }
        out.id = o.id;
    }
    if (o.extensions !== undefined) {
        if (!Array.isArray(o.extensions) || !o.extensions.every((e) => typeof e === 'string')) {
            return '"extensions" must be a list of strings';
        }
        out.extensions = o.extensions;
    }
    return out;
}

/**
 * The server's configuration object (the shape of dslfix.json), sent as initializationOptions
 * and in workspace/didChangeConfiguration under `dslfix`. Only what the user set is sent:
 * a key sent here replaces the same top-level key of dslfix.json on the server.
 */
export interface ServerConfig {
    languages?: LanguageSetting[];
    repair?: { aggressiveness?: Aggressiveness; top?: number };
    model?: { device: ModelDevice };
}

export function toServerConfig(settings: Settings): ServerConfig {
    const out: ServerConfig = {};
    if (settings.languages !== undefined) {
        out.languages = settings.languages.map((l) => ({ ...l }));
    }
    if (settings.aggressiveness !== undefined || settings.top !== undefined) {
        out.repair = {};
        if (settings.aggressiveness !== undefined) {
            out.repair.aggressiveness = settings.aggressiveness;
        }
        if (settings.top !== undefined) {
            out.repair.top = settings.top;
        }
    }
    if (settings.modelDevice !== undefined) {
        out.model = { device: settings.modelDevice };
    }
    return out;
}

export interface Env {
    /** process.env */
    vars: Record<string, string | undefined>;
    /** process.platform */
    platform: string;
    /** os.homedir() */
    home: string;
    /** The first workspace folder's path, if any. */
    workspaceFolder?: string;
}

/** `~`, `${workspaceFolder}`, `${env:NAME}` expanded; a relative path resolved against the workspace folder. */
export function expandPath(p: string, env: Env): string {
    let out = p.replace(/\$\{env:([A-Za-z_][A-Za-z0-9_]*)\}/g, (_m, name: string) => env.vars[name] ?? '');
    if (env.workspaceFolder !== undefined) {
        out = out.replace(/\$\{workspaceFolder\}/g, env.workspaceFolder);
    }
    if (out === '~' || out.startsWith('~/') || out.startsWith('~\\')) {
        out = env.home + out.slice(1);
    }
    const p2 = pathFor(env.platform);
    if (!p2.isAbsolute(out) && env.workspaceFolder !== undefined && looksLikePath(out)) {
        out = p2.resolve(env.workspaceFolder, out);
    }
    return out;
}

function pathFor(platform: string): path.PlatformPath {
    return platform === 'win32' ? path.win32 : path.posix;
}

/** "java" is looked up on PATH; "bin/java" and "./java" are paths. */
function looksLikePath(p: string): boolean {
    return p.includes('/') || p.includes('\\');
}

/**
 * The `java` to run: the setting; else `$JAVA_HOME/bin/java` when JAVA_HOME is set; else `java`
 * (looked up on PATH).
 */
export function resolveJavaPath(settings: Settings, env: Env): { path: string; source: 'setting' | 'JAVA_HOME' | 'PATH' } {
    if (settings.javaPath !== undefined) {
        return { path: expandPath(settings.javaPath, env), source: 'setting' };
    }
    const home = env.vars.JAVA_HOME?.trim();
    if (home) {
        const exe = env.platform === 'win32' ? 'java.exe' : 'java';
        return { path: pathFor(env.platform).join(home, 'bin', exe), source: 'JAVA_HOME' };
    }
    return { path: 'java', source: 'PATH' };
}

/**
 * The server jar: the setting; else the jar bundled in the extension (`server/dslfix.jar`) when
 * it exists; else undefined (the caller reports it).
 */
export function resolveServerJar(settings: Settings, env: Env, extensionPath: string,
    exists: (p: string) => boolean): { path: string; source: 'setting' | 'bundled' } | undefined {
    if (settings.serverPath !== undefined) {
        const p = expandPath(settings.serverPath, env);
        // A bare file name is a path too here: resolve it against the workspace folder.
        const p2 = pathFor(env.platform);
        return { path: p2.isAbsolute(p) || env.workspaceFolder === undefined ? p : p2.resolve(env.workspaceFolder, p), source: 'setting' };
    }
    const bundled = pathFor(env.platform).join(extensionPath, 'server', 'dslfix.jar');
    return exists(bundled) ? { path: bundled, source: 'bundled' } : undefined;
}

/** The command line that starts the server; vscode-languageclient appends `--stdio`. */
export function serverArgs(jar: string): string[] {
    return ['-jar', jar, 'serve'];
}

/** A document filter as vscode-languageclient takes it (a subset of vscode.DocumentFilter). */
export interface DocumentFilter {
    scheme: string;
    language?: string;
    pattern?: string;
}

/** Languages the extension itself knows: sql (built into VS Code) and the playbook DSL. */
export const BUILT_IN_LANGUAGES: readonly string[] = ['sql', 'dslfix-playbook', 'shellscript'];

/** Only real files and unsaved editors: not diff views (git:), previews or output channels. */
export const SCHEMES: readonly string[] = ['file', 'untitled'];

/** ".calc" -> ".calc"; "calc" -> ".calc"; "" -> undefined. */
export function normaliseExtension(ext: string): string | undefined {
    const e = ext.trim();
    if (e === '' || e === '.') {
        return undefined;
    }
    return e.startsWith('.') ? e : '.' + e;
}

function globEscape(s: string): string {
    return s.replace(/[*?[\]{}!]/g, (c) => `[${c}]`);
}

/**
 * The documents the client sends to the server: the built-in languages, plus files whose names
 * end in an extension of a run-time language (from the settings and from dslfix.json).
 */
export function documentSelector(languages: readonly LanguageSetting[]): DocumentFilter[] {
    const out: DocumentFilter[] = [];
    for (const scheme of SCHEMES) {
        for (const language of BUILT_IN_LANGUAGES) {
            out.push({ scheme, language });
        }
    }
    const extensions = new Set<string>();
    for (const l of languages) {
        for (const e of l.extensions ?? []) {
            const n = normaliseExtension(e);
            if (n !== undefined) {
                extensions.add(n);
            }
        }
    }
    for (const e of [...extensions].sort()) {
        for (const scheme of SCHEMES) {
            out.push({ scheme, pattern: `**/*${globEscape(e)}` });
        }
    }
    return out;
}

/**
 * The `languages` of a dslfix.json text (comments and trailing commas allowed, as the server
 * allows them); entries without extensions are kept (they still need no selector). Returns []
 * for a file that does not parse.
 */
export function languagesFromConfigFile(text: string): LanguageSetting[] {
    const errors: ParseError[] = [];
    const root: unknown = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false });
    if (errors.length > 0 || typeof root !== 'object' || root === null) {
        return [];
    }
    const languages = (root as Record<string, unknown>).languages;
    if (!Array.isArray(languages)) {
        return [];
    }
    const out: LanguageSetting[] = [];
    for (const item of languages) {
        const checked = checkLanguage(item);
        if (typeof checked !== 'string') {
            out.push(checked);
        }
    }
    return out;
}

/**
 * What a running client was started with; when it changes the client must restart (a new Java or
 * jar, a document selector that now covers other files, or another first workspace folder, which
 * is the server's root). Other settings reach the running server through
 * workspace/didChangeConfiguration.
 */
export function restartKey(java: string, jar: string | undefined, selector: readonly DocumentFilter[], root?: string): string {
    return JSON.stringify({ java, jar: jar ?? null, selector, root: root ?? null });
}

/**
 * Checks, before the client starts the server, that the jar exists and that `java -version` runs
 * and is Java 17 or newer; turns what went wrong into a message a person can act on. Pure: the
 * process runner and the file check are injected (no 'vscode' import).
 */

export const MIN_JAVA = 17;

/** What running `java -version` gave. */
export interface RunResult {
    /** The spawn error's code ("ENOENT", "EACCES") when the program could not be started. */
    errorCode?: string;
    errorMessage?: string;
    exitCode: number | null;
    /** stdout and stderr together (java -version prints to stderr). */
    output: string;
    timedOut?: boolean;
}

export type Runner = (command: string, args: string[]) => Promise<RunResult>;

/** The major version in `java -version` output: `version "17.0.15"` -> 17, `version "1.8.0_392"` -> 8. */
export function parseJavaVersion(output: string): number | undefined {
    const m = /version\s+"([^"]+)"/.exec(output);
    if (m === null) {
        return undefined;
    }
    const parts = m[1].split(/[.+_-]/);
    const first = Number(parts[0]);
    if (!Number.isFinite(first)) {
        return undefined;
    }
    if (first === 1 && parts.length > 1) {
        const second = Number(parts[1]);
        return Number.isFinite(second) ? second : undefined;
    }
    return first;
}

export type JavaSource = 'setting' | 'JAVA_HOME' | 'PATH';

export interface CheckProblem {
    /** One line for an error notification. */
    message: string;
    /** The setting that fixes it, for an "Open Settings" button. */
    setting: 'dslfix.java.path' | 'dslfix.server.path';
}

function whereFrom(source: JavaSource): string {
    switch (source) {
        case 'setting':
            return ' (from the setting dslfix.java.path)';
        case 'JAVA_HOME':
            return ' (from JAVA_HOME)';
        case 'PATH':
            return ' (looked up on PATH)';
    }
}

/** Runs `java -version`; undefined when Java 17+ answered, else the problem. */
export async function checkJava(java: string, source: JavaSource, run: Runner): Promise<CheckProblem | undefined> {
    const setting = 'dslfix.java.path';
    let result: RunResult;
    try {
        result = await run(java, ['-version']);
    } catch (e) {
        return { message: `dslfix: could not run '${java} -version'${whereFrom(source)}: ${String(e)}`, setting };
    }
    if (result.errorCode === 'ENOENT') {
        return {
            message: `dslfix needs Java ${MIN_JAVA} or newer, but '${java}'${whereFrom(source)} was not found. `
                + 'Install a JDK or JRE, or set dslfix.java.path (or JAVA_HOME).',
            setting,
        };
    }
    if (result.errorCode !== undefined) {
        return { message: `dslfix: could not run '${java}'${whereFrom(source)}: ${result.errorMessage ?? result.errorCode}`, setting };
    }
    if (result.timedOut) {
        return { message: `dslfix: '${java} -version'${whereFrom(source)} did not answer in time.`, setting };
    }
    if (result.exitCode !== 0) {
        const first = result.output.trim().split(/\r?\n/)[0] ?? '';
        return {
            message: `dslfix: '${java} -version'${whereFrom(source)} failed with exit code ${result.exitCode}${first ? `: ${first}` : ''}`,
            setting,
        };
    }
    const version = parseJavaVersion(result.output);
    if (version !== undefined && version < MIN_JAVA) {
        return {
            message: `dslfix needs Java ${MIN_JAVA} or newer, but '${java}'${whereFrom(source)} is Java ${version}. `
                + 'Set dslfix.java.path (or JAVA_HOME) to a newer Java.',
            setting,
        };
    }
    return undefined; // an unparsable version that ran is given the benefit of the doubt
}

/** undefined when the jar is there, else the problem. */
export function checkJar(jar: string | undefined, source: 'setting' | 'bundled' | undefined,
    isFile: (p: string) => boolean): CheckProblem | undefined {
    const setting = 'dslfix.server.path';
    if (jar === undefined) {
        return {
            message: 'dslfix: no server jar. This extension was packaged without server/dslfix.jar: '
                + 'build it (mvn -q package -DskipTests gives server/target/dslfix.jar) and set dslfix.server.path to it.',
            setting,
        };
    }
    if (!isFile(jar)) {
        return {
            message: source === 'bundled'
                ? `dslfix: the bundled server jar is missing: ${jar}. Reinstall the extension or set dslfix.server.path.`
                : `dslfix: the server jar was not found: ${jar} (from the setting dslfix.server.path).`,
            setting,
        };
    }
    return undefined;
}

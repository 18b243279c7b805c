/** Runs a short command (`java -version`) and collects what it printed. No 'vscode' import. */
import { ChildProcess, spawn } from 'child_process';
import type { RunResult } from './javaCheck';

export function runCommand(command: string, args: string[], timeoutMs = 15000): Promise<RunResult> {
    return new Promise((resolve) => {
        let child: ChildProcess;
        try {
            child = spawn(command, args, { stdio: ['ignore', 'pipe', 'pipe'], windowsHide: true });
        } catch (e) {
            const err = e as NodeJS.ErrnoException;
            resolve({ errorCode: err.code ?? 'EUNKNOWN', errorMessage: err.message, exitCode: null, output: '' });
            return;
        }
        let output = '';
        let settled = false;
        const timer = setTimeout(() => {
            child.kill();
            finish({ exitCode: null, output, timedOut: true });
        }, timeoutMs);
        function finish(r: RunResult): void {
            if (!settled) {
                settled = true;
                clearTimeout(timer);
                resolve(r);
            }
        }
        child.stdout?.on('data', (d: Buffer) => { output += d.toString(); });
        child.stderr?.on('data', (d: Buffer) => { output += d.toString(); });
        child.on('error', (e: NodeJS.ErrnoException) => {
            finish({ errorCode: e.code ?? 'EUNKNOWN', errorMessage: e.message, exitCode: null, output });
        });
        child.on('close', (code) => finish({ exitCode: code, output }));
    });
}

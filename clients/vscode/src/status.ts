/**
 * What the status bar item says. Pure: no 'vscode' import.
 *
 * Model hook: the server reports its repair model with the notification `dslfix/modelStatus`
 * (params: {@link ModelStatusParams}). Until one arrives the item says "search only", which is
 * what a server without a model does.
 */

export type ServerState = 'starting' | 'running' | 'stopped' | 'error';

/** The notification a server sends when its repair model's state changes. */
export const MODEL_STATUS_NOTIFICATION = 'dslfix/modelStatus';

export interface ModelStatusParams {
    /** "none" (search only), "loading", "ready" or "error". */
    state: 'none' | 'loading' | 'ready' | 'error';
    /** Where it runs, e.g. "cpu" or "gpu". */
    device?: string;
    /** Language ids the model covers. */
    languages?: string[];
    /** Free text shown in the tooltip (e.g. why loading failed). */
    message?: string;
}

export interface StatusView {
    text: string;
    tooltip: string;
    /** Whether the item should be drawn as an error. */
    error: boolean;
}

/** "search only" until the server reports a model. */
export function modelLabel(model: ModelStatusParams | undefined): string {
    if (model === undefined || model.state === 'none') {
        return 'search only';
    }
    const where = model.device ? ` (${model.device})` : '';
    switch (model.state) {
        case 'loading':
            return `model loading${where}`;
        case 'ready':
            return `model${where}`;
        case 'error':
            return 'model failed: search only';
        default:
            return 'search only';
    }
}

/** Accepts only well-formed params; anything else is ignored (the item keeps its state). */
export function parseModelStatus(params: unknown): ModelStatusParams | undefined {
    if (typeof params !== 'object' || params === null) {
        return undefined;
    }
    const p = params as Record<string, unknown>;
    if (p.state !== 'none' && p.state !== 'loading' && p.state !== 'ready' && p.state !== 'error') {
        return undefined;
    }
    const out: ModelStatusParams = { state: p.state };
    if (typeof p.device === 'string') {
        out.device = p.device;
    }
    if (Array.isArray(p.languages) && p.languages.every((l) => typeof l === 'string')) {
        out.languages = p.languages;
    }
    if (typeof p.message === 'string') {
        out.message = p.message;
    }
    return out;
}

const ICONS: Record<ServerState, string> = {
    starting: '$(sync~spin)',
    running: '$(check)',
    stopped: '$(circle-slash)',
    error: '$(error)',
};

export function statusView(server: ServerState, model: ModelStatusParams | undefined, detail?: string): StatusView {
    const modelText = modelLabel(model);
    const text = server === 'running' ? `${ICONS[server]} dslfix: ${modelText}` : `${ICONS[server]} dslfix: ${server}`;
    const lines = [`dslfix server: ${server}`, `repair: ${modelText}`];
    if (model?.languages !== undefined && model.languages.length > 0) {
        lines.push(`model languages: ${model.languages.join(', ')}`);
    }
    if (model?.message) {
        lines.push(model.message);
    }
    if (detail) {
        lines.push(detail);
    }
    lines.push(server === 'running' ? 'Click to show the server output.' : 'Click to restart the server.');
    return { text, tooltip: lines.join('\n'), error: server === 'error' };
}

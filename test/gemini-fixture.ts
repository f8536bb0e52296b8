/**
 * The Gemini API's Interactions shape on loopback, as Google's reference and googleapis/js-genai's
 * types give it (read 2026-12-07): `POST /v1beta/interactions` answers `{id, status}`,
 * `GET /v1beta/interactions/{id}` an Interaction with `status`, `steps[]` (a `model_output` step's
 * `content[]` holds `{type: "video", mime_type, data | uri}`) and `usage`; the Files API answers
 * `GET /v1beta/files/{id}` with `{name, state}` and serves `:download?alt=media`. Errors are
 * Google's `{error: {code, message, status}}`. Each test scripts what its server answers.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { json, MP4_BYTES, type Handler } from './hostile-server.js';
import { runFast, writeManifest } from './helpers.js';

export const INTERACTION_ID = 'v1_ChdpbnRlcmFjdGlvbi0x';

/** A POST body, parsed as JSON. */
export function readJson(req: IncomingMessage): Promise<unknown> {
  return new Promise((resolve) => {
    let text = '';
    req.on('data', (chunk: Buffer) => (text += chunk.toString()));
    req.on('end', () => {
      try {
        resolve(text === '' ? undefined : JSON.parse(text));
      } catch {
        resolve(text);
      }
    });
  });
}

export function googleError(res: ServerResponse, status: number, code: string, message: string, headers: Record<string, string> = {}): void {
  const body = Buffer.from(JSON.stringify({ error: { code: status, message, status: code } }));
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': body.length, ...headers });
  res.end(body);
}

/** A finished interaction in the reference's shape: the prompt, a thought, then the model's video. */
export function completedInteraction(video: Record<string, unknown>, usage?: Record<string, unknown>): Record<string, unknown> {
  return {
    id: INTERACTION_ID,
    object: 'interaction',
    model: 'gemini-omni-1.2-flash',
    status: 'completed',
    steps: [
      { type: 'user_input', content: [{ type: 'text', text: 'a fox' }] },
      { type: 'thought', signature: 'c2lnbmF0dXJl' },
      { type: 'model_output', content: [{ type: 'video', mime_type: 'video/mp4', ...video }] },
    ],
    ...(usage === undefined ? {} : { usage }),
  };
}

export interface InteractionsScript {
  /** Answers the create (the body is parsed and recorded first). @default `{id, status: "in_progress"}` */
  create?(res: ServerResponse, call: number): void;
  /** Answers the poll of the interaction; `call` counts from 1. */
  poll(res: ServerResponse, call: number): void;
  /** Any other path (files); return false to 404. */
  other?(req: IncomingMessage, res: ServerResponse, path: string): boolean;
}

/** The handler for `script`, and the create bodies it received. */
export function interactionsApi(script: InteractionsScript): { handler: Handler; creates: unknown[] } {
  const creates: unknown[] = [];
  let polls = 0;
  const handler: Handler = async (req, res) => {
    const path = (req.url ?? '/').split('?')[0] ?? '/';
    if (req.method === 'GET' && path === '/v1beta/models') return json(res, 200, { models: [] });
    if (req.method === 'POST' && path === '/v1beta/interactions') {
      creates.push(await readJson(req));
      if (script.create) return script.create(res, creates.length);
      return json(res, 200, { id: INTERACTION_ID, object: 'interaction', status: 'in_progress', model: 'gemini-omni-1.2-flash' });
    }
    if (req.method === 'GET' && path === `/v1beta/interactions/${INTERACTION_ID}`) return script.poll(res, ++polls);
    if (script.other?.(req, res, path)) return;
    googleError(res, 404, 'NOT_FOUND', `no route ${req.method ?? ''} ${path}`);
  };
  return { handler, creates };
}

/** Serves the test video. */
export function sendVideo(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': MP4_BYTES.length });
  res.end(MP4_BYTES);
}

export const GEMINI_YAML = 'jobs:\n  - id: fox\n    provider: gemini\n    model: gemini-omni-1.2-flash\n    prompt: a fox\n    seconds: 8\n    size: 1280x720\n';

export interface GeminiReportJob {
  readonly id: string;
  readonly status: string;
  readonly rawStatus: string | null;
  readonly file: string | null;
  readonly videoId: string | null;
  readonly attempts: number;
  readonly error: { code: string; message: string } | null;
  readonly actualCostUsd?: number;
}

/** Runs one gemini job against `baseUrl` (the API's `/v1beta`) and returns its report entry. */
export async function runGemini(dir: string, baseUrl: string, yaml = GEMINI_YAML): Promise<{ job: GeminiReportJob; outDir: string; exitCode: number }> {
  const manifest = await writeManifest(dir, 'm.yaml', yaml);
  const outDir = join(dir, 'out');
  const result = await runFast({ manifest, outDir, concurrency: 1, timeoutSeconds: 10 }, { GEMINI_API_KEY: 'gm-test-secret', GEMINI_BASE_URL: baseUrl });
  const report = JSON.parse(await readFile(join(outDir, 'report.json'), 'utf8')) as { jobs: GeminiReportJob[] };
  return { job: report.jobs[0]!, outDir, exitCode: result.exitCode };
}

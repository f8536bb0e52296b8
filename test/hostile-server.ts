/**
 * A small node:http server that plays a sloppy or hostile API on loopback, for the tests of what
 * video-batch refuses. 127.0.0.2, 127.0.0.3... are loopback too and stand in for other hosts.
 */
import { afterEach } from 'vitest';
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { RunOptions } from '../src/run.js';
import { runFast, writeManifest } from './helpers.js';

export interface Hit {
  readonly method: string;
  readonly path: string;
  readonly headers: IncomingHttpHeaders;
}

export type Handler = (req: IncomingMessage, res: ServerResponse) => void | Promise<void>;

export interface Hostile {
  /** `http://host:port`, no trailing slash. */
  readonly url: string;
  readonly hits: Hit[];
  /** Requests whose path starts with `prefix`. */
  count(prefix: string): number;
  close(): Promise<void>;
}

/**
 * `startHostile` for the tests of the calling file, each server closed after its test. Call it
 * once at the top of a file (or describe block).
 */
export function useHostile(): (...args: Parameters<typeof startHostile>) => Promise<Hostile> {
  const servers: Hostile[] = [];
  afterEach(async () => {
    await Promise.all(servers.splice(0).map((server) => server.close()));
  });
  return async (...args) => {
    const server = await startHostile(...args);
    servers.push(server);
    return server;
  };
}

/** Starts `handler` on `host` (a loopback address) and records every request it sees. */
export async function startHostile(handler: Handler, host = '127.0.0.1'): Promise<Hostile> {
  const hits: Hit[] = [];
  const server = createServer((req, res) => {
    hits.push({ method: req.method ?? 'GET', path: req.url ?? '/', headers: req.headers });
    req.resume();
    Promise.resolve(handler(req, res)).catch(() => res.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://${host}:${port}`,
    hits,
    count: (prefix) => hits.filter((hit) => hit.path.startsWith(prefix)).length,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections(); // drips and hangs hold their sockets open
        server.close(() => resolve());
      }),
  };
}

/** The start of an MP4 file: an `ftyp` box, then padding. */
export const MP4_BYTES = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom\0\0\x02\0isomiso2'), Buffer.alloc(64, 1)]);

export function json(res: ServerResponse, status: number, value: unknown): void {
  const body = Buffer.from(JSON.stringify(value));
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': body.length });
  res.end(body);
}

/** An OpenAI Video object, finished. */
export function videoObject(id: string, prompt: string, status = 'completed'): Record<string, unknown> {
  return { id, object: 'video', status, model: 'sora-2', prompt, seconds: '4', size: '1280x720', progress: 100, created_at: Math.floor(Date.now() / 1000), completed_at: null, expires_at: null, error: null, remixed_from_video_id: null };
}

/**
 * The OpenAI Videos API shape under `/v1`, with one video `video_1` made by the first create and
 * finished at once; `content` answers `GET /v1/videos/video_1/content` (any variant) and
 * `routes` may take over any other path first (return true when handled).
 */
export function openaiShape(content: Handler, routes?: (req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>): Handler {
  return async (req, res) => {
    if (routes && (await routes(req, res))) return;
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'POST' && path === '/v1/videos') return json(res, 200, videoObject('video_1', 'a fox'));
    if (req.method === 'GET' && path === '/v1/videos') return json(res, 200, { object: 'list', data: [videoObject('video_1', 'a fox')], has_more: false });
    if (req.method === 'GET' && path === '/v1/videos/video_1') return json(res, 200, videoObject('video_1', 'a fox'));
    if (req.method === 'GET' && path === '/v1/videos/video_1/content') return content(req, res);
    json(res, 404, { error: { message: `no route ${req.method} ${path}`, type: 'invalid_request_error' } });
  };
}

export interface ReportedJob {
  readonly id: string;
  readonly status: string;
  readonly file: string | null;
  readonly videoId: string | null;
  readonly decisions: string[];
  readonly error: { code: string; message: string } | null;
  readonly thumbnail?: string | null;
}

/** Runs a one-job manifest (`yaml`, defaulting to one openai job `fox`) against `baseUrl` and returns the job's report entry. */
export async function runOneJob(
  dir: string,
  env: Record<string, string>,
  options: Partial<RunOptions> = {},
  yaml = 'jobs:\n  - id: fox\n    prompt: a fox\n    seconds: 4\n',
): Promise<{ job: ReportedJob; outDir: string; exitCode: number }> {
  const manifest = await writeManifest(dir, 'm.yaml', yaml);
  const outDir = join(dir, 'out');
  const result = await runFast({ manifest, outDir, concurrency: 1, retry: { baseDelayMs: 10, maxDelayMs: 100 }, ...options }, env);
  const report = JSON.parse(await readFile(join(outDir, 'report.json'), 'utf8')) as { jobs: ReportedJob[] };
  return { job: report.jobs[0]!, outDir, exitCode: result.exitCode };
}

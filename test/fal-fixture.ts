/**
 * A loopback server answering as fal's queue reference says (submit -> request_id, status_url,
 * response_url; status 202 IN_QUEUE / IN_PROGRESS then 200 COMPLETED; the result or the model's
 * error at response_url), and a plain file host, for the fal tests. The URLs it hands out use
 * paths of its own, so a client that rebuilt them instead of following them would miss.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import type { RunResult } from '../src/run.js';
import { runFast, writeManifest } from './helpers.js';
import type { ReportJob } from './provider-support.js';

export interface Answer {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

export interface SeenRequest {
  readonly method: string;
  readonly path: string;
  readonly at: number;
  readonly authorization: string | undefined;
  readonly body: unknown;
}

export interface FalFixture {
  readonly origin: string;
  readonly requests: SeenRequest[];
  /** Submits that were accepted (each one a billed request). */
  readonly accepted: () => number;
  close(): Promise<void>;
}

export interface FalFixtureOptions {
  /** Answers to the first submits, in order (e.g. a 429), before submits are accepted. */
  readonly submitAnswers?: readonly Answer[];
  /** The result a request's response_url answers, by its input; a video URL by default. */
  readonly result: (input: Record<string, unknown>, origin: string) => Answer;
  /** The submit answer's URLs; the fixture's own by default. */
  readonly urls?: (origin: string, id: string) => { readonly status_url: string; readonly response_url: string };
  /** @default '127.0.0.1' */
  readonly host?: string;
}

async function listen(server: Server, host: string): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return `http://${host}:${(server.address() as AddressInfo).port}`;
}

function readBody(req: import('node:http').IncomingMessage): Promise<unknown> {
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

function record(method: string, path: string, headers: IncomingHttpHeaders, body: unknown): SeenRequest {
  return { method, path, at: Date.now(), authorization: headers.authorization, body };
}

/** Starts the fixture queue: each request is IN_QUEUE at its first status read and COMPLETED at the second. */
export async function startFalFixture(options: FalFixtureOptions): Promise<FalFixture> {
  const requests: SeenRequest[] = [];
  const inputs = new Map<string, Record<string, unknown>>();
  const reads = new Map<string, number>();
  const early = [...(options.submitAnswers ?? [])];
  let origin = '';
  const server = createServer((req, res) => {
    void readBody(req).then((body) => {
      const path = new URL(req.url ?? '/', 'http://x').pathname;
      requests.push(record(req.method ?? 'GET', path, req.headers, body));
      const send = (answer: Answer): void => {
        res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
        res.end(JSON.stringify(answer.body));
      };
      const poll = /^\/q\/([^/]+)\/poll$/.exec(path);
      const out = /^\/q\/([^/]+)\/out$/.exec(path);
      if (req.method === 'POST' && !poll && !out) {
        const next = early.shift();
        if (next) return send(next);
        const id = `req-${inputs.size + 1}`;
        inputs.set(id, (body ?? {}) as Record<string, unknown>);
        const urls = options.urls?.(origin, id) ?? { status_url: `${origin}/q/${id}/poll`, response_url: `${origin}/q/${id}/out` };
        return send({ status: 200, body: { status: 'IN_QUEUE', request_id: id, ...urls, cancel_url: `${origin}/q/${id}/cancel`, queue_position: 0 } });
      }
      const id = (poll ?? out)?.[1] ?? '';
      const input = inputs.get(id);
      if (!input) return send({ status: 404, body: { detail: 'Request not found' } });
      if (poll) {
        const count = (reads.get(id) ?? 0) + 1;
        reads.set(id, count);
        return count < 2 ? send({ status: 202, body: { status: 'IN_QUEUE', request_id: id, queue_position: 0 } }) : send({ status: 200, body: { status: 'COMPLETED', request_id: id } });
      }
      return send(options.result(input, origin));
    });
  });
  origin = await listen(server, options.host ?? '127.0.0.1');
  return {
    origin,
    requests,
    accepted: () => inputs.size,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export interface FileHost {
  readonly origin: string;
  /** The `authorization` header of each request it served (undefined when none was sent). */
  readonly authorizations: (string | undefined)[];
  close(): Promise<void>;
}

/** Serves `bytes` as video/mp4 at any path, recording whether a key came along. */
export async function startFileHost(host: string, bytes: Buffer): Promise<FileHost> {
  const authorizations: (string | undefined)[] = [];
  const server = createServer((req, res) => {
    authorizations.push(req.headers.authorization);
    res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': String(bytes.length) });
    res.end(bytes);
  });
  const origin = await listen(server, host);
  return { origin, authorizations, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** A few bytes that pass the "is it a video" check: an MP4 `ftyp` box. */
export const TINY_MP4 = Buffer.concat([Buffer.from([0, 0, 0, 0x18]), Buffer.from('ftypisom'), Buffer.alloc(12)]);

/** run() on `yaml` with only FAL_KEY and FAL_BASE_URL set, at test speed; the report as the user sees it. */
export async function runFal(dir: string, yaml: string, baseUrl: string): Promise<{ result: RunResult; jobs: ReportJob[]; outDir: string }> {
  const manifest = await writeManifest(dir, 'm.yaml', yaml);
  const outDir = join(dir, 'out');
  const result = await runFast({ manifest, outDir, concurrency: 2 }, { FAL_KEY: 'fal-test-key', FAL_BASE_URL: baseUrl });
  const report = JSON.parse(await readFile(join(outDir, 'report.json'), 'utf8')) as { jobs: ReportJob[] };
  return { result, jobs: report.jobs, outDir };
}

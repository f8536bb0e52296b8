/**
 * A loopback server answering as OpenRouter's video generation reference says (POST /videos ->
 * 202 {id, polling_url, status: pending}; GET /videos/{id} pending, then completed with
 * unsigned_urls, an optional signed urls[0] and usage.cost, or failed with error; GET
 * /videos/{id}/content?index=0 with the key; GET /videos/models; GET /key), for the openrouter tests.
 * Its models list is given by each test, in OpenRouter's VideoModel shape.
 */
import { SIMULATED_OPENROUTER_MODELS } from '../src/providers/openrouter/simulator-models.js';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import type { RunResult } from '../src/run.js';
import { runFast, writeManifest } from './helpers.js';
import { TINY_MP4, type Answer, type SeenRequest } from './fal-fixture.js';
import type { ReportJob } from './provider-support.js';

export interface OpenRouterFixture {
  readonly origin: string;
  /** The base URL a client is given: `{origin}/api/v1`. */
  readonly base: string;
  readonly requests: SeenRequest[];
  /** Creates that were accepted (each one billed). */
  readonly accepted: () => number;
  close(): Promise<void>;
}

export interface OpenRouterFixtureOptions {
  /** Answers to the first creates, in order (a 429, a 500...), before creates are accepted. */
  readonly createAnswers?: readonly Answer[];
  /** How an accepted job ends, by its body: `completed` (the default) with a cost and URLs, or failed. */
  readonly outcome?: (body: Record<string, unknown>) => { readonly status: 'completed'; readonly cost: number; readonly signedUrl?: string } | { readonly status: 'failed' | 'cancelled' | 'expired'; readonly error?: string };
  /** The `data` of GET /videos/models. */
  readonly models?: readonly Record<string, unknown>[];
  /** Answers GET /videos/models with this instead (a 500, say). */
  readonly modelsAnswer?: Answer;
}

/**
 * Veo 3.1 Fast as OpenRouter lists it: the one transcription of the capture cited in
 * src/providers/openrouter/PROVIDER.md, shared with the simulator (never a second copy that drifts).
 */
export const VEO_FAST_MODEL: Record<string, unknown> = { ...SIMULATED_OPENROUTER_MODELS.find((model) => model.id === 'google/veo-3.1-fast')! };

function readBody(req: IncomingMessage): Promise<unknown> {
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

/** Starts the fixture: each job is `pending` at its first poll and ends at the second. */
export async function startOpenRouterFixture(options: OpenRouterFixtureOptions = {}): Promise<OpenRouterFixture> {
  const requests: SeenRequest[] = [];
  const bodies = new Map<string, Record<string, unknown>>();
  const polls = new Map<string, number>();
  const early = [...(options.createAnswers ?? [])];
  let origin = '';
  const server: Server = createServer((req, res) => {
    void readBody(req).then((body) => {
      const url = new URL(req.url ?? '/', 'http://x');
      const path = url.pathname;
      requests.push({ method: req.method ?? 'GET', path: `${path}${url.search}`, at: Date.now(), authorization: req.headers.authorization, body });
      const send = (answer: Answer): void => {
        res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
        res.end(JSON.stringify(answer.body));
      };
      if (req.headers.authorization !== 'Bearer sk-or-test') return send({ status: 401, body: { error: { code: 401, message: 'Missing Authentication header' } } });
      if (req.method === 'GET' && path === '/api/v1/videos/models') return send(options.modelsAnswer ?? { status: 200, body: { data: options.models ?? [VEO_FAST_MODEL] } });
      if (req.method === 'GET' && path === '/api/v1/key') return send({ status: 200, body: { data: { label: 'sk-or-v1-tes...', usage: 0 } } });
      if (req.method === 'POST' && path === '/api/v1/videos') {
        const next = early.shift();
        if (next) return send(next);
        const id = `job-${bodies.size + 1}`;
        bodies.set(id, (body ?? {}) as Record<string, unknown>);
        return send({ status: 202, body: { id, polling_url: `/api/v1/videos/${id}`, status: 'pending' } });
      }
      const content = /^\/api\/v1\/videos\/([^/]+)\/content$/.exec(path);
      const poll = /^\/api\/v1\/videos\/([^/]+)$/.exec(path);
      const id = (content ?? poll)?.[1] ?? '';
      const jobBody = bodies.get(id);
      if (!jobBody) return send({ status: 404, body: { error: { code: 404, message: 'Resource not found' } } });
      if (content) {
        res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': String(TINY_MP4.length) });
        return res.end(TINY_MP4);
      }
      const count = (polls.get(id) ?? 0) + 1;
      polls.set(id, count);
      const head = { id, polling_url: `/api/v1/videos/${id}`, generation_id: `gen-${id}` };
      if (count < 2) return send({ status: 200, body: { ...head, status: 'pending' } });
      const end = options.outcome?.(jobBody) ?? { status: 'completed', cost: 0.8 };
      if (end.status !== 'completed') return send({ status: 200, body: { ...head, status: end.status, ...(end.error === undefined ? {} : { error: end.error }) } });
      return send({
        status: 200,
        body: {
          ...head,
          status: 'completed',
          unsigned_urls: [`${origin}/api/v1/videos/${id}/content?index=0`],
          ...(end.signedUrl === undefined ? {} : { urls: [end.signedUrl] }),
          usage: { cost: end.cost, is_byok: false },
        },
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    base: `${origin}/api/v1`,
    requests,
    accepted: () => bodies.size,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The report entry of a job, with the fields the openrouter tests read. */
export type OpenRouterReportJob = ReportJob & { actualCostUsd?: number | null };

/** run() on `yaml` with only OPENROUTER_API_KEY, OPENROUTER_BASE_URL and a cache folder in `dir` set, at test speed. */
export async function runOpenRouter(dir: string, yaml: string, baseUrl: string, extra: { dryRun?: boolean } = {}): Promise<{ result: RunResult & { log: string[] }; jobs: OpenRouterReportJob[]; report: Record<string, unknown> | undefined; outDir: string }> {
  const manifest = await writeManifest(dir, 'm.yaml', yaml);
  const outDir = join(dir, 'out');
  // The discovery cache goes to the test's folder, never the user's.
  const env = { OPENROUTER_API_KEY: 'sk-or-test', OPENROUTER_BASE_URL: baseUrl, XDG_CACHE_HOME: join(dir, 'cache') };
  const result = await runFast({ manifest, outDir, concurrency: 2, ...(extra.dryRun ? { dryRun: true } : {}) }, env);
  const text = await readFile(join(outDir, 'report.json'), 'utf8').catch(() => undefined);
  const report = text === undefined ? undefined : (JSON.parse(text) as Record<string, unknown>);
  return { result, jobs: (report?.jobs ?? []) as OpenRouterReportJob[], report, outDir };
}

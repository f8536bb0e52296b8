/**
 * The xai provider creates with `POST /v1/videos/generations` (answered `{request_id}`), polls
 * `GET /v1/videos/{request_id}` until `done` (with `video.url`) or `failed` (with `error`), as
 * xAI's REST reference gives it (read 2026-12-07); a 429 is waited out, a lost create is never
 * sent again.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { runFast, useResources, writeManifest } from './helpers.js';
import { json, MP4_BYTES, useHostile, type Handler } from './hostile-server.js';
import { readJson, sendVideo } from './gemini-fixture.js';

const YAML = 'jobs:\n  - id: fox\n    provider: xai\n    model: grok-imagine-video\n    prompt: a fox\n    seconds: 6\n    size: 1280x720\n';

interface Script {
  create?(res: ServerResponse, call: number): void;
  poll(res: ServerResponse, call: number, origin: string): void;
}

function xaiApi(script: Script, origin: () => string): { handler: Handler; creates: unknown[] } {
  const creates: unknown[] = [];
  let polls = 0;
  const handler: Handler = async (req, res) => {
    const path = (req.url ?? '/').split('?')[0];
    if (req.method === 'POST' && path === '/v1/videos/generations') {
      creates.push(await readJson(req));
      return script.create ? script.create(res, creates.length) : json(res, 200, { request_id: 'req_5e0a' });
    }
    if (req.method === 'GET' && path === '/v1/videos/req_5e0a') return script.poll(res, ++polls, origin());
    if (req.method === 'GET' && path === '/files/xai-video-1.mp4') return sendVideo(res);
    json(res, 404, { code: 'Not Found', error: `no route ${path}` });
  };
  return { handler, creates };
}

describe('xai: deferred video requests', () => {
  const use = useResources();
  const serve = useHostile();

  async function runXai(dir: string, base: string) {
    const manifest = await writeManifest(dir, 'm.yaml', YAML);
    const outDir = join(dir, 'out');
    const result = await runFast({ manifest, outDir, concurrency: 1, timeoutSeconds: 10 }, { XAI_API_KEY: 'xai-test-secret', XAI_BASE_URL: base });
    const report = JSON.parse(await readFile(join(outDir, 'report.json'), 'utf8')) as { jobs: { status: string; file: string | null; attempts: number; actualCostUsd?: number; error: { code: string; message: string } | null }[] };
    return { job: report.jobs[0]!, outDir, exitCode: result.exitCode };
  }

  it('polls until done and saves video.url, with the request as the reference shapes it', async () => {
    const { dir } = await use.folder();
    let origin = '';
    const { handler, creates } = xaiApi({
      poll: (res, call, at) =>
        call < 3
          ? json(res, 200, { status: 'pending' })
          : json(res, 200, { status: 'done', video: { url: `${at}/files/xai-video-1.mp4`, duration: 6, respect_moderation: true }, model: 'grok-imagine-video', usage: { cost_in_usd_ticks: 4200000000 } }),
    }, () => origin);
    const api = await serve(handler);
    origin = api.url;
    const { job, outDir } = await runXai(dir, `${api.url}/v1`);
    expect(job.status).toBe('completed');
    expect((await readFile(join(outDir, job.file!))).equals(MP4_BYTES)).toBe(true);
    expect(creates).toEqual([{ model: 'grok-imagine-video', prompt: 'a fox', duration: 6, aspect_ratio: '16:9', resolution: '720p' }]);
    expect(api.hits.find((hit) => hit.method === 'POST')?.headers.authorization).toBe('Bearer xai-test-secret');
    expect(api.count('/v1/videos/req_5e0a')).toBe(3);
    // xAI's own figure: usage.cost_in_usd_ticks, ten-billionths of a dollar.
    expect(job.actualCostUsd).toBeCloseTo(0.42, 9);
  });

  it('fails the job with the error of a failed request', async () => {
    const { dir } = await use.folder();
    const { handler } = xaiApi({
      poll: (res) => json(res, 200, { status: 'failed', video: { duration: 0, respect_moderation: true }, model: '', error: { code: 'internal_error', message: 'Video generation failed.' } }),
    }, () => '');
    const api = await serve(handler);
    const { job, exitCode } = await runXai(dir, `${api.url}/v1`);
    expect(exitCode).toBe(1);
    expect(job.status).toBe('failed');
    expect(job.error).toEqual({ code: 'internal_error', message: 'Video generation failed.' });
  });

  it('waits out a 429 on the create and sends it again', async () => {
    const { dir } = await use.folder();
    let origin = '';
    const { handler, creates } = xaiApi({
      create: (res, call) => {
        if (call > 1) return json(res, 200, { request_id: 'req_5e0a' });
        res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '0' });
        res.end(JSON.stringify({ code: 'Too Many Requests', error: 'rate limit reached' }));
      },
      poll: (res, _call, at) => json(res, 200, { status: 'done', video: { url: `${at}/files/xai-video-1.mp4`, duration: 6 } }),
    }, () => origin);
    const api = await serve(handler);
    origin = api.url;
    const { job } = await runXai(dir, `${api.url}/v1`);
    expect(job.status).toBe('completed');
    expect(creates).toHaveLength(2);
  });

  it('ends a create whose answer was dropped as submit_uncertain, sent once', async () => {
    const { dir } = await use.folder();
    const { handler, creates } = xaiApi({ create: (res) => res.socket?.destroy(), poll: (res) => json(res, 200, { status: 'pending' }) }, () => '');
    const api = await serve(handler);
    const { job } = await runXai(dir, `${api.url}/v1`);
    expect(job.status).toBe('failed');
    expect(job.error?.code).toBe('submit_uncertain');
    expect(creates).toHaveLength(1);
    expect(api.count('/v1/videos/req')).toBe(0);
  });
});

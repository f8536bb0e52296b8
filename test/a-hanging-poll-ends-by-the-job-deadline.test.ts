import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { describe, expect, it } from 'vitest';
import { runFast, useResources, writeManifest } from './helpers.js';
import { json, useHostile, videoObject } from './hostile-server.js';

// Without a bound from the job's deadline each case runs for the request timeout (60 s) and more.
const BOUND = 20_000;

/** Sends a byte now and then for ever: never a whole answer, never silent long enough to look dead. */
function drip(res: ServerResponse): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.write('{"id":"video_1",');
  const timer = setInterval(() => res.write(' '), 200);
  res.on('close', () => clearInterval(timer));
}

/** The Videos API shape without a list (so each job is polled alone): `video_1` for "a fox", `video_2` for anything else. */
function videosApi(status: (id: string, req: IncomingMessage, res: ServerResponse) => void) {
  return async (req: IncomingMessage, res: ServerResponse) => {
    const path = (req.url ?? '/').split('?')[0]!;
    if (req.method === 'POST' && path === '/v1/videos') {
      const body = await new Promise<string>((resolve) => {
        let text = '';
        req.on('data', (chunk: Buffer) => (text += chunk.toString()));
        req.on('end', () => resolve(text));
      });
      const id = body.includes('a fox') ? 'video_1' : 'video_2';
      return json(res, 200, videoObject(id, id === 'video_1' ? 'a fox' : 'a car', 'queued'));
    }
    const one = /^\/v1\/videos\/(video_\d)$/.exec(path);
    if (req.method === 'GET' && one) return status(one[1]!, req, res);
    json(res, 404, { error: { message: `no route ${req.method} ${path}`, type: 'invalid_request_error' } });
  };
}

describe("every poll is bounded by its job's deadline", () => {
  const use = useResources();
  const serve = useHostile();

  it('a status answer that drips a byte every 200 ms with --timeout 1: the job ends timed_out at its deadline, not when the request gives up', { timeout: BOUND }, async () => {
    const api = await serve(videosApi((_id, _req, res) => drip(res)));
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', '- {id: fox, prompt: a fox}\n');
    const result = await runFast({ manifest, outDir: join(t.dir, 'out'), baseUrl: `${api.url}/v1`, timeoutSeconds: 1, preflight: false, download: false }, { OPENAI_API_KEY: 'sk-test-key-0123456789' });
    const job = result.report!.jobs[0]!;
    expect(job).toMatchObject({ status: 'timed_out', videoId: 'video_1', error: { code: 'timeout' } });
    expect(api.count('/v1/videos/video_1')).toBeGreaterThanOrEqual(1);
  });

  it("a poll that hangs holds up its own job only: another job on the same base URL is polled on and completes", { timeout: BOUND }, async () => {
    let polls2 = 0;
    const api = await serve(
      videosApi((id, _req, res) => {
        if (id === 'video_1') return; // never answers
        polls2++;
        json(res, 200, videoObject('video_2', 'a car', polls2 >= 3 ? 'completed' : 'in_progress'));
      }),
    );
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', '- {id: fox, prompt: a fox}\n- {id: car, prompt: a car}\n');
    const result = await runFast({ manifest, outDir: join(t.dir, 'out'), baseUrl: `${api.url}/v1`, timeoutSeconds: 4, preflight: false, download: false, concurrency: 2 }, { OPENAI_API_KEY: 'sk-test-key-0123456789' });
    const [fox, car] = result.report!.jobs;
    expect(car).toMatchObject({ status: 'completed', videoId: 'video_2' });
    expect(polls2).toBeGreaterThanOrEqual(3);
    expect(fox).toMatchObject({ status: 'timed_out', videoId: 'video_1' });
  });
});

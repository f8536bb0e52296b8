/**
 * Gateways on `/videos/generations` (and xAI) may answer the create asynchronously,
 * `{request_id}` or `{id, status}`, instead of `{data: [{url}]}`: openai-generations polls that
 * id at `GET {base}/videos/{id}` until it is done and downloads the URL, creating once.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runFast, useResources, writeManifest } from './helpers.js';
import { json, MP4_BYTES, useHostile, type Handler } from './hostile-server.js';
import { sendVideo } from './gemini-fixture.js';

const YAML = 'jobs:\n  - id: fox\n    provider: openai-generations\n    model: seedance-1-0-pro-250528\n    prompt: a fox\n    seconds: 5\n';

describe('openai-generations: an asynchronous create answer', () => {
  const use = useResources();
  const serve = useHostile();

  for (const [name, answer, id] of [
    ['{request_id}', { request_id: 'req_77' }, 'req_77'],
    ['{id, status}', { id: 'task_77', object: 'video', status: 'queued' }, 'task_77'],
  ] as const) {
    it(`polls ${name} until done and saves the video, after one create`, async () => {
      const { dir } = await use.folder();
      let polls = 0;
      let origin = '';
      const handler: Handler = (req, res) => {
        const path = (req.url ?? '/').split('?')[0];
        if (req.method === 'POST' && path === '/v1/videos/generations') return json(res, 200, answer);
        if (req.method === 'GET' && path === `/v1/videos/${id}`) {
          polls++;
          return polls < 2 ? json(res, 200, { id, status: 'processing', progress: 40 }) : json(res, 200, { id, status: 'completed', video_url: `${origin}/cdn/out.mp4` });
        }
        if (path === '/cdn/out.mp4') return sendVideo(res);
        json(res, 404, { error: { message: `no route ${path}` } });
      };
      const api = await serve(handler);
      origin = api.url;
      const manifest = await writeManifest(dir, 'm.yaml', YAML);
      const outDir = join(dir, 'out');
      await runFast({ manifest, outDir, concurrency: 1, timeoutSeconds: 10, baseUrl: `${api.url}/v1` }, { OPENAI_API_KEY: 'sk-test' });
      const job = (JSON.parse(await readFile(join(outDir, 'report.json'), 'utf8')) as { jobs: { status: string; videoId: string; file: string }[] }).jobs[0]!;
      expect(job.status).toBe('completed');
      expect(job.videoId).toBe(id);
      expect((await readFile(join(outDir, job.file))).equals(MP4_BYTES)).toBe(true);
      expect(api.count('/v1/videos/generations')).toBe(1);
      expect(polls).toBe(2);
    });
  }
});

/**
 * fal's `video.url` lives on a CDN: it is downloaded without the key. The status_url and
 * response_url the submit answer gives are followed as given, and held to the hop rules: one that
 * points at a private or link-local address is refused before anything is requested there.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { useResources } from './helpers.js';
import { runFal, startFalFixture, startFileHost, TINY_MP4 } from './fal-fixture.js';

describe("fal's result host", () => {
  const use = useResources();

  it('downloads video.url from another host without the key; the queue got it on every request', async () => {
    const t = await use.folder();
    const cdn = await startFileHost('127.0.0.2', TINY_MP4);
    const fal = await startFalFixture({ result: () => ({ status: 200, body: { video: { url: `${cdn.origin}/files/fox.mp4`, content_type: 'video/mp4' } } }) });
    try {
      const { result, jobs, outDir } = await runFal(t.dir, '- {id: fox, provider: fal, model: fal-ai/veo3.1/fast, prompt: "A fox"}\n', fal.origin);
      expect(result.exitCode).toBe(0);
      expect((await readFile(join(outDir, jobs[0]!.file!))).equals(TINY_MP4)).toBe(true);
      expect(cdn.authorizations).toEqual([undefined]);
      expect(fal.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['POST /fal-ai/veo3.1/fast', 'GET /q/req-1/poll', 'GET /q/req-1/poll', 'GET /q/req-1/out']);
      expect(new Set(fal.requests.map((r) => r.authorization))).toEqual(new Set(['Key fal-test-key']));
    } finally {
      await fal.close();
      await cdn.close();
    }
  });

  it('refuses a status_url on a link-local address (cloud metadata) and fails the job saying where', async () => {
    const t = await use.folder();
    const fal = await startFalFixture({
      urls: (origin, id) => ({ status_url: `http://169.254.169.254/latest/${id}`, response_url: `${origin}/q/${id}/out` }),
      result: () => ({ status: 200, body: {} }),
    });
    try {
      const { result, jobs } = await runFal(t.dir, '- {id: fox, provider: fal, model: fal-ai/veo3.1/fast, prompt: "A fox"}\n', fal.origin);
      expect(result.exitCode).toBe(1);
      expect(jobs[0]).toMatchObject({ status: 'failed', error: { code: 'url_refused' } });
      expect(jobs[0]!.error!.message).toContain('169.254.169.254');
      expect(fal.requests.map((r) => r.method)).toEqual(['POST']);
    } finally {
      await fal.close();
    }
  });
});

/** A 429 from fal's queue (with its Retry-After) is waited out and the submit sent again: one request made. */
import { describe, expect, it } from 'vitest';
import { useResources } from './helpers.js';
import { runFal, startFalFixture, startFileHost, TINY_MP4 } from './fal-fixture.js';

describe('fal rate limits', () => {
  const use = useResources();

  it('waits out Retry-After on a 429 submit, then sends it again and completes with one request made', async () => {
    const t = await use.folder();
    const files = await startFileHost('127.0.0.1', TINY_MP4);
    const limited = { status: 429, body: { detail: 'Too many requests' }, headers: { 'retry-after': '1' } };
    const fal = await startFalFixture({ submitAnswers: [limited], result: () => ({ status: 200, body: { video: { url: `${files.origin}/v.mp4` } } }) });
    try {
      const { result, jobs } = await runFal(t.dir, '- {provider: fal, model: fal-ai/veo3.1/fast, prompt: "A fox"}\n', fal.origin);
      expect(result.exitCode).toBe(0);
      expect(jobs[0]).toMatchObject({ status: 'completed', error: null });
      const posts = fal.requests.filter((r) => r.method === 'POST');
      expect(posts).toHaveLength(2);
      expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(900);
      expect(fal.accepted()).toBe(1);
      expect(jobs[0]!.decisions.some((d) => d.includes('429'))).toBe(true);
    } finally {
      await fal.close();
      await files.close();
    }
  });
});

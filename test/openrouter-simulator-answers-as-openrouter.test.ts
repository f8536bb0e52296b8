/**
 * The simulator's OpenRouter face answers as OpenRouter's reference says: the models list in the
 * VideoModel shape, 400 `{error: {code, message}}` for a duration, size, ratio or frame type a
 * model does not list (nothing billed), a completed job with `unsigned_urls`, a signed `urls[0]`
 * that needs no key and `usage.cost`, and the content route that does need the key.
 */
import { describe, expect, it } from 'vitest';
import { simulatorBaseUrl } from '../src/simulate.js';
import { useResources } from './helpers.js';

const KEY = { authorization: 'Bearer sk-or-test', 'content-type': 'application/json' };

async function json(response: Response): Promise<Record<string, unknown>> {
  return (await response.json()) as Record<string, unknown>;
}

describe('the simulated OpenRouter API', () => {
  const use = useResources();

  it('lists each model with its capabilities and prices, with or without a key', async () => {
    const sim = await use.simulator();
    const base = simulatorBaseUrl(sim, 'openrouter');
    const body = await json(await fetch(`${base}/videos/models`));
    const veo = (body.data as Record<string, unknown>[]).find((model) => model.id === 'google/veo-3.1-fast');
    expect(veo).toMatchObject({ supported_durations: [4, 6, 8], supported_aspect_ratios: ['16:9', '9:16'], generate_audio: true, seed: true });
    expect(Object.keys(veo?.pricing_skus as object)).toContain('duration_seconds_with_audio');
    expect(veo).toHaveProperty('allowed_passthrough_parameters');
  });

  it('refuses what a model does not list, in OpenRouter\'s error shape, billing nothing', async () => {
    const sim = await use.simulator();
    const base = simulatorBaseUrl(sim, 'openrouter');
    const bad = [
      { model: 'google/veo-3.1-fast', prompt: 'A fox', duration: 7 },
      { model: 'google/veo-3.1-fast', prompt: 'A fox', size: '1000x1000' },
      { model: 'google/veo-3.1-fast', prompt: 'A fox', aspect_ratio: '1:1' },
      { model: 'minimax/hailuo-2.3', prompt: 'A fox', frame_images: [{ type: 'image_url', image_url: { url: 'https://example.com/a.png' }, frame_type: 'last_frame' }] },
    ];
    for (const request of bad) {
      const response = await fetch(`${base}/videos`, { method: 'POST', headers: KEY, body: JSON.stringify(request) });
      expect(response.status).toBe(400);
      expect((await json(response)).error).toMatchObject({ code: 400, message: expect.any(String) });
    }
    const unknown = await fetch(`${base}/videos`, { method: 'POST', headers: KEY, body: JSON.stringify({ model: 'acme/nothing', prompt: 'A fox' }) });
    expect(unknown.status).toBe(404);
    expect(sim.stats.billedCreates).toBe(0);
  });

  it('completes a job with its cost, a signed URL that needs no key, and a content route that needs one', async () => {
    const sim = await use.simulator();
    const base = simulatorBaseUrl(sim, 'openrouter');
    const created = await json(await fetch(`${base}/videos`, { method: 'POST', headers: KEY, body: JSON.stringify({ model: 'google/veo-3.1-fast', prompt: 'A fox', duration: 8, size: '1280x720' }) }));
    expect(created).toMatchObject({ status: 'pending', id: expect.any(String), polling_url: expect.stringContaining('/videos/') });
    let job: Record<string, unknown> = created;
    for (let i = 0; i < 200 && job.status !== 'completed'; i++) {
      await new Promise((resolve) => setTimeout(resolve, 20));
      job = await json(await fetch(`${base}/videos/${String(created.id)}`, { headers: KEY }));
    }
    expect(job.status).toBe('completed');
    // duration_seconds_with_audio_720p is 0.10 USD a second; audio defaults to on.
    expect(job.usage).toEqual({ cost: 0.8, is_byok: false });
    const [signed] = job.urls as string[];
    expect((await fetch(signed!)).status).toBe(200);
    expect((await fetch(signed!.replace(/signature=[^&]+/, 'signature=forged'))).status).toBe(403);
    const [unsigned] = job.unsigned_urls as string[];
    expect((await fetch(unsigned!)).status).toBe(401);
    const content = await fetch(unsigned!, { headers: KEY });
    expect(content.status).toBe(200);
    expect(content.headers.get('content-type')).toBe('video/mp4');
  });
});

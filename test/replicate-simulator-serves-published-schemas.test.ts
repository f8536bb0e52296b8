/**
 * The simulator's Replicate serves each model's published schema (`GET /models/{owner}/{name}`
 * with `latest_version.openapi_schema`, and `.../versions/{id}`) and validates a create's input
 * by it, answering 422 `{title, detail, status}` for what the schema refuses (a 4K resolution on
 * Veo 3.1, a duration outside the enum), billing nothing; `--simulate` runs through it.
 */
import { describe, expect, it } from 'vitest';
import { simulatorBaseUrl } from '../src/simulate.js';
import { useResources } from './helpers.js';

const KEY = { authorization: 'Bearer r8-test', 'content-type': 'application/json' };

describe('the simulated Replicate and its published schemas', () => {
  const use = useResources();

  it('serves the schema of the latest version and of a pinned one, in Replicate\'s openapi_schema shape', async () => {
    const sim = await use.simulator();
    const base = simulatorBaseUrl(sim, 'replicate');
    const model = (await (await fetch(`${base}/models/google/veo-3.1`, { headers: KEY })).json()) as { latest_version: { id: string; openapi_schema: { components: { schemas: Record<string, { enum?: unknown[]; properties?: Record<string, unknown> }> } } } };
    const schemas = model.latest_version.openapi_schema.components.schemas;
    expect(Object.keys(schemas.Input!.properties!)).toEqual(expect.arrayContaining(['prompt', 'duration', 'aspect_ratio', 'resolution', 'image', 'generate_audio']));
    expect(schemas.resolution?.enum).toEqual(['720p', '1080p']);
    expect(schemas.duration?.enum).toEqual([4, 6, 8]);
    const pinned = await fetch(`${base}/models/google/veo-3.1/versions/abc123`, { headers: KEY });
    expect(pinned.status).toBe(200);
    expect(await pinned.json()).toMatchObject({ id: 'abc123', openapi_schema: { components: { schemas: { Input: expect.any(Object) } } } });
    expect((await fetch(`${base}/models/acme/nothing`, { headers: KEY })).status).toBe(404);
  });

  it('refuses an input its schema refuses with 422, billing nothing', async () => {
    const sim = await use.simulator();
    const base = simulatorBaseUrl(sim, 'replicate');
    for (const input of [{ prompt: 'A fox', resolution: '2160p' }, { prompt: 'A fox', duration: 5 }, { prompt: 'A fox', aspect_ratio: '1:1' }]) {
      const response = await fetch(`${base}/models/google/veo-3.1/predictions`, { method: 'POST', headers: KEY, body: JSON.stringify({ input }) });
      expect(response.status).toBe(422);
      expect(await response.json()).toMatchObject({ title: 'Input validation failed', status: 422, detail: expect.stringMatching(/must be one of/) });
    }
    expect(sim.stats.billedCreates).toBe(0);
    const ok = await fetch(`${base}/models/google/veo-3.1/predictions`, { method: 'POST', headers: KEY, body: JSON.stringify({ input: { prompt: 'A fox', duration: 4, resolution: '720p', aspect_ratio: '9:16' } }) });
    expect(ok.status).toBe(201);
    expect([...sim.stats.videos.values()][0]).toMatchObject({ seconds: '4', size: '720x1280' });
  });
});

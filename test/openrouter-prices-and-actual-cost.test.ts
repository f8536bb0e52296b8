/**
 * OpenRouter's prices and costs: `--dry-run` prices each job from the model's `pricing_skus` as
 * `GET /videos/models` states them (the SKU for its resolution and audio), names that source and
 * its date, and sends no video; a run records each job's `usage.cost` as `actualCostUsd`, and
 * their sum in the summary. The list is read once for the whole run, however many jobs.
 */
import { describe, expect, it } from 'vitest';
import { useResources } from './helpers.js';
import { runOpenRouter, startOpenRouterFixture, VEO_FAST_MODEL } from './openrouter-fixture.js';

/** Prices only the live list states (the catalog's copy of Veo 3.1 Fast says otherwise). */
const PRICED = { ...VEO_FAST_MODEL, pricing_skus: { duration_seconds_with_audio: '0.15', duration_seconds_with_audio_720p: '0.11', duration_seconds_without_audio_720p: '0.07', cents_per_second_output_4k: '40' } };

describe('OpenRouter prices and costs', () => {
  const use = useResources();

  it("--dry-run prints each job's price from the listed per-second SKU, with its source and date, sending no video", async () => {
    const t = await use.folder();
    const api = await startOpenRouterFixture({ models: [PRICED] });
    try {
      const yaml = [
        '- {id: loud, provider: openrouter, model: google/veo-3.1-fast, seconds: 8, size: 1280x720, prompt: "A fox"}',
        '- {id: quiet, provider: openrouter, model: google/veo-3.1-fast, seconds: 8, size: 1280x720, audio: false, prompt: "A fox"}',
        '- {id: tall, provider: openrouter, model: google/veo-3.1-fast, seconds: 4, size: 1080x1920, prompt: "A fox"}',
      ].join('\n');
      const { result } = await runOpenRouter(t.dir, yaml, api.base, { dryRun: true });
      const plan = result.log.join('\n');
      expect(result.estimates.get('loud')).toMatchObject({ usd: 0.88 });
      expect(result.estimates.get('quiet')).toMatchObject({ usd: 0.56 });
      expect(result.estimates.get('tall')).toMatchObject({ usd: 0.6 });
      expect(plan).toContain('$0.88');
      const source = `${api.base}/videos/models, read ${new Date().toISOString().slice(0, 10)}`;
      expect([...result.estimates.values()].map((estimate) => estimate.priceSource)).toEqual([source, source, source]);
      expect(plan).toContain(source);
      expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/v1/videos/models']);
    } finally {
      await api.close();
    }
  });

  it('records usage.cost per job as actualCostUsd and sums it, reading the models list once', async () => {
    const t = await use.folder();
    const costs: Record<string, number> = { 'A fox': 0.8, 'A car': 0.4, 'An owl': 0.96 };
    const api = await startOpenRouterFixture({ outcome: (body) => ({ status: 'completed', cost: costs[String(body.prompt)] ?? 0 }) });
    try {
      const yaml = Object.keys(costs).map((prompt, i) => `- {id: j${i}, provider: openrouter, model: google/veo-3.1-fast, seconds: 8, prompt: "${prompt}"}`).join('\n');
      const { result, jobs, report } = await runOpenRouter(t.dir, yaml, api.base);
      expect(result.exitCode).toBe(0);
      expect(jobs.map((job) => job.actualCostUsd)).toEqual([0.8, 0.4, 0.96]);
      expect((report?.summary as Record<string, unknown>).actualCostUsd).toBe(2.16);
      expect(api.requests.filter((r) => r.path === '/api/v1/videos/models')).toHaveLength(1);
    } finally {
      await api.close();
    }
  });
});

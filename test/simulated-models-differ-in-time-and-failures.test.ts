import { describe, expect, it } from 'vitest';
import OpenAI from 'openai';
import { SIMULATED_MODEL_PROFILES } from '../src/simulate.js';
import { useResources } from './helpers.js';

const PROMPTS = Array.from({ length: 40 }, (_, i) => `Prompt number ${i}: a scene`);

describe('the simulator of --simulate', () => {
  const use = useResources();

  it('plans Seedance faster than Veo, fails a stable tenth of a gateway-only model, and keeps fixed timing without profiles', async () => {
    const profiled = await use.simulator({ queueMs: 100, generationMs: 1000, modelProfiles: SIMULATED_MODEL_PROFILES });
    const plain = await use.simulator({ queueMs: 100, generationMs: 1000 });
    const create = async (url: string, model: string, prompt: string) => {
      const client = new OpenAI({ apiKey: 'sk-test', baseURL: url, maxRetries: 0 });
      return client.videos.create({ model: model as 'sora-2', prompt });
    };
    const planned = (sim: typeof profiled, id: string) => {
      const video = sim.stats.videos.get(id)!;
      return video.completedAt === undefined ? null : video.completedAt - video.createdAt;
    };
    const fast = await create(profiled.url, 'seedance-1-0-pro-fast-251015', 'A fox');
    const veo = await create(profiled.url, 'veo-3.1-generate-001', 'A fox');
    const same = await create(plain.url, 'veo-3.1-generate-001', 'A fox');
    expect(planned(profiled, fast.id)).toBe(550);
    expect(planned(profiled, veo.id)).toBe(2750);
    expect(planned(plain, same.id)).toBe(1100);

    const outcomes = async (sim: typeof profiled) => {
      const failed: string[] = [];
      for (const prompt of PROMPTS) {
        const video = await create(sim.url, 'kling-v2-1-master', prompt);
        if (sim.stats.videos.get(video.id)!.failureCode === 'upstream_error') failed.push(prompt);
      }
      return failed;
    };
    const failed = await outcomes(profiled);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.length).toBeLessThan(10);
    // The same prompts fail on another simulator: the outcome follows model and prompt alone.
    const other = await use.simulator({ modelProfiles: SIMULATED_MODEL_PROFILES });
    expect(await outcomes(other)).toEqual(failed);
    expect(await outcomes(plain)).toEqual([]);
  });
});

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import OpenAI from 'openai';
import { describe, expect, it } from 'vitest';
import { useResources } from './helpers.js';
import { runManifest } from './provider-support.js';

describe("a job's params reach the provider's request, after video-batch's own mapping", () => {
  const use = useResources();

  it('openai (a gateway model), veo and seedance: the simulator receives every param, and the report shows them', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    const yaml = `defaults: {seconds: 4, size: 1280x720, params: {seed: 1}}
jobs:
  - {id: gw, provider: openai, model: seedance-1-0-pro-250528, prompt: "A fox, through a gateway", params: {seed: 42, tier: pro, generate_audio: true}}
  - {id: veo, provider: veo, model: veo-3.1-generate-001, prompt: "A fox, on Veo", params: {negativePrompt: "blurry, dark", generateAudio: true}}
  - {id: ark, provider: seedance, model: seedance-1-5-pro-251215, prompt: "A fox, on ModelArk", params: {camera_fixed: true, watermark: false}}
`;
    const { result, report, outDir } = await runManifest(sim, t.dir, yaml, 3);
    expect(result.exitCode).toBe(0);
    const byPrompt = new Map([...sim.stats.videos.values()].map((video) => [video.prompt, video]));
    // The OpenAI shape's body is multipart (the SDK's encoding): values arrive as text.
    expect(byPrompt.get('A fox, through a gateway')?.extraFields).toEqual({ seed: '42', tier: 'pro', generate_audio: 'true' });
    expect(byPrompt.get('A fox, on Veo')?.extraFields).toEqual({ seed: 1, negativePrompt: 'blurry, dark', generateAudio: true });
    expect(byPrompt.get('A fox, on ModelArk')?.extraFields).toEqual({ seed: 1, camera_fixed: true, watermark: false });
    // video-batch's own mapping is untouched.
    expect(byPrompt.get('A fox, on Veo')).toMatchObject({ seconds: '4', size: '1280x720' });
    expect(byPrompt.get('A fox, on ModelArk')).toMatchObject({ seconds: '4', size: '1280x720' });

    const params = Object.fromEntries(report.jobs.map((job) => [job.id, (job as { params?: unknown }).params]));
    expect(params).toEqual({
      gw: { seed: 42, tier: 'pro', generate_audio: true },
      veo: { seed: 1, negativePrompt: 'blurry, dark', generateAudio: true },
      ark: { seed: 1, camera_fixed: true, watermark: false },
    });
    const markdown = await readFile(join(outDir, 'report.md'), 'utf8');
    expect(markdown).toContain('`{"seed":42,"tier":"pro","generate_audio":true}`');
    const html = await readFile(join(outDir, 'report.html'), 'utf8');
    expect(html).toContain('negativePrompt: &quot;blurry, dark&quot;');
  });

  it("the simulator's OpenAI routes take extra fields for gateway models only: sora-2 keeps OpenAI's 400", async () => {
    const sim = await use.simulator();
    const client = new OpenAI({ apiKey: 'sk-test', baseURL: sim.url, maxRetries: 0 });
    const body = { prompt: 'A fox', seconds: '4', size: '1280x720', seed: 7 } as unknown as OpenAI.Videos.VideoCreateParams;
    await expect(client.videos.create({ ...body, model: 'sora-2' })).rejects.toMatchObject({ status: 400, code: 'unknown_parameter' });
    const video = await client.videos.create({ ...body, model: 'kling-v2-master' });
    expect(sim.stats.videos.get(video.id)?.extraFields).toEqual({ seed: '7' });
    expect(sim.stats.billedCreates).toBe(1);
  });
});

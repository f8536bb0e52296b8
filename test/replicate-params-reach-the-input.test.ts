import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulatorBaseUrl, type Simulator } from '../src/simulate.js';
import { caught, runAgainst, useResources, writeManifest } from './helpers.js';
import type { ReportJob } from './provider-support.js';

describe("provider replicate: a job's params join the prediction's input after video-batch's own mapping", () => {
  const use = useResources();
  const env = (sim: Simulator) => ({ REPLICATE_API_TOKEN: 'r8-sim-token', REPLICATE_BASE_URL: simulatorBaseUrl(sim, 'replicate') });

  it('the simulator receives every param beside the mapped fields, and the report shows them', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    const manifest = await writeManifest(
      t.dir,
      'm.yaml',
      'defaults: {provider: replicate, params: {seed: 7}}\njobs:\n  - {id: fox, model: google/veo-3.1-fast, seconds: 8, size: 1280x720, prompt: A red fox, params: {negative_prompt: "blurry, dark", generate_audio: false}}\n',
    );
    const outDir = join(t.dir, 'out');
    const result = await runAgainst(sim, { manifest, outDir }, { env: env(sim) });
    expect(result.exitCode).toBe(0);
    const video = [...sim.stats.videos.values()][0];
    expect(video?.extraFields).toEqual({ seed: 7, negative_prompt: 'blurry, dark', generate_audio: false });
    expect(video).toMatchObject({ seconds: '8', size: '1280x720' });
    const report = JSON.parse(await readFile(join(outDir, 'report.json'), 'utf8')) as { jobs: (ReportJob & { params?: unknown })[] };
    expect(report.jobs[0]!.params).toEqual({ seed: 7, negative_prompt: 'blurry, dark', generate_audio: false });
  });

  it('a param that would replace a field video-batch sets is refused when the manifest is read, naming the field to use', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', '- {id: fox, provider: replicate, model: kwaivgi/kling-v2.5-turbo-pro, prompt: A red fox, params: {start_image: "https://example.com/a.png", duration: 10}}\n');
    const message = String(await caught(runAgainst(sim, { manifest, outDir: join(t.dir, 'out') }, { env: env(sim) })));
    expect(message).toMatch(/params may not set "start_image": video-batch sends it from the job's first_frame/);
    expect(message).toMatch(/params may not set "duration": video-batch sends it from the job's seconds/);
    expect(sim.stats.requests).toHaveLength(0);
  });
});

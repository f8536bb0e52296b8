/**
 * A newcomer with only FAL_KEY (and FAL_BASE_URL pointing at the simulator) runs fal endpoints
 * unchanged: the input goes out under each endpoint's documented names, the status and result URLs
 * the submit answer gave are followed, and the videos land byte-exact. `--simulate` needs no key.
 */
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulatorBaseUrl } from '../src/simulate.js';
import { runCli, useResources, writeManifest } from './helpers.js';
import { runFal, startFalFixture, startFileHost, TINY_MP4 } from './fal-fixture.js';

const FOX = 'A red fox trotting through snow';
const BOTTLE = 'A bottle turning on a table';

const MANIFEST = [
  'defaults: {provider: fal}',
  'jobs:',
  `  - {id: fox, model: fal-ai/veo3.1/fast, seconds: 6, size: 720x1280, prompt: "${FOX}"}`,
  `  - {id: bottle, model: fal-ai/bytedance/seedance/v1/pro/text-to-video, seconds: 5, size: 1920x1080, prompt: "${BOTTLE}"}`,
].join('\n');

describe('fal through the queue', () => {
  const use = useResources();

  it('runs with FAL_KEY alone, sends each endpoint its own input names, and downloads every video', async () => {
    const sim = await use.simulator({ apiKey: 'fal-test-key' });
    const t = await use.folder();
    const { result, jobs, outDir } = await runFal(t.dir, MANIFEST, simulatorBaseUrl(sim, 'fal'));
    expect(result.exitCode).toBe(0);
    expect(sim.stats.billedCreates).toBe(2);
    expect(jobs.map((j) => [j.id, j.provider, j.status, j.rawStatus, j.error])).toEqual([
      ['fox', 'fal', 'completed', 'COMPLETED', null],
      ['bottle', 'fal', 'completed', 'COMPLETED', null],
    ]);
    // What each request asked for, as the simulator read it back from fal's names.
    const made = [...sim.stats.videos.values()].map((v) => [v.prompt, v.model, v.seconds, v.size]);
    expect(made).toEqual(
      expect.arrayContaining([
        [FOX, 'fal-ai/veo3.1/fast', '6', '720x1280'],
        [BOTTLE, 'fal-ai/bytedance/seedance/v1/pro/text-to-video', '5', '1920x1080'],
      ]),
    );
    const paths = sim.stats.requests.map((r) => `${r.method} ${r.path}`);
    expect(paths).toContain('POST /fal/fal-ai/veo3.1/fast');
    expect(paths).toContain('POST /fal/fal-ai/bytedance/seedance/v1/pro/text-to-video');
    // Status and result live under owner/app only, as the submit answer said.
    expect(paths.some((p) => /^GET \/fal\/fal-ai\/veo3\.1\/requests\/[^/]+\/status$/.test(p))).toBe(true);
    expect(paths.some((p) => /^GET \/fal\/fal-ai\/bytedance\/requests\/[^/]+$/.test(p))).toBe(true);
    for (const job of jobs) {
      const id = [...sim.stats.videos.values()].find((v) => v.prompt === (job.id === 'fox' ? FOX : BOTTLE))!.id;
      const served = await fetch(`${sim.origin}/files/fal/${id}.mp4`, { headers: { authorization: 'Key fal-test-key' } });
      expect((await readFile(join(outDir, job.file!))).equals(Buffer.from(await served.arrayBuffer()))).toBe(true);
    }
  });

  it('sends the duration in the form each endpoint documents: "6s" for Veo, "5" for Seedance', async () => {
    const t = await use.folder();
    const files = await startFileHost('127.0.0.1', TINY_MP4);
    const fal = await startFalFixture({ result: () => ({ status: 200, body: { video: { url: `${files.origin}/v.mp4` } } }) });
    try {
      const { result } = await runFal(t.dir, MANIFEST, fal.origin);
      expect(result.exitCode).toBe(0);
      const bodies = fal.requests.filter((r) => r.method === 'POST').map((r) => r.body);
      expect(bodies).toEqual(
        expect.arrayContaining([
          { prompt: FOX, duration: '6s', aspect_ratio: '9:16', resolution: '720p' },
          { prompt: BOTTLE, duration: '5', aspect_ratio: '16:9', resolution: '1080p' },
        ]),
      );
      // Every queue request carried the key as fal wants it.
      expect(new Set(fal.requests.map((r) => r.authorization))).toEqual(new Set(['Key fal-test-key']));
    } finally {
      await fal.close();
      await files.close();
    }
  });

  it('runs a fal manifest with --simulate and no key (the CLI as users run it)', async () => {
    const t = await use.folder();
    await writeManifest(t.dir, 'm.yaml', MANIFEST);
    const run = await runCli(['run', 'm.yaml', '--simulate', '--out', 'out'], {}, t.dir);
    expect(run.code).toBe(0);
    expect((await stat(join(t.dir, 'out', 'videos', 'fox.mp4'))).size).toBeGreaterThan(0);
    expect((await stat(join(t.dir, 'out', 'videos', 'bottle.mp4'))).size).toBeGreaterThan(0);
  });
});

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulatorBaseUrl, type Fault, type Simulator } from '../src/simulate.js';
import { runAgainst, runCli, useResources, writeManifest } from './helpers.js';
import type { ReportJob } from './provider-support.js';

const FOX = 'A red fox running through snow';
const CAR = 'A sports car on a podium';

describe('provider replicate against the simulator\'s Replicate routes', () => {
  const use = useResources();

  async function run(sim: Simulator, jobs: readonly string[]) {
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', `defaults: {provider: replicate}\njobs:\n${jobs.map((j) => `  - ${j}`).join('\n')}\n`);
    const outDir = join(t.dir, 'out');
    const env = { REPLICATE_API_TOKEN: 'r8-sim-token', REPLICATE_BASE_URL: simulatorBaseUrl(sim, 'replicate') };
    const result = await runAgainst(sim, { manifest, outDir }, { env });
    const report = JSON.parse(await readFile(join(outDir, 'report.json'), 'utf8')) as { jobs: ReportJob[] };
    return { result, report, outDir, dir: t.dir };
  }
  const recordOf = (sim: Simulator, prompt: string) => [...sim.stats.videos.values()].find((video) => video.prompt === prompt);

  it('runs both model forms with REPLICATE_API_TOKEN, maps seconds and size, and saves the bytes the simulator serves', async () => {
    const sim = await use.simulator();
    const { result, report, outDir } = await run(sim, [
      `{id: fox, model: google/veo-3.1-fast, seconds: 8, size: 1280x720, prompt: ${FOX}}`,
      `{id: car, model: "bytedance/seedance-1-pro:4b1c9e", seconds: 5, size: 1080x1920, prompt: ${CAR}}`,
    ]);
    expect(result.exitCode).toBe(0);
    expect(sim.stats.billedCreates).toBe(2);
    expect(recordOf(sim, FOX)).toMatchObject({ model: 'google/veo-3.1-fast', seconds: '8', size: '1280x720' });
    expect(recordOf(sim, CAR)).toMatchObject({ model: 'bytedance/seedance-1-pro', seconds: '5', size: '1080x1920' });
    const paths = sim.stats.requests.filter((r) => r.method === 'POST').map((r) => r.path).sort();
    expect(paths).toEqual(['/replicate/v1/models/google/veo-3.1-fast/predictions', '/replicate/v1/predictions']);
    for (const job of report.jobs) {
      expect(job).toMatchObject({ status: 'completed', rawStatus: 'succeeded', error: null });
      const served = Buffer.from(await (await fetch(`${sim.origin}/files/replicate/${job.videoId}.mp4`, { headers: { authorization: 'Bearer x' } })).arrayBuffer());
      expect((await readFile(join(outDir, job.file!))).equals(served)).toBe(true);
    }
  });

  it('a failed generation ends the job with the prediction\'s error', async () => {
    const sim = await use.simulator();
    const { result, report } = await run(sim, [`{id: fox, model: google/veo-3.1-fast, prompt: "${FOX} [sim:fail]"}`]);
    expect(result.exitCode).not.toBe(0);
    expect(report.jobs[0]).toMatchObject({ status: 'failed', rawStatus: 'failed', error: { code: 'prediction_failed' } });
    expect(report.jobs[0]!.error!.message.length).toBeGreaterThan(0);
  });

  it.each<{ name: string; fault: Fault; posts: number }>([
    { name: 'a create the server made and then dropped is adopted from the list', fault: { route: 'create', kind: 'accept_then_drop' }, posts: 1 },
    { name: 'a 429 is waited out and created once', fault: { route: 'create', kind: 'rate_limit', retryAfterSeconds: 0.2 }, posts: 2 },
  ])('$name: one prediction billed', async ({ fault, posts }) => {
    const sim = await use.simulator({ faults: [fault] });
    const { result, report } = await run(sim, [`{id: fox, model: google/veo-3.1-fast, prompt: ${FOX}}`]);
    expect(result.exitCode).toBe(0);
    expect(report.jobs[0]).toMatchObject({ status: 'completed' });
    expect(sim.stats.billedCreates).toBe(1);
    expect(sim.stats.requests.filter((r) => r.method === 'POST')).toHaveLength(posts);
  });

  it('the CLI\'s --simulate runs replicate jobs with no key', async () => {
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', `- {id: fox, provider: replicate, model: kwaivgi/kling-v2.5-turbo-pro, seconds: 10, prompt: ${FOX}}\n`);
    const cli = await runCli(['run', manifest, '--simulate', '--out', join(t.dir, 'out')], {}, t.dir);
    expect(cli.stderr).toMatch(/fox: completed/);
    expect(cli.code).toBe(0);
  });
});

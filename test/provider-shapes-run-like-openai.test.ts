import { stat } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import type { Fault } from '../src/simulate.js';
import type { ProviderName } from '../src/types.js';
import { useResources } from './helpers.js';
import { expectVideosExact, runManifest, writePng } from './provider-support.js';

interface Shape {
  readonly provider: ProviderName;
  readonly model: string;
  /** Two jobs' parameters, as YAML flow-mapping entries. */
  readonly params: readonly [string, string];
  /** What the simulator recorded for those two jobs: [seconds, size]. */
  readonly recorded: readonly [readonly [string, string], readonly [string, string]];
  readonly rawCompleted: string;
  readonly moderation: { readonly code: string; readonly rawStatus: string | null };
  /** How a generation that fails midway ends up in the report. */
  readonly internal: { readonly code: string; readonly rawStatus: string | null };
  readonly polls: boolean;
  readonly image: boolean;
}

const SHAPES: readonly Shape[] = [
  {
    provider: 'veo',
    model: 'veo-3.1-fast-generate-001',
    params: ['seconds: 6, size: 720x1280', 'seconds: 8, size: 1920x1080'],
    recorded: [['6', '720x1280'], ['8', '1920x1080']],
    rawCompleted: 'done',
    moderation: { code: 'content_filtered', rawStatus: 'filtered' },
    internal: { code: 'INTERNAL', rawStatus: 'error' },
    polls: true,
    image: true,
  },
  {
    provider: 'seedance',
    model: 'seedance-1-0-pro-250528',
    params: ['seconds: 5, size: 1280x720', 'seconds: 10, size: 1440x1080'],
    recorded: [['5', '1280x720'], ['10', '1440x1080']],
    rawCompleted: 'succeeded',
    moderation: { code: 'OutputVideoSensitiveContentDetected', rawStatus: 'failed' },
    internal: { code: 'InternalServiceError', rawStatus: 'failed' },
    polls: true,
    image: true,
  },
  {
    provider: 'openai-generations',
    model: 'seedance-1-0-pro-250528',
    params: ['seconds: 4', 'seconds: 8'],
    recorded: [['4', '1280x720'], ['8', '1280x720']],
    rawCompleted: 'completed',
    moderation: { code: 'moderation_blocked', rawStatus: null },
    // A 500 from a synchronous create may or may not have made a video: never re-sent.
    internal: { code: 'submit_uncertain', rawStatus: null },
    polls: false,
    image: false,
  },
];

const FOX = 'A red fox running through snow';
const CAR = 'A sports car on a podium';

describe.each(SHAPES)('provider $provider through the same runner as openai', (shape) => {
  const use = useResources();

  async function run(faults: Fault[], jobs = [`{id: fox, prompt: "${FOX}", ${shape.params[0]}}`, `{id: car, prompt: "${CAR}", ${shape.params[1]}}`]) {
    const sim = await use.simulator({ faults });
    const t = await use.folder();
    const yaml = `defaults: {provider: ${shape.provider}, model: ${shape.model}}\njobs:\n${jobs.map((j) => `  - ${j}`).join('\n')}\n`;
    return { ...(await runManifest(sim, t.dir, yaml)), sim, dir: t.dir };
  }
  const promptOf = (id: string): string => (id === 'fox' ? FOX : CAR);

  it('completes every job, maps seconds and size, and downloads each video byte-exact', async () => {
    const { result, report, outDir, sim: s } = await run([]);
    expect(result.exitCode).toBe(0);
    expect(s.stats.billedCreates).toBe(2);
    for (const [index, job] of report.jobs.entries()) {
      expect(job).toMatchObject({ provider: shape.provider, model: shape.model, status: 'completed', rawStatus: shape.rawCompleted, attempts: 1, error: null });
      const record = [...s.stats.videos.values()].find((v) => v.prompt === promptOf(job.id));
      expect([record?.seconds, record?.size]).toEqual(shape.recorded[index]);
    }
    await expectVideosExact(s, outDir, report.jobs, promptOf);
  });

  it.runIf(shape.image)('sends input_reference as the first frame', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    const image = await writePng(t.dir, 'frame.png');
    const yaml = `- {provider: ${shape.provider}, model: ${shape.model}, prompt: "${FOX}", input_reference: frame.png}\n`;
    const { result } = await runManifest(sim, t.dir, yaml);
    expect(result.exitCode).toBe(0);
    expect([...sim.stats.videos.values()][0]?.inputReferenceBytes).toBe((await stat(image)).size);
  });

  it("keeps the provider's failure code and raw status", async () => {
    const { result, report, sim: s } = await run([], [`{id: mod, prompt: "A fox [sim:moderation]"}`, `{id: err, prompt: "A car [sim:fail]"}`]);
    expect(result.exitCode).toBe(1);
    const mod = report.jobs.find((j) => j.id === 'mod')!;
    const err = report.jobs.find((j) => j.id === 'err')!;
    expect(mod).toMatchObject({ status: 'failed', rawStatus: shape.moderation.rawStatus, error: { code: shape.moderation.code } });
    expect(err).toMatchObject({ status: 'failed', rawStatus: shape.internal.rawStatus, error: { code: shape.internal.code } });
    expect(mod.error?.message).toMatch(/moderation/);
    expect(s.stats.billedCreates).toBe(2);
    expect(s.stats.requests.filter((r) => r.route === 'create').length).toBe(2);
  });

  it('waits out Retry-After on a 429 create, then creates each video exactly once', async () => {
    const { result, report, outDir, sim: s } = await run([{ route: 'create', kind: 'rate_limit', times: 2, retryAfterSeconds: 1 }]);
    expect(result.exitCode).toBe(0);
    expect(s.stats.billedCreates).toBe(2);
    const creates = s.stats.requests.filter((r) => r.route === 'create');
    expect(creates.map((r) => r.status)).toEqual([429, 429, 200, 200]);
    expect(creates[2]!.at - creates[1]!.at).toBeGreaterThanOrEqual(900);
    expect(report.jobs.some((j) => j.decisions.some((d) => d.includes('429')))).toBe(true);
    await expectVideosExact(s, outDir, report.jobs, promptOf);
  });

  it.runIf(shape.polls)('retries a 429, 500 and 503 on the status poll without a second create', async () => {
    const { result, report, outDir, sim: s } = await run([
      { route: 'retrieve', kind: 'rate_limit', times: 1, retryAfterSeconds: 0 },
      { route: 'retrieve', kind: 'server_error', times: 2 },
      { route: 'retrieve', kind: 'unavailable', times: 1 },
    ]);
    expect(result.exitCode).toBe(0);
    expect(s.stats.billedCreates).toBe(2);
    expect(s.stats.requests.filter((r) => r.route === 'retrieve' && r.status >= 429).length).toBe(4);
    await expectVideosExact(s, outDir, report.jobs, promptOf);
  });

  it('retries a 500 download and a connection dropped mid-download, never leaving a half-written .mp4', async () => {
    const { result, report, outDir, sim: s } = await run([
      { route: 'content', kind: 'server_error', times: 1 },
      { route: 'content', kind: 'truncate', times: 1 },
      { route: 'content', kind: 'drop', times: 1 },
    ]);
    expect(result.exitCode).toBe(0);
    expect(s.stats.billedCreates).toBe(2);
    expect(s.stats.requests.filter((r) => r.route === 'content').length).toBeGreaterThanOrEqual(5);
    await expectVideosExact(s, outDir, report.jobs, promptOf);
  });

  it('fails a create whose answer was lost as submit_uncertain instead of risking a second bill', async () => {
    const { result, report, sim: s } = await run([{ route: 'create', kind: 'accept_then_drop', times: 1, match: 'fox' }]);
    expect(result.exitCode).toBe(1);
    expect(s.stats.billedCreates).toBe(2);
    expect(s.stats.requests.filter((r) => r.route === 'create').length).toBe(2);
    const fox = report.jobs.find((j) => j.id === 'fox')!;
    expect(fox.error?.code).toBe('submit_uncertain');
    expect(report.jobs.find((j) => j.id === 'car')?.status).toBe('completed');
  });
});

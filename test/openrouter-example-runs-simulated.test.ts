/**
 * examples/openrouter.yaml runs under `--simulate` as a user would run it, no key set: every job
 * completes against the simulator's OpenRouter face (its models list checked first), and
 * report.json holds what each job cost (`actualCostUsd`, from `usage.cost`) and their sum.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Report } from '../src/report/report.js';
import { run } from '../src/run.js';
import { useResources } from './helpers.js';

describe('the OpenRouter example', () => {
  const use = useResources();

  it('completes every job under --simulate, with actualCostUsd per job and in the summary', async () => {
    const t = await use.folder();
    const outDir = join(t.dir, 'out');
    const result = await run(
      { manifest: 'examples/openrouter.yaml', outDir, concurrency: 5, dryRun: false, download: true, timeoutSeconds: 60, failOn: 'any', simulate: true, poll: { minIntervalMs: 10, maxIntervalMs: 50 } },
      { env: { XDG_CACHE_HOME: join(t.dir, 'cache') }, log: () => {}, print: () => {} },
    );
    expect(result.exitCode).toBe(0);
    const report = JSON.parse(await readFile(join(outDir, 'report.json'), 'utf8')) as Report;
    expect(report.jobs.map((job) => job.status)).toEqual(report.jobs.map(() => 'completed'));
    const costs = Object.fromEntries(report.jobs.map((job) => [job.id, job.actualCostUsd]));
    // 8 s of Veo 3.1 Fast at 720p with audio (0.10/s); 4 s at 1080p without audio (0.10/s).
    expect(costs['fox-veo-fast']).toBe(0.8);
    expect(costs['fox-veo-fast-silent']).toBe(0.4);
    expect(report.jobs.every((job) => typeof job.actualCostUsd === 'number' && job.actualCostUsd > 0)).toBe(true);
    const sum = report.jobs.reduce((total, job) => total + (job.actualCostUsd ?? 0), 0);
    expect(report.summary.actualCostUsd).toBeCloseTo(sum, 4);
  });
});

import { describe, expect, it } from 'vitest';
import type { CostEstimate } from '../src/cost/prices.js';
import { mergeReports } from '../src/report/merge.js';
import { buildReport } from '../src/report/report.js';
import { median, variantFigures, variantOrder } from '../src/report/variants.js';
import { baseResult, type JobResult } from '../src/runner/result.js';
import type { JobOutcome, JobSpec } from '../src/types.js';

const spec = (group: string, variant: string, model: string, line: number): JobSpec => ({
  id: `${group}@${variant}`,
  prompt: `prompt of ${group}`,
  provider: model.startsWith('veo') ? 'veo' : 'seedance',
  model,
  seconds: 4,
  variant,
  group,
  source: { file: 'm.yaml', line },
});

const result = (job: JobSpec, status: JobOutcome, seconds: number, code?: string): JobResult => ({
  ...baseResult(job, status),
  durationMs: seconds * 1000,
  ...(code ? { error: { code, message: 'it broke' } } : {}),
});

const fast = (g: string, line: number) => spec(g, 'fast', 'seedance-1-0-lite-t2v-250428', line);
const slow = (g: string, line: number) => spec(g, 'slow', 'veo-3.1-generate-001', line);
const JOBS: JobResult[] = [
  result(fast('fox', 3), 'completed', 10),
  result(slow('fox', 3), 'completed', 40),
  result(fast('owl', 4), 'completed', 20),
  result(slow('owl', 4), 'failed', 5, 'moderation_blocked'),
  result(fast('sea', 5), 'completed', 30),
  result(slow('sea', 5), 'timed_out', 60, 'timeout'),
  result(fast('car', 6), 'pending', 0),
  result(slow('car', 6), 'skipped', 0),
];
const ESTIMATES = new Map<string, CostEstimate>(
  JOBS.map((job) => [job.id, job.variant === 'fast' ? { usd: 0.2, seconds: 4 } : { usd: 1.6, seconds: 4 }]),
);

describe('per-variant figures', () => {
  it('count, time and price each variant; jobs outside a matrix carry null and give no table', () => {
    const report = buildReport({ manifest: 'm.yaml', startedAt: 0, finishedAt: 1, interrupted: false, jobs: JOBS, estimates: ESTIMATES });
    expect(Object.keys(report.summary.byVariant!)).toEqual(['fast', 'slow']);
    expect(report.summary.byVariant!.fast).toEqual({
      provider: 'seedance', model: 'seedance-1-0-lite-t2v-250428', total: 4, completed: 3, failed: 0, pending: 1,
      medianSeconds: 20, costUsd: 0.8, usdPerSecond: 0.05, failuresByCode: {},
    });
    // Skipped counts as completed (the video exists) but has no time of this run.
    expect(report.summary.byVariant!.slow).toEqual({
      provider: 'veo', model: 'veo-3.1-generate-001', total: 4, completed: 2, failed: 2, pending: 0,
      medianSeconds: 40, costUsd: 6.4, usdPerSecond: 0.4, failuresByCode: { moderation_blocked: 1, timeout: 1 },
    });
    expect(report.jobs[0]).toMatchObject({ variant: 'fast', group: 'fox' });

    const plain = baseResult({ id: 'x', prompt: 'p', provider: 'openai', model: 'sora-2', source: { file: 'm.yaml', line: 1 } }, 'completed');
    expect(plain).toMatchObject({ variant: null, group: null });
    const noMatrix = buildReport({ manifest: 'm.yaml', startedAt: 0, finishedAt: 1, interrupted: false, jobs: [plain] });
    expect(noMatrix.summary.byVariant).toBeUndefined();
    expect(variantFigures([plain])).toEqual({});
  });

  it('are the same for a run merged from shards, whatever shard holds which variant', () => {
    const whole = buildReport({ manifest: 'm.yaml', startedAt: 0, finishedAt: 9, interrupted: false, jobs: JOBS, estimates: ESTIMATES });
    // Shard 1 holds only "slow" jobs first: the merge must still put "fast" first, as the manifest does.
    const shard1 = JOBS.filter((_, i) => i === 3 || i === 5 || i === 4);
    const shard2 = JOBS.filter((job) => !shard1.includes(job));
    const part = (jobs: JobResult[], at: number, index: number) =>
      buildReport({
        manifest: 'm.yaml', startedAt: at, finishedAt: at + 9, interrupted: false, jobs, estimates: ESTIMATES,
        origin: { sha256: 'a'.repeat(64), jobs: JOBS.length, shard: { index, count: 2 } },
      });
    const merged = mergeReports([{ path: 'a', report: part(shard1, 0, 1) }, { path: 'b', report: part(shard2, 0, 2) }]);
    expect(merged.summary.byVariant).toEqual(whole.summary.byVariant);
    expect(Object.keys(merged.summary.byVariant!)).toEqual(['fast', 'slow']);
    expect(merged.jobs.map((job) => job.id)).toEqual(whole.jobs.map((job) => job.id));
  });

  it('median and order helpers', () => {
    expect(median([])).toBeNull();
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(variantOrder([['b', 'c'], ['a', 'b'], ['c']])).toEqual(['a', 'b', 'c']);
  });
});

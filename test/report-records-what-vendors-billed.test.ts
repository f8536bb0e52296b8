/**
 * Where a vendor reports what a job cost, report.json keeps it as the job's `actualCostUsd` and
 * sums it in `summary.actualCostUsd` beside the estimate; report.md says it. Absent when none did.
 */
import { describe, expect, it } from 'vitest';
import { buildReport } from '../src/report/report.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { baseResult } from '../src/runner/result.js';
import type { JobSpec } from '../src/types.js';

const job = (id: string): JobSpec => ({ id, prompt: 'A fox', provider: 'fal', model: 'fal-ai/veo3.1/fast', seconds: 8, source: { file: 'm.yaml', line: 1 } });

describe('the report records what vendors billed', () => {
  it('keeps each job\'s actualCostUsd and sums them in the summary, beside the estimate', () => {
    const report = buildReport({
      manifest: 'm.yaml',
      startedAt: 0,
      finishedAt: 1000,
      interrupted: false,
      jobs: [{ ...baseResult(job('a'), 'completed'), actualCostUsd: 0.5 }, { ...baseResult(job('b'), 'completed'), actualCostUsd: 0.25 }, baseResult(job('c'), 'failed')],
      estimates: new Map([['a', { usd: 1.2, seconds: 8, priceSource: 'vendor' }], ['b', { usd: 1.2, seconds: 8 }], ['c', { usd: 1.2, seconds: 8 }]]),
    });
    expect(report.jobs.map((j) => j.actualCostUsd)).toEqual([0.5, 0.25, undefined]);
    expect(report.summary.actualCostUsd).toBe(0.75);
    expect(report.summary.estimatedCostUsd).toBe(3.6);
    expect(report.jobs[0]!.priceSource).toBe('vendor');
    expect(renderMarkdown(report)).toMatch(/\$3\.60; vendors report \$0\.75 billed/);
    // No vendor reported a cost: no total, and no claim of one.
    const none = buildReport({ manifest: 'm.yaml', startedAt: 0, finishedAt: 1, interrupted: false, jobs: [baseResult(job('a'), 'completed')] });
    expect('actualCostUsd' in none.summary).toBe(false);
    expect(renderMarkdown(none)).not.toContain('billed');
  });
});

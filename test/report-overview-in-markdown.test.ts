import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../src/report/markdown.js';
import { renderOverview } from '../src/report/overview.js';
import { buildReport, type Report } from '../src/report/report.js';
import { baseResult, type JobResult } from '../src/runner/result.js';
import type { JobSpec } from '../src/types.js';

const job = (id: string, seconds?: number): JobSpec => ({ id, prompt: `prompt ${id}`, provider: 'openai', model: 'sora-2', ...(seconds ? { seconds } : {}), source: { file: 'm.yaml', line: 1 } });
const ended = (id: string, status: JobResult['status'], durationMs: number, extra: Partial<JobResult> = {}): JobResult => ({ ...baseResult(job(id, 4), status), durationMs, ...extra });
const refused = (id: string, ms: number) => ended(id, 'failed', ms, { error: { code: 'moderation_blocked', message: 'blocked <by> policy' } });

function report(jobs: JobResult[]): Report {
  return buildReport({ manifest: 'm.yaml', startedAt: 0, finishedAt: 125_000, interrupted: false, jobs });
}

describe('the overview of report.md and the job summary', () => {
  const jobs = [
    ended('a', 'completed', 41_000),
    ended('b', 'completed', 95_000),
    refused('c', 5_000),
    refused('d|x', 6_000),
    ended('e', 'timed_out', 120_000, { error: { code: 'timeout', message: 'no result within 120 s' } }),
    baseResult(job('f'), 'pending'),
  ];

  it('counts statuses, sums video seconds, lists the slowest jobs and groups failures by code', () => {
    const lines = renderOverview(report(jobs));
    expect(lines).toEqual([
      '## Overview',
      '',
      '- **Status**: 2 completed, 2 failed, 1 timed out, 1 pending (6 jobs)',
      '- **Video**: 8 s generated',
      expect.stringMatching(/^- \*\*Estimated cost\*\*: \$\d+\.\d\d/),
      '- **Wall time**: 2m 5s',
      '- **Slowest**: `e` 2m 0s (timed out), `b` 1m 35s, `a` 41s',
      '- **Failures by error code**:',
      '  - `moderation_blocked` × 2: `c`, `d\\|x` (e.g. blocked &lt;by&gt; policy)',
      '  - `timeout` × 1: `e` (e.g. no result within 120 s)',
      '',
    ]);
  });

  it('prints the cost only when the report carries one, and says how many jobs had no known price', () => {
    const { estimatedCostUsd: _cost, unpricedJobs: _unpriced, ...withoutCost } = report(jobs).summary;
    const old = { ...report(jobs), summary: withoutCost } as unknown as Report;
    expect(renderOverview(old).join('\n')).not.toContain('Estimated cost');
    const priced = { ...report(jobs), summary: { ...report(jobs).summary, estimatedCostUsd: 3.2, unpricedJobs: 2 } };
    expect(renderOverview(priced)).toContain('- **Estimated cost**: $3.20 (2 jobs without a known price not counted)');
  });

  it('shortens long failure groups and sits near the top of report.md', () => {
    const many = Array.from({ length: 8 }, (_, i) => refused(`j${i}`, 1000));
    expect(renderOverview(report(many)).join('\n')).toContain('`moderation_blocked` × 8: `j0`, `j1`, `j2`, `j3`, `j4` and 3 more');
    const md = renderMarkdown(report(jobs));
    expect(md.indexOf('## Overview')).toBeGreaterThan(0);
    expect(md.indexOf('## Overview')).toBeLessThan(md.indexOf('## Jobs'));
  });
});

import { describe, expect, it } from 'vitest';
import { renderHtml } from '../src/report/html.js';
import { buildReport } from '../src/report/report.js';
import { baseResult, type JobResult } from '../src/runner/result.js';
import type { JobSpec } from '../src/types.js';

const job = (group: string, variant: string, model: string, extra: Partial<JobResult> = {}): JobResult => {
  const spec: JobSpec = { id: `${group}@${variant}`, prompt: `prompt of ${group}`, provider: 'openai', model, seconds: 4, source: { file: 'm.yaml', line: 1 }, group, variant };
  return { ...baseResult(spec, 'completed'), file: `videos/${group}@${variant}.mp4`, durationMs: 20_000, ...extra };
};

describe('the cost and time chart of the Compare view', () => {
  it('places priced variants with a completed video, and names the others instead of drawing them at $0', () => {
    const jobs = [
      job('fox', 'priced', 'sora-2'),
      job('fox', 'unpriced', 'mystery-model'),
      job('fox', 'failed', 'sora-2', { status: 'failed', file: null, durationMs: null, error: { code: 'upstream_error', message: 'no' } }),
    ];
    const estimates = new Map([
      ['fox@priced', { usd: 0.4, seconds: 4 }],
      ['fox@unpriced', { usd: undefined, seconds: 4 }],
      ['fox@failed', { usd: 0.4, seconds: 4 }],
    ]);
    const html = renderHtml(buildReport({ manifest: 'm.yaml', startedAt: 0, finishedAt: 1000, interrupted: false, jobs, estimates }));
    const chart = /<svg class="cmp-chart"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
    expect(chart.match(/<circle /g)).toHaveLength(1);
    expect(chart).toContain('>priced</text>');
    expect(chart).toContain('Not placed (no video made in this run, or no price): unpriced, failed');
    const header = (name: string) => html.split('<div class="cmp-vh" ').find((part) => part.startsWith(`role="columnheader" data-variant="${name}"`))?.split('\n')[0] ?? '';
    expect(header('unpriced')).toContain('no known price');
    expect(header('priced')).toContain('median 20s · $0.40 · $0.100/s');
    expect(header('failed')).toContain('median — · $0.40');
  });
});

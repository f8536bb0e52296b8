import { describe, expect, it } from 'vitest';
import { escapeHtml, htmlChunks, renderHtml } from '../src/report/html.js';
import { buildReport, type Report } from '../src/report/report.js';
import { baseResult, type JobResult } from '../src/runner/result.js';
import type { JobSpec } from '../src/types.js';

const spec = (id: string, prompt: string): JobSpec => ({ id, prompt, provider: 'openai', model: 'sora-2', seconds: 4, source: { file: 'm.yaml', line: 1 } });

/** A job of a matrix run: `<group>@<variant>` with both fields, as the matrix expansion writes them. */
const variantJob = (group: string, variant: string, extra: Partial<JobResult> = {}): JobResult =>
  ({ ...baseResult(spec(`${group}@${variant}`, `prompt of ${group}`), 'completed'), file: `videos/${group}@${variant}.mp4`, durationMs: 30_000, group, variant, ...extra }) as JobResult;

const reportOf = (jobs: JobResult[]): Report => buildReport({ manifest: 'm.yaml', startedAt: 0, finishedAt: 60_000, interrupted: false, jobs });

function matrixOf(prompts: number, variants: readonly string[]): Report {
  return reportOf(Array.from({ length: prompts }, (_, i) => variants.map((v) => variantJob(`p${i}`, v))).flat());
}

describe('the Compare view in report.html', () => {
  it('keeps prompt ids, variant names, prompts and server errors inert', () => {
    const hostile = '<script>alert(1)</script>"\'&';
    const html = renderHtml(
      reportOf([
        { ...variantJob('<b>g</b>', hostile), prompt: `<img src=x onerror=alert(2)> ${hostile}` },
        { ...variantJob('<b>g</b>', 'ok'), status: 'failed', file: null, error: { code: '<i>code</i>', message: `refused: ${hostile}` } },
      ]),
    );
    expect(html.match(/<script\b/g)).toHaveLength(1); // the page's own
    for (const raw of ['<b>g</b>', '<i>code', '<img', '<script>alert']) expect(html).not.toContain(raw);
    expect(html).toContain(`data-group="${escapeHtml('<b>g</b>')}"`);
    expect(html).toContain(`data-variant="${escapeHtml(hostile)}"`);
    expect(html).toContain(`refused: ${escapeHtml(hostile)}`);
    expect(html).toContain('&lt;i&gt;code&lt;/i&gt;');
  });

  it('opens on Compare when the run has variants, and is the gallery alone when it has none', () => {
    const matrix = renderHtml(matrixOf(2, ['a', 'b']));
    expect(matrix).toContain('<div id="view-gallery" hidden>');
    expect(matrix).toContain('data-view="compare" aria-selected="true"');
    expect(matrix.match(/class="cmp-row" role="row" data-group=/g)).toHaveLength(2);
    expect(matrix.match(/class="cmp-cell" role="cell"/g)).toHaveLength(4);
    const plain = renderHtml(reportOf([{ ...baseResult(spec('solo', 'p'), 'completed'), file: 'videos/solo.mp4' }]));
    expect(plain).not.toContain('id="compare"');
    expect(plain).not.toContain('class="tabs"');
    expect(plain).toContain('<div id="view-gallery">');
  });

  it('is written one row per piece: no piece grows with a 10,000-job run', () => {
    const variants = ['fast', 'pro', 'cheap', 'gateway'];
    const largest = (report: Report) => Math.max(...[...htmlChunks(report)].filter((piece) => piece.includes('@') || piece.includes('data-group')).map((piece) => piece.length));
    const big = matrixOf(2500, variants);
    expect(big.jobs).toHaveLength(10_000);
    expect(largest(big)).toBeLessThan(largest(matrixOf(25, variants)) * 1.5);
    const pieces = [...htmlChunks(big)];
    expect(pieces.filter((piece) => piece.startsWith('<div class="cmp-row" role="row"'))).toHaveLength(2500);
    expect(pieces.join('')).toBe(renderHtml(big));
  });
});

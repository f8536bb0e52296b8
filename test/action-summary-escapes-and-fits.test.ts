import { describe, expect, it } from 'vitest';
import { inert } from '../src/workflow-text.js';
import { buildReport } from '../src/report/report.js';
import { artifactsUrl, buildSummary, escapeHtml } from '../src/report/summary.js';
import { baseResult, type JobResult } from '../src/runner/result.js';
import type { JobOutcome, JobSpec } from '../src/types.js';

function result(id: string, status: JobOutcome, extra: Partial<JobResult> = {}): JobResult {
  const spec: JobSpec = { id, prompt: `A prompt for ${id}`, provider: 'openai', model: 'sora-2', seconds: 4, size: '1280x720', source: { file: 'm.yaml', line: 3 } };
  return { ...baseResult(spec, status), ...extra };
}

const report = (jobs: JobResult[], interrupted = false) =>
  buildReport({ manifest: 'm.yaml', startedAt: 0, finishedAt: 60_000, interrupted, jobs });

describe('the job summary', () => {
  it('orders totals, failures, then the table, and gives every unfinished job a reason', () => {
    const text = buildSummary(
      report(
        [
          result('ok', 'completed', { videoId: 'video_1', durationMs: 65_000 }),
          result('late', 'timed_out', { videoId: 'video_2', error: { code: 'timeout', message: 'no result after 60s' } }),
          result('waiting', 'pending'),
        ],
        true,
      ),
    );
    const order = ['<th>status</th>', '⏱️ timed out</td><td>1</td>', '<h3>Failures (2)</h3>', '<h3>Jobs</h3>'].map((s) => text.indexOf(s));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(text).toContain('<code>late</code> <b>timed out</b>: timeout: no result after 60s');
    expect(text).toContain('<code>waiting</code> <b>pending</b>: not finished: the run stopped first; run again to finish');
    expect(text).toContain('The run was stopped before every job ended');
    expect(text).toContain('<tr><td><code>ok</code></td><td>✅ completed</td><td><code>video_1</code></td><td>sora-2</td><td>4</td><td>1280x720</td><td></td><td>1m 5s</td>');
    expect(text).not.toContain('artifacts');
  });

  it('escapes text from the manifest and the server everywhere', () => {
    const evil = '<b onmouseover="x">\'&\n\n# h';
    const text = buildSummary(
      report([result(evil, 'failed', { model: evil, size: evil, videoId: evil, prompt: evil, error: { code: evil, message: evil }, source: { file: evil, line: 1 } })]),
      { artifactsUrl: 'https://github.com/a/b/actions/runs/1#artifacts" onclick="x' },
    );
    expect(text).not.toMatch(/<b onmouseover|\n\s*\n|" onclick/);
    expect(text).toContain(escapeHtml(evil));
    expect(escapeHtml(evil)).toBe('&lt;b onmouseover=&quot;x&quot;&gt;&#39;&amp; # h');
  });

  it('stays under GitHub’s size limit by leaving the rest of a long table to report.md', () => {
    const jobs = Array.from({ length: 5000 }, (_, i) => result(`job-${i}`, i % 2 ? 'completed' : 'failed', { prompt: 'x'.repeat(400), error: i % 2 ? null : { code: 'e', message: 'm' } }));
    const text = buildSummary(report(jobs), { maxBytes: 200_000 });
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(200_000);
    expect(text).toMatch(/and \d+ more jobs: the summary has a size limit; see report\.md/);
    expect(text).toContain('<li>and 2450 more: see the table below and report.json</li>');
    expect(text.endsWith('</table>\n')).toBe(true);
  });

  it('links the artifacts only inside a workflow run', () => {
    expect(artifactsUrl({})).toBeUndefined();
    expect(artifactsUrl({ GITHUB_SERVER_URL: 'https://ghe.example/', GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '9' })).toBe('https://ghe.example/o/r/actions/runs/9#artifacts');
  });
});

describe('inert', () => {
  it('keeps manifest or server text from starting a workflow command on any line', () => {
    expect(inert('::error::x')).not.toMatch(/^\s*::/m);
    expect(inert('job: failed: boom\n  ::add-mask::y\r::stop-commands::z')).not.toMatch(/^\s*::/m);
    expect(inert('plain [1/2] line: with colons')).toBe('plain [1/2] line: with colons');
  });
});

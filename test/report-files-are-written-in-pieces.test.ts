import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlChunks, renderHtml } from '../src/report/html.js';
import { jsonChunks } from '../src/report/json.js';
import { markdownChunks, renderMarkdown } from '../src/report/markdown.js';
import { buildReport, type Report } from '../src/report/report.js';
import { writeAtomic } from '../src/report/write.js';
import { baseResult, type JobResult } from '../src/runner/result.js';
import type { JobSpec } from '../src/types.js';
import { useResources } from './helpers.js';

const spec = (i: number): JobSpec => ({
  id: `job-${i}`,
  prompt: `Prompt ${i}: "quoted", <b>tags</b>, line\nbreak, tab\t, unicode é 中 \u2028 end`,
  provider: 'openai',
  model: 'sora-2',
  seconds: 4,
  source: { file: 'm.yaml', line: i + 2 },
});

function reportOf(count: number): Report {
  const jobs: JobResult[] = Array.from({ length: count }, (_, i) =>
    i % 3 === 2
      ? { ...baseResult(spec(i), 'failed'), videoId: `video_${i}`, error: { code: 'moderation_blocked', message: `refused ${i}` }, decisions: ['a', 'b'] }
      : { ...baseResult(spec(i), 'completed'), videoId: `video_${i}`, file: `videos/job-${i}.mp4`, bytes: 1000 + i, durationMs: 1000 * i },
  );
  return buildReport({ manifest: 'm.yaml', startedAt: 0, finishedAt: 60_000, interrupted: false, jobs });
}

describe('report files written in pieces', () => {
  const use = useResources();
  const folder = async (): Promise<string> => (await use.folder()).dir;

  it.each([0, 1, 2, 500])('report.json in pieces is byte for byte JSON.stringify(report, null, 2) (%i jobs)', (count) => {
    const report = reportOf(count);
    expect([...jsonChunks(report)].join('')).toBe(`${JSON.stringify(report, null, 2)}\n`);
  });

  it('pieces of JSON follow JSON.stringify for undefined, functions, nested and empty values', () => {
    const value = { a: undefined, b: [1, undefined, () => 1, { c: [] }], d: {}, e: [], f: null, g: 'x\u2028y', h: () => 2 };
    expect([...jsonChunks(value)].join('')).toBe(`${JSON.stringify(value, null, 2)}\n`);
    expect([...jsonChunks({})].join('')).toBe('{}\n');
  });

  it('yields one piece per job, so no piece grows with the run', () => {
    const pieces = (report: Report) => Math.max(...[...jsonChunks(report), ...htmlChunks(report), ...markdownChunks(report)].filter((p) => p.includes('job-')).map((p) => p.length));
    expect(pieces(reportOf(2000))).toBeLessThan(pieces(reportOf(20)) * 1.5);
  });

  it('writes a multi-batch report exactly, through a temporary file that is gone afterwards', async () => {
    const dir = await folder();
    const report = reportOf(800);
    await writeAtomic(join(dir, 'report.html'), htmlChunks(report));
    await writeAtomic(join(dir, 'report.md'), markdownChunks(report));
    await writeAtomic(join(dir, 'report.json'), jsonChunks(report));
    expect(await readFile(join(dir, 'report.html'), 'utf8')).toBe(renderHtml(report));
    expect(await readFile(join(dir, 'report.md'), 'utf8')).toBe(renderMarkdown(report));
    expect(JSON.parse(await readFile(join(dir, 'report.json'), 'utf8'))).toEqual(report);
    expect((await readFile(join(dir, 'report.html'))).length).toBeGreaterThan(200_000);
    expect((await readdir(dir)).sort()).toEqual(['report.html', 'report.json', 'report.md']);
  });

  it('keeps the previous file whole when producing the new one fails midway', async () => {
    const dir = await folder();
    const path = join(dir, 'report.md');
    await writeFile(path, 'previous report\n');
    function* failing(): Generator<string> {
      yield 'x'.repeat(200_000);
      throw new Error('renderer broke');
    }
    await expect(writeAtomic(path, failing())).rejects.toThrow('renderer broke');
    expect(await readFile(path, 'utf8')).toBe('previous report\n');
    expect(await readdir(dir)).toEqual(['report.md']);
  });
});

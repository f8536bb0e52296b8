import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../src/report/report.js';
import { buildSummary } from '../src/report/summary.js';
import type { Simulator } from '../src/simulate.js';
import { fastSimulator, runAgainst, tempDir } from './helpers.js';

// compare-models.yaml put a portrait video beside landscape ones (issue 18, item 13): here a
// variant asks for portrait, one prompt's model turns every video portrait whatever was asked,
// and another's makes half the seconds.
const MANIFEST = `defaults: {seconds: 4, size: 1280x720}
matrix:
  variants:
    wide: {}
    tall: {size: 720x1280}
jobs:
  - {id: fox, prompt: A red fox trotting through fresh snow}
  - {id: turned, prompt: "A lighthouse at dusk [sim:portrait]"}
  - {id: short, prompt: "Bread rising in an oven [sim:short]"}
`;

describe('every report gives each video its size and length, read from the file, and flags what was not asked', () => {
  let sim: Simulator;
  let dir: string;
  let cleanup: () => Promise<void>;
  let report: Report;

  beforeAll(async () => {
    sim = await fastSimulator();
    ({ dir, cleanup } = await tempDir());
    await writeFile(join(dir, 'm.yaml'), MANIFEST);
    report = (await runAgainst(sim, { manifest: join(dir, 'm.yaml'), outDir: join(dir, 'out'), failOn: 'never' })).report!;
  }, 60_000);
  afterAll(async () => {
    await sim?.close();
    await cleanup?.();
  });

  it('report.json: each job its actual width, height and seconds, and differs only where the file is not what was asked', async () => {
    const json = JSON.parse(await readFile(join(dir, 'out', 'report.json'), 'utf8')) as Report;
    const facts = Object.fromEntries(json.jobs.map((j) => [j.id, { actual: j.actual, differs: j.differs ?? [] }]));
    expect(facts).toEqual({
      'fox@wide': { actual: { width: 1280, height: 720, seconds: 4 }, differs: [] },
      'fox@tall': { actual: { width: 720, height: 1280, seconds: 4 }, differs: [] },
      'turned@wide': { actual: { width: 720, height: 1280, seconds: 4 }, differs: ['size'] },
      'turned@tall': { actual: { width: 1280, height: 720, seconds: 4 }, differs: ['size'] },
      'short@wide': { actual: { width: 1280, height: 720, seconds: 2 }, differs: ['seconds'] },
      'short@tall': { actual: { width: 720, height: 1280, seconds: 2 }, differs: ['seconds'] },
    });
  });

  it('a remix is not flagged: its video keeps its source\'s length, whatever its inherited seconds say', async () => {
    await writeFile(join(dir, 'r.yaml'), 'defaults: {seconds: 4, size: 1280x720}\njobs:\n  - {id: day, prompt: A harbour by day, seconds: 8}\n  - {id: night, prompt: The same harbour at night, remix_of: day}\n');
    const remixed = (await runAgainst(sim, { manifest: join(dir, 'r.yaml'), outDir: join(dir, 'remix'), failOn: 'never' })).report!;
    const night = remixed.jobs.find((job) => job.id === 'night')!;
    expect(night.status).toBe('completed');
    expect(night.actual?.seconds).toBe(8);
    expect(night.differs).toBeUndefined();
  });

  it('report.md: a made column, flagged rows, and the overview names the videos not as asked and the unlike variants', async () => {
    const md = await readFile(join(dir, 'out', 'report.md'), 'utf8');
    expect(md).toContain('| id | status | video id | model | seconds | size | made | time | error |');
    expect(md).toMatch(/\| \[fox@wide\]\([^)]*\) \| completed \|[^\n]*\| 1280x720 \| 1280×720 · 4s \|/);
    expect(md).toMatch(/\| \[turned@wide\]\([^)]*\) \| completed \|[^\n]*\| 1280x720 \| ⚠️ 720×1280 · 4s \(not as asked\) \|/);
    expect(md).toContain('- **Not what was asked** (read from the video files): `turned@wide` made 720×1280, asked 1280×720; `turned@tall` made 1280×720, asked 720×1280; `short@wide` made 2s, asked 4s; `short@tall` made 2s, asked 4s\n');
    expect(md).toMatch(/- \*\*Variants differ\*\*: the variants made videos of different sizes, so side by side they are not like for like: wide 1280×720 \(mixed\), 4s; tall 720×1280 \(mixed\), 4s/);
  });

  it('the job summary warns first, and its table says what each file is', () => {
    const summary = buildSummary(report);
    const [first, second] = summary.split('\n');
    expect(first).toBe('<p>⚠️ <b>Warning</b>: 4 videos are not what was asked: turned@wide made 720×1280, asked 1280×720; turned@tall made 1280×720, asked 720×1280; short@wide made 2s, asked 4s; short@tall made 2s, asked 4s</p>');
    expect(second).toContain('the variants made videos of different sizes');
    expect(summary).toContain('<td>⚠️ 720×1280 · 4s <sub>(made 720×1280, asked 1280×720)</sub></td>');
  });

  it('report.html: the Compare view warns that the variants differ, flags each cell not as asked, and the gallery card says it', async () => {
    const html = await readFile(join(dir, 'out', 'report.html'), 'utf8');
    expect(html).toContain('<p class="banner warn" role="status">⚠ The variants made videos of different sizes');
    expect(html).toMatch(/data-variant="wide" data-status="completed" data-differs="size">[\s\S]*?<div class="cc-made unlike" title="made 720×1280, asked 1280×720">⚠ 720×1280 · 4s <small>\(not as asked\)<\/small><\/div>/);
    expect(html).toContain('<div class="vh-made unlike" title="read from the video files">⚠ made 720×1280 (mixed) · 4s</div>');
    expect(html).toContain('<p class="unlike-note" role="note">⚠ Not what was asked: made 2s, asked 4s</p>');
    expect(html).toContain('<li class="made" title="read from the video file">made 1280×720 · 4s</li>');
  });

  it('a resumed run reads the header of the videos it already has', async () => {
    const again = (await runAgainst(sim, { manifest: join(dir, 'm.yaml'), outDir: join(dir, 'out'), failOn: 'never' })).report!;
    expect(again.jobs.every((j) => j.status === 'skipped')).toBe(true);
    expect(again.jobs.filter((j) => (j.actual?.width ?? 0) > 0)).toHaveLength(6);
    expect(again.jobs.map((j) => [j.id, j.actual, j.differs ?? []])).toEqual(report.jobs.map((j) => [j.id, j.actual, j.differs ?? []]));
  });
});

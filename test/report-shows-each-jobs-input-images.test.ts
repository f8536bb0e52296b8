/**
 * The reports show each job's input images: report.json their paths, report.md their file names,
 * report.html small thumbnails beside the video (in the gallery and the Compare view), loaded in
 * headless Chromium from copies in the output folder.
 */
import { existsSync } from 'node:fs';
import { copyFile, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mergeReportFiles } from '../src/report/merge.js';
import type { Report } from '../src/report/report.js';
import { runAgainst, useResources, writeManifest } from './helpers.js';
import { simulatorEnv } from './provider-support.js';
import { CHROMIUM } from './tools.js';

const IMAGES = resolve('examples/images');

describe.skipIf(!existsSync(CHROMIUM))('the reports show each job\'s input images', () => {
  const use = useResources();
  let browser: Browser;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run'] });
  });
  afterAll(async () => {
    await browser?.close();
  });

  /** Each `.inputs` image of the cards matching `selector`, as the page loaded it. */
  async function thumbnails(file: string, selector: string, view?: 'gallery' | 'compare'): Promise<{ kind: string; loaded: boolean; src: string }[]> {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    try {
      await page.goto(pathToFileURL(file).href);
      if (view) await page.click(`.tab[data-view="${view}"]`);
      const images = page.locator(`${selector} .inputs img`);
      const count = await images.count();
      const found: { kind: string; loaded: boolean; src: string }[] = [];
      for (let i = 0; i < count; i++) {
        const image = images.nth(i);
        await image.scrollIntoViewIfNeeded();
        // loading="lazy": wait until the browser has fetched and decoded it.
        await page.waitForFunction((element) => (element as HTMLImageElement).complete, await image.elementHandle(), { timeout: 10_000 });
        found.push(await image.evaluate((element) => {
          const img = element as HTMLImageElement;
          return { kind: img.closest('figure')?.getAttribute('data-kind') ?? '', loaded: img.naturalWidth > 0, src: img.getAttribute('src') ?? '' };
        }));
      }
      return found;
    } finally {
      await page.close();
    }
  }

  it('examples/frames.yaml: report.json lists the paths, report.md the names, the gallery shows first, last and reference thumbnails', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    const outDir = join(t.dir, 'out');
    const result = await runAgainst(sim, { manifest: resolve('examples/frames.yaml'), outDir, concurrency: 4 }, { env: simulatorEnv(sim) });
    expect(result.exitCode).toBe(0);
    const report = JSON.parse(await readFile(join(outDir, 'report.json'), 'utf8')) as Report;
    const vertex = report.jobs.find((job) => job.id === 'harbour-veo-vertex');
    expect(vertex).toMatchObject({ inputReference: join(IMAGES, 'harbour-dawn.png'), lastFrame: join(IMAGES, 'harbour-night.png') });
    expect(report.jobs.find((job) => job.id === 'lantern-seedance')?.referenceImages).toEqual([join(IMAGES, 'character.png'), join(IMAGES, 'lantern.png')]);
    const markdown = await readFile(join(outDir, 'report.md'), 'utf8');
    expect(markdown).toContain('- **harbour-veo-vertex**: first frame `harbour-dawn.png`; last frame `harbour-night.png`');
    expect(markdown).toContain('- **lantern-seedance**: references `character.png`, `lantern.png`');

    const html = join(outDir, 'report.html');
    const harbour = await thumbnails(html, '.card:has(h2[title="harbour-veo-vertex"])');
    expect(harbour.map(({ kind, loaded }) => ({ kind, loaded }))).toEqual([{ kind: 'first frame', loaded: true }, { kind: 'last frame', loaded: true }]);
    // The copies live in the output folder, so the page works wherever the folder goes.
    expect(harbour.every(({ src }) => src.startsWith('inputs/'))).toBe(true);
    expect(await readFile(join(outDir, harbour[1]!.src))).toEqual(await readFile(join(IMAGES, 'harbour-night.png')));
    const lantern = await thumbnails(html, '.card:has(h2[title="lantern-seedance"])');
    expect(lantern.map(({ kind, loaded }) => ({ kind, loaded }))).toEqual([{ kind: 'reference', loaded: true }, { kind: 'reference', loaded: true }]);
    // A merged report brings the shard's copies beside it, so its thumbnails load too.
    const merged = join(t.dir, 'merged');
    await mergeReportFiles([join(outDir, 'report.json')], merged, t.dir);
    expect(await readFile(join(merged, harbour[1]!.src))).toEqual(await readFile(join(IMAGES, 'harbour-night.png')));
    const mergedThumbs = await thumbnails(join(merged, 'report.html'), '.card:has(h2[title="harbour-veo-vertex"])');
    expect(mergedThumbs.map(({ loaded }) => loaded)).toEqual([true, true]);
    // The card's player is still the lazy stand-in beside them.
    const page = await browser.newPage();
    await page.goto(pathToFileURL(html).href);
    expect(await page.locator('.card:has(h2[title="harbour-veo-vertex"]) .media.player').count()).toBe(1);
    await page.close();
  });

  it('the Compare view shows each cell\'s input thumbnails', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    await copyFile(join(IMAGES, 'harbour-dawn.png'), join(t.dir, 'start.png'));
    await copyFile(join(IMAGES, 'harbour-night.png'), join(t.dir, 'end.png'));
    const manifest = await writeManifest(t.dir, 'm.yaml', [
      'defaults: {seconds: 8, size: 1280x720, first_frame: start.png, last_frame: end.png}',
      'matrix:',
      '  variants:',
      '    vertex: {provider: vertex, model: veo-3.1-fast-generate-001}',
      '    gateway: {provider: veo, model: veo-3.1-fast-generate-001}',
      'jobs:',
      '  - {id: harbour, prompt: "A harbour from dawn to night"}',
    ].join('\n'));
    const outDir = join(t.dir, 'out');
    const result = await runAgainst(sim, { manifest, outDir, concurrency: 2 }, { env: simulatorEnv(sim) });
    expect(result.exitCode).toBe(0);
    const cells = await thumbnails(join(outDir, 'report.html'), '#view-compare .cmp-cell', 'compare');
    expect(cells.map(({ kind, loaded }) => ({ kind, loaded }))).toEqual([
      { kind: 'first frame', loaded: true }, { kind: 'last frame', loaded: true },
      { kind: 'first frame', loaded: true }, { kind: 'last frame', loaded: true },
    ]);
  });
});

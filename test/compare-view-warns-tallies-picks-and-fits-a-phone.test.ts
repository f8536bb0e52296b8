import { existsSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Simulator } from '../src/simulate.js';
import { fastSimulator, runAgainst, tempDir } from './helpers.js';
import { CHROMIUM } from './tools.js';

// A landscape and a portrait variant, and a prompt whose model turns every video (issue 18, item 13).
const MANIFEST = `defaults: {seconds: 4, size: 1280x720}
matrix:
  variants:
    wide: {}
    tall: {size: 720x1280}
jobs:
  - {id: fox, prompt: A red fox trotting through fresh snow}
  - {id: turned, prompt: "A lighthouse at dusk [sim:portrait]"}
`;

describe.skipIf(!existsSync(CHROMIUM))('the Compare view says what it compares, tallies the picks, and fits a phone', () => {
  let sim: Simulator;
  let browser: Browser;
  let dir: string;
  let cleanup: () => Promise<void>;
  let reportHtml: string;
  const problems: string[] = [];

  const open = async (viewport = { width: 1400, height: 1000 }, mobile = false): Promise<Page> => {
    const page = await browser.newPage({ viewport, isMobile: mobile, hasTouch: mobile });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    await page.goto(pathToFileURL(reportHtml).href);
    return page;
  };
  const run = async () => (await runAgainst(sim, { manifest: join(dir, 'm.yaml'), outDir: join(dir, 'out'), variants: ['thumbnail'], failOn: 'never' })).report!;

  beforeAll(async () => {
    sim = await fastSimulator();
    ({ dir, cleanup } = await tempDir());
    await writeFile(join(dir, 'm.yaml'), MANIFEST);
    await run();
    reportHtml = join(dir, 'out', 'report.html');
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await sim?.close();
    await cleanup?.();
  });

  it('warns that the variants differ in size, and marks each video that is not what was asked', async () => {
    const page = await open();
    try {
      const banner = page.locator('.compare .banner.warn');
      expect(await banner.isVisible()).toBe(true);
      expect(await banner.innerText()).toMatch(/^⚠ The variants made videos of different sizes, so side by side they are not like for like: wide 1280×720 \(mixed\), 4s; tall 720×1280 \(mixed\), 4s\.$/);
      expect(await page.locator('.cmp-vh[data-variant="tall"] .vh-made').innerText()).toBe('⚠ made 720×1280 (mixed) · 4s');
      const turned = page.locator('.cmp-row[data-group="turned"]');
      expect(await turned.locator('.cmp-cell[data-differs="size"]').count()).toBe(2);
      expect(await turned.locator('.cmp-cell[data-variant="wide"] .cc-made').innerText()).toBe('⚠ 720×1280 · 4s (not as asked)');
      expect(await turned.locator('.cmp-cell[data-variant="wide"] .cc-made').getAttribute('title')).toBe('made 720×1280, asked 1280×720');
      expect(await page.locator('.cmp-row[data-group="fox"] .cp-warn').innerText()).toBe('⚠ Its videos differ in size: see each cell.');
    } finally {
      await page.close();
    }
  });

  it('shows each variant\'s wins and mean rating in its header, from the picks made so far', async () => {
    const page = await open();
    try {
      const header = (variant: string) => page.locator(`.cmp-vh[data-variant="${variant}"] .vh-picks`);
      expect(await header('wide').innerText()).toBe('0 wins · not rated yet');
      await page.locator('.cmp-row[data-group="fox"] .cmp-cell[data-variant="tall"] input[type=radio]').check();
      await page.locator('.cmp-row[data-group="fox"] .cmp-cell[data-variant="tall"] .star[data-rate="4"]').click();
      await page.locator('.cmp-row[data-group="turned"] .cmp-cell[data-variant="tall"] .star[data-rate="2"]').click();
      await page.locator('.cmp-row[data-group="turned"] .cmp-cell[data-variant="wide"] .star[data-rate="5"]').click();
      expect(await header('tall').innerText()).toBe('1 win · ★ 3.0 mean of 2');
      expect(await header('wide').innerText()).toBe('0 wins · ★ 5.0 mean of 1');
      await page.reload();
      expect(await header('tall').innerText()).toBe('1 win · ★ 3.0 mean of 2');
    } finally {
      await page.close();
    }
  });

  it('"Mute all" starts as the players are (muted: it offers to unmute), and follows a player unmuted by its own control', async () => {
    const page = await open();
    try {
      const button = page.locator('#mute-all');
      const players = page.locator('.compare video');
      await expect.poll(() => players.count()).toBe(4);
      const muted = () => players.evaluateAll((all) => all.map((v) => (v as HTMLVideoElement).muted));
      expect(new Set(await muted())).toEqual(new Set([true]));
      expect(await button.innerText()).toBe('Unmute all');
      await button.click();
      expect(new Set(await muted())).toEqual(new Set([false]));
      expect(await button.innerText()).toBe('Mute all');
      await button.click();
      expect(new Set(await muted())).toEqual(new Set([true]));
      expect(await button.innerText()).toBe('Unmute all');
      // A person unmutes one player with its own control: the button now mutes, it does not unmute the rest.
      await players.first().evaluate((v: HTMLVideoElement) => (v.muted = false));
      await expect.poll(() => button.innerText()).toBe('Mute all');
      await button.click();
      expect(new Set(await muted())).toEqual(new Set([true]));
    } finally {
      await page.close();
    }
  });

  it('keeps the picks through a resume that re-renders the report with a new start time', async () => {
    const page = await open();
    try {
      const started = await page.locator('#compare').getAttribute('data-run');
      await page.locator('.cmp-row[data-group="turned"] .cmp-cell[data-variant="wide"] input[type=radio]').check();
      await page.locator('.cmp-row[data-group="turned"] .note').fill('the lighthouse keeps its shape');
      const again = await run();
      expect(again.jobs.every((job) => job.status === 'skipped')).toBe(true);
      expect(again.startedAt).not.toBe(started);
      await page.reload();
      expect(await page.locator('#compare').getAttribute('data-run')).toBe(again.startedAt);
      expect(await page.locator('.cmp-row[data-group="turned"] .cmp-cell[data-variant="wide"] input[type=radio]').isChecked()).toBe(true);
      expect(await page.locator('.cmp-row[data-group="turned"] .note').inputValue()).toBe('the lighthouse keeps its shape');
      expect(await page.locator('#picked').innerText()).toBe('1');
    } finally {
      await page.close();
    }
  });

  it('on a phone, a video gets most of the width and nothing scrolls sideways', async () => {
    const page = await open({ width: 390, height: 844 }, true);
    try {
      await page.locator('.cmp-row[data-group="fox"]').scrollIntoViewIfNeeded();
      const video = page.locator('.cmp-row[data-group="fox"] .cmp-cell[data-variant="wide"] video');
      await expect.poll(() => video.count()).toBe(1);
      const box = (await video.boundingBox())!;
      expect(box.width / 390).toBeGreaterThan(0.8);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      // Each cell names its variant, since the column headers are no longer above it.
      expect(await page.locator('.cmp-row[data-group="fox"] .cmp-cell[data-variant="wide"] .cc-variant').isVisible()).toBe(true);
      await page.screenshot({ path: join(import.meta.dirname, '..', 'test-artifacts', 'compare-phone.png') });
    } finally {
      await page.close();
    }
  });

  it('logs no page errors', () => {
    expect(problems).toEqual([]);
  });
});

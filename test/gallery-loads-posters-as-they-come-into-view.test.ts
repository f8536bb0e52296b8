import { existsSync } from 'node:fs';
import { copyFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { htmlChunks, relativeHref } from '../src/report/html.js';
import { buildReport, type Report } from '../src/report/report.js';
import { writeAtomic } from '../src/report/write.js';
import type { Simulator } from '../src/simulate.js';
import { fastSimulator, runAgainst, tempDir } from './helpers.js';
import { CHROMIUM } from './tools.js';

// A 2,000-job report.html took 15.6 s to open: every poster loaded at once (issue 18, item 14).
// Time is the benchmark's business (npm run bench:gallery); this counts what the page asks for.
const JOBS = 300;

describe.skipIf(!existsSync(CHROMIUM))(`a ${JOBS}-job gallery in headless Chromium`, () => {
  let sim: Simulator;
  let browser: Browser;
  let dir: string;
  let cleanup: () => Promise<void>;
  let big: Report;
  let path: string;

  beforeAll(async () => {
    sim = await fastSimulator();
    ({ dir, cleanup } = await tempDir());
    await writeFile(join(dir, 'm.yaml'), 'jobs:\n  - {id: fox, prompt: A red fox in the snow}\n  - {id: dusk, prompt: A lighthouse at dusk}\n');
    const small = (await runAgainst(sim, { manifest: join(dir, 'm.yaml'), outDir: join(dir, 'out'), variants: ['thumbnail'], failOn: 'never' })).report!;
    // Every card its own poster and video file, so each request counts what the page asked for.
    const jobs = await Promise.all(
      Array.from({ length: JOBS }, async (_, i) => {
        const source = small.jobs[i % small.jobs.length]!;
        const [file, thumbnail] = [`videos/job-${i}.mp4`, `videos/job-${i}.thumbnail.webp`];
        await copyFile(join(dir, 'out', source.file!), join(dir, 'out', file));
        await copyFile(join(dir, 'out', source.thumbnail!), join(dir, 'out', thumbnail));
        return { ...source, id: `job-${i}`, file, thumbnail };
      }),
    );
    big = buildReport({ manifest: 'big.yaml', startedAt: Date.parse(small.startedAt), finishedAt: Date.parse(small.finishedAt), interrupted: false, simulated: true, jobs });
    path = join(dir, 'out', 'big.html');
    await writeAtomic(path, htmlChunks(big));
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu'] });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await sim?.close();
    await cleanup?.();
  });

  it('asks at open only for the posters near the screen and for no video, and builds players only there', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const asked = { image: new Set<string>(), media: new Set<string>() };
    page.on('request', (request) => {
      const type = request.resourceType();
      if (type === 'image' || type === 'media') asked[type].add(decodeURIComponent(new URL(request.url()).pathname.split('/out/')[1] ?? ''));
    });
    try {
      await page.goto(pathToFileURL(path).href, { waitUntil: 'load' });
      await page.waitForTimeout(300);
      const atOpen = { images: asked.image.size, videos: await page.locator('.card video').count(), media: asked.media.size };
      console.log(`${JOBS}-job gallery at open: ${JSON.stringify(atOpen)}`);
      expect(atOpen.images).toBeGreaterThan(0);
      expect(atOpen.images).toBeLessThan(40);
      expect(atOpen.videos).toBeGreaterThan(0);
      expect(atOpen.videos).toBeLessThan(40);
      expect(atOpen.media).toBe(0);
      // The first card shows its poster, in a player with its video's address ready.
      const first = page.locator('.card').first().locator('video');
      expect(await first.getAttribute('poster')).toBe(relativeHref(big.jobs[0]!.thumbnail!));
      expect(await first.getAttribute('src')).toBe(relativeHref(big.jobs[0]!.file!));

      // Scrolled to the end, the last card's poster is asked for and its player built.
      const last = big.jobs[JOBS - 1]!;
      await page.locator('.card').last().scrollIntoViewIfNeeded();
      await expect.poll(() => asked.image.has(last.thumbnail!)).toBe(true);
      await expect.poll(() => page.locator('.card').last().locator('video').getAttribute('src')).toBe(relativeHref(last.file!));
      expect(asked.image.size).toBeLessThan(JOBS / 2);
    } finally {
      await page.close();
    }
  });

  it('plays a card clicked before its player was built', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(pathToFileURL(path).href, { waitUntil: 'load' });
      // A stand-in far below: its link is clicked (a keyboard user, or a fast scroll).
      const standin = page.locator('.card').nth(JOBS - 2).locator('.standin');
      expect(await standin.count()).toBe(1);
      await standin.evaluate((link: HTMLElement) => link.click());
      const video = page.locator('.card').nth(JOBS - 2).locator('video');
      await expect.poll(() => video.evaluate((v: HTMLVideoElement) => !v.paused || v.currentTime > 0)).toBe(true);
    } finally {
      await page.close();
    }
  });
});

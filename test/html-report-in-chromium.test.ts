import { existsSync } from 'node:fs';
import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Report } from '../src/report/report.js';
import type { Simulator } from '../src/simulate.js';
import { simulatorEnv } from './provider-support.js';
import { fastSimulator, runAgainst, tempDir, useResources, writeManifest } from './helpers.js';
import { CHROMIUM } from './tools.js';

// Debian's chromium (.ci/run installs it); without it this file is skipped (npm test says so).
const ARTIFACTS = join(import.meta.dirname, '..', 'test-artifacts');

const MANIFEST = `jobs:
  - id: fox
    prompt: A red fox trotting through fresh snow at golden hour, low tracking shot.
  - id: bottle
    prompt: Slow orbit around a matte blue water bottle on wet slate, soft morning light.
    size: 720x1280
  - id: xss
    prompt: "<script>window.__pwned = true</script> neon city at night & rain"
  - id: refused
    prompt: "A crowd scene [sim:moderation]"
  - id: crashed
    prompt: "A waterfall [sim:fail]"
`;

describe.skipIf(!existsSync(CHROMIUM))('report.html in headless Chromium, from a simulator run', () => {
  let sim: Simulator;
  let browser: Browser;
  let cleanup: () => Promise<void>;
  let report: Report;
  let page: Awaited<ReturnType<Browser['newPage']>>;
  const problems: string[] = [];
  const use = useResources();

  beforeAll(async () => {
    sim = await fastSimulator();
    const t = await tempDir();
    cleanup = t.cleanup;
    const manifest = await writeManifest(t.dir, 'm.yaml', MANIFEST);
    const outDir = join(t.dir, 'out');
    const result = await runAgainst(sim, { manifest, outDir, variants: ['thumbnail'], failOn: 'never' });
    report = result.report!;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`console ${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    // Media loads are cancelled by design once the player has what it needs (ERR_ABORTED).
    page.on('requestfailed', (request) => {
      const why = request.failure()?.errorText ?? '';
      if (!(request.resourceType() === 'media' && why.includes('ERR_ABORTED'))) problems.push(`request failed: ${request.url()} ${why}`);
    });
    await page.goto(pathToFileURL(join(outDir, 'report.html')).href);
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    await sim?.close();
    await cleanup?.();
  });

  it('shows one card per job: a player with a poster for each completed job, the error for each failed one', async () => {
    expect(await page.locator('.card').count()).toBe(report.jobs.length);
    for (const job of report.jobs) {
      const card = page.locator(`.card:has(h2.id[title="${job.id}"])`);
      await expect(card.count()).resolves.toBe(1);
      if (job.status === 'completed') {
        const video = card.locator('video');
        expect(await video.getAttribute('poster')).toBe(job.thumbnail);
        expect(await video.getAttribute('src')).toBe(job.file);
        expect(await video.getAttribute('preload')).toBe('none');
      } else {
        expect(job.status).toBe('failed');
        expect(await card.locator('video').count()).toBe(0);
        expect(await card.locator('.message').innerText()).toBe(job.error!.message);
        expect(await card.locator('.code').innerText()).toBe(job.error!.code);
      }
    }
    expect(report.jobs.filter((j) => j.status === 'completed')).toHaveLength(3);
    expect(report.jobs.filter((j) => j.status === 'failed')).toHaveLength(2);
  });

  it('loads every poster from the videos folder, and the videos play', async () => {
    const posters = await page.locator('video').evaluateAll((videos) =>
      Promise.all(
        videos.map(
          (video) =>
            new Promise<number>((resolve) => {
              const image = new Image();
              image.onload = () => resolve(image.naturalWidth);
              image.onerror = () => resolve(0);
              image.src = (video as HTMLVideoElement).poster;
            }),
        ),
      ),
    );
    expect(posters.length).toBe(3);
    for (const width of posters) expect(width).toBeGreaterThan(0);
    const duration = await page.locator('.card:has(h2.id[title="fox"]) video').evaluate(
      (video: HTMLVideoElement) =>
        new Promise<number>((resolve) => {
          video.addEventListener('loadedmetadata', () => resolve(video.duration), { once: true });
          video.addEventListener('error', () => resolve(-1), { once: true });
          video.preload = 'metadata';
          video.load();
        }),
    );
    expect(duration).toBeGreaterThan(0);
  });

  it('renders a prompt holding <script> as text and never runs it', async () => {
    const prompt = page.locator('.card:has(h2.id[title="xss"]) .prompt');
    expect(await prompt.innerText()).toBe('<script>window.__pwned = true</script> neon city at night & rain');
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    expect(await page.locator('script').count()).toBe(1);
  });

  it('filters by status and searches prompts, hiding and showing cards', async () => {
    const visible = () => page.locator('.card:visible').count();
    expect(await visible()).toBe(5);
    await page.locator('.filter[data-filter="failed"]').click();
    expect(await visible()).toBe(2);
    expect(await page.locator('.filter[data-filter="failed"]').getAttribute('aria-pressed')).toBe('true');
    expect(await page.locator('.card:visible video').count()).toBe(0);
    await page.locator('.filter[data-filter="completed"]').click();
    expect(await visible()).toBe(3);
    await page.locator('.filter[data-filter="all"]').click();
    expect(await visible()).toBe(5);
    await page.locator('#search').fill('water BOTTLE');
    expect(await visible()).toBe(1);
    expect(await page.locator('.card:visible h2').innerText()).toBe('bottle');
    await page.locator('#search').fill('nothing like this');
    expect(await visible()).toBe(0);
    expect(await page.locator('#empty').isVisible()).toBe(true);
    await page.locator('#search').fill('');
    expect(await visible()).toBe(5);
  });

  it('shows a frame, not a blank box, for a video that came without a thumbnail (Veo)', async () => {
    const veoSim = await use.simulator();
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'veo.yaml', 'defaults: {provider: veo, model: veo-3.1-fast-generate-001}\njobs:\n  - {id: wave, prompt: A wave breaking on a reef}\n');
    const outDir = join(t.dir, 'out');
    const result = await runAgainst(veoSim, { manifest, outDir, variants: ['thumbnail'] }, { env: simulatorEnv(veoSim) });
    expect(result.report!.jobs[0]).toMatchObject({ status: 'completed', thumbnail: null });
    const veoPage = await browser.newPage({ viewport: { width: 800, height: 600 } });
    try {
      await veoPage.goto(pathToFileURL(join(outDir, 'report.html')).href);
      const video = veoPage.locator('.card video');
      expect(await video.getAttribute('poster')).toBeNull();
      // HAVE_CURRENT_DATA: the player holds a decoded frame to show without anyone pressing play.
      const state = await video.evaluate(
        (element: HTMLVideoElement) =>
          new Promise<{ readyState: number; width: number; time: number }>((resolve) => {
            const done = () => resolve({ readyState: element.readyState, width: element.videoWidth, time: element.currentTime });
            if (element.readyState >= 2) done();
            else element.addEventListener('loadeddata', done, { once: true });
            element.addEventListener('error', done, { once: true });
            setTimeout(done, 10_000); // a player that never loads fails the assertions, not the timeout
          }),
      );
      expect(state.readyState).toBeGreaterThanOrEqual(2);
      expect(state.width).toBeGreaterThan(0);
      expect(state.time).toBeCloseTo(0.1, 1);
    } finally {
      await veoPage.close();
    }
  });

  it('logs no console errors, and leaves a screenshot in test-artifacts/', async () => {
    await mkdir(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'report.png'), fullPage: true });
    expect((await readFile(join(ARTIFACTS, 'report.png'))).subarray(1, 4).toString()).toBe('PNG');
    expect(problems).toEqual([]);
  });
});

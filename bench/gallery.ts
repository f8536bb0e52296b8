/**
 * `npm run bench:gallery`: how long a large report.html takes to open in headless Chromium.
 * Builds a report of --jobs jobs (default 2,000), each with its own simulated MP4 and WebP poster
 * on disk (so every request the page makes is a real file read), writes report.html as a run
 * does, opens it from file:// and prints load time, first contentful paint, and the images and
 * videos requested at open. With --variants N it is a matrix run (jobs / N prompts x N variants),
 * which opens on the Compare view. Prints figures; asserts nothing.
 * Options: --jobs 2000 --variants 0 --runs 3 --keep
 */
import { existsSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { htmlChunks } from '../src/report/html.js';
import { buildReport } from '../src/report/report.js';
import { writeAtomic } from '../src/report/write.js';
import { baseResult, type JobResult } from '../src/runner/result.js';
import { VideoAssets } from '../src/simulator/content.js';
import type { JobSpec } from '../src/types.js';

const CHROMIUM = '/usr/bin/chromium';

const { values } = parseArgs({
  options: {
    jobs: { type: 'string', default: '2000' },
    variants: { type: 'string', default: '0' },
    runs: { type: 'string', default: '3' },
    keep: { type: 'boolean', default: false },
  },
});
const N = Number(values.jobs);
const V = Number(values.variants);
const RUNS = Number(values.runs);

if (!existsSync(CHROMIUM)) {
  process.stderr.write(`bench:gallery needs Chromium at ${CHROMIUM}: apt-get install chromium\n`);
  process.exit(2);
}

/** A finished job with its files on disk, written once and copied per job (distinct names, same bytes). */
async function jobs(outDir: string): Promise<JobResult[]> {
  const videos = join(outDir, 'videos');
  await mkdir(videos, { recursive: true });
  const assets = new VideoAssets();
  const source = { id: 'bench', seconds: 4, size: '1280x720' };
  const mp4 = assets.mp4(source);
  await writeFile(join(videos, 'source.mp4'), Buffer.concat([mp4.prefix, Buffer.alloc(mp4.paddingBytes)]));
  await writeFile(join(videos, 'source.thumbnail.webp'), assets.thumbnail(source));
  const names = Array.from({ length: V }, (_, i) => `variant-${i + 1}`);
  const results: JobResult[] = [];
  for (let i = 0; i < N; i++) {
    const group = V > 0 ? `prompt-${Math.floor(i / V)}` : undefined;
    const variant = V > 0 ? names[i % V] : undefined;
    const id = group ? `${group}@${variant}` : `job-${i}`;
    const stem = id.replace('@', '_');
    await copyFile(join(videos, 'source.mp4'), join(videos, `${stem}.mp4`));
    await copyFile(join(videos, 'source.thumbnail.webp'), join(videos, `${stem}.thumbnail.webp`));
    const spec: JobSpec = {
      id,
      prompt: `Prompt ${i}: a slow dolly shot through a lantern-lit market in the rain, neon reflected in the puddles`,
      provider: 'openai',
      model: 'sora-2',
      seconds: 4,
      size: '1280x720',
      source: { file: 'bench.yaml', line: i + 2 },
      ...(group ? { group, variant } : {}),
    } as JobSpec;
    results.push({
      ...baseResult(spec, 'completed'),
      videoId: `video_${i}`,
      file: `videos/${stem}.mp4`,
      bytes: mp4.totalBytes,
      thumbnail: `videos/${stem}.thumbnail.webp`,
      actual: { width: 1280, height: 720, seconds: 4 },
      startedAt: new Date(Date.UTC(2026, 11, 7, 3, 0, 0)).toISOString(),
      finishedAt: new Date(Date.UTC(2026, 11, 7, 3, 1, 0) + i * 10).toISOString(),
      durationMs: 60_000 + i * 10,
    });
  }
  return results;
}

const dir = await mkdtemp(join(tmpdir(), 'video-batch-bench-gallery-'));
try {
  const outDir = join(dir, 'out');
  const report = buildReport({ manifest: 'bench.yaml', startedAt: Date.UTC(2026, 11, 7, 3), finishedAt: Date.UTC(2026, 11, 7, 3, 10), interrupted: false, simulated: true, jobs: await jobs(outDir) });
  const path = join(outDir, 'report.html');
  await writeAtomic(path, htmlChunks(report));
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  const rows: Record<string, number>[] = [];
  try {
    for (let run = 0; run < RUNS; run++) {
      // A fresh context each time: nothing cached from the run before.
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const requests = { image: 0, media: 0 };
      page.on('request', (request) => {
        const type = request.resourceType();
        if (type === 'image' || type === 'media') requests[type]++;
      });
      const started = Date.now();
      await page.goto(pathToFileURL(path).href, { waitUntil: 'load', timeout: 120_000 });
      const loadMs = Date.now() - started;
      const timing = await page.evaluate(() => {
        const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
        return {
          firstContentfulPaintMs: Math.round(performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? -1),
          domContentLoadedMs: Math.round(navigation.domContentLoadedEventEnd),
          loadEventMs: Math.round(navigation.loadEventEnd),
        };
      });
      rows.push({ loadMs, ...timing, imagesAtOpen: requests.image, videosAtOpen: requests.media });
      await context.close();
    }
  } finally {
    await browser.close();
  }
  const kind = V > 0 ? `${N / V} prompts x ${V} variants (Compare view)` : `${N} jobs (gallery)`;
  console.log(`report.html of ${kind}, ${(Buffer.byteLength([...htmlChunks(report)].join('')) / 1e6).toFixed(1)} MB, headless Chromium, viewport 1280x900, ${RUNS} runs`);
  const keys = Object.keys(rows[0]!);
  console.log(['run', ...keys].map((key) => key.padStart(24)).join(''));
  rows.forEach((row, i) => console.log([String(i + 1), ...keys.map((key) => String(row[key]))].map((cell) => cell.padStart(24)).join('')));
  const median = (key: string) => [...rows.map((row) => row[key]!)].sort((a, b) => a - b)[Math.floor(rows.length / 2)]!;
  console.log(['median', ...keys.map((key) => String(median(key)))].map((cell) => cell.padStart(24)).join(''));
  if (values.keep) console.log(`kept: ${path}`);
} finally {
  if (!values.keep) await rm(dir, { recursive: true, force: true });
}

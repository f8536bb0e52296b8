/**
 * Estimates use the vendor's price where its Pricing API gives one (per second times seconds, per
 * video once), name where each price came from and when, say "unknown" (never $0.00) where no
 * price is known, and a dry run says whether --max-cost would refuse the real run.
 */
import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { caught, runFast, useResources, writeManifest } from './helpers.js';
import { startFalFixture, startFileHost, TINY_MP4 } from './fal-fixture.js';
import { startFalPlatform } from './fal-platform-fixture.js';
import { ConfigError } from '../src/errors.js';

const KLING = 'fal-ai/kling-video/v2.5-turbo/pro/text-to-video';
const HAILUO = 'fal-ai/minimax/hailuo-02/standard/text-to-video';
const SEEDANCE = 'fal-ai/bytedance/seedance/v1/pro/text-to-video';
const VEO = 'fal-ai/veo3.1/fast';

const PRICES = {
  [KLING]: { unit_price: 0.07, unit: 'video_second' },
  [VEO]: { unit_price: 0.2, unit: 'second' },
  [SEEDANCE]: { unit_price: 2.5, unit: '1M tokens' },
};

describe('prices come from the vendor with their source', () => {
  const use = useResources();

  it('--dry-run prints the vendor price and its source per model, a unit it cannot multiply falls back to the catalog, and no price reads unknown', async () => {
    const t = await use.folder();
    const platform = await startFalPlatform({ prices: PRICES });
    try {
      const manifest = await writeManifest(
        t.dir,
        'm.yaml',
        [
          'defaults: {provider: fal}',
          'jobs:',
          `  - {id: kling, model: ${KLING}, prompt: "A fox", seconds: 10}`,
          `  - {id: veo, model: ${VEO}, prompt: "A fox"}`,
          `  - {id: seedance, model: ${SEEDANCE}, prompt: "A fox", size: 854x480, seconds: 5}`,
          `  - {id: hailuo, model: ${HAILUO}, prompt: "A fox"}`,
        ].join('\n'),
      );
      const env = { FAL_KEY: 'fal-test-key', FAL_PLATFORM_URL: platform.url, XDG_CACHE_HOME: join(t.dir, 'cache') };
      const result = await runFast({ manifest, outDir: join(t.dir, 'out'), dryRun: true, maxCostUsd: 1 }, env);
      const plan = result.log.join('\n');
      expect(plan).toMatch(/kling .*\$0\.70/); // 10 s x $0.07 per video_second
      expect(plan).toMatch(/veo .*\$1\.60/); // the schema's default 8 s x $0.20 per second (the catalog says $0.15)
      expect(plan).toMatch(/seedance .*\$0\.12/); // the catalog's 854x480 rate, 5 s
      expect(plan).toMatch(/hailuo .*price unknown/);
      expect(plan).toMatch(new RegExp(`price of fal ${KLING.replace(/[/.]/g, '\\$&')}: http://127\\.0\\.0\\.1:\\d+/v1/models/pricing\\?.*, read \\d{4}-\\d{2}-\\d{2}`));
      expect(plan).toMatch(/price of fal fal-ai\/bytedance\/seedance\/v1\/pro\/text-to-video: fal\.ai model page: Seedance 1\.0 Pro pricing.*cannot multiply/);
      expect(plan).toMatch(/--max-cost \$1\.00: the real run would be refused: estimated cost \$2\.42/);
      expect(plan).not.toContain('$0.00');
    } finally {
      await platform.close();
    }
  });

  it('--dry-run --max-cost says the real run would start when the estimate is within it, and the real run with unknown prices is refused', async () => {
    const t = await use.folder();
    const platform = await startFalPlatform({ prices: PRICES });
    try {
      const manifest = await writeManifest(t.dir, 'm.yaml', ['defaults: {provider: fal}', 'jobs:', `  - {id: kling, model: ${KLING}, prompt: "A fox", seconds: 5}`].join('\n'));
      const env = { FAL_KEY: 'fal-test-key', FAL_PLATFORM_URL: platform.url, XDG_CACHE_HOME: join(t.dir, 'cache') };
      const dry = await runFast({ manifest, outDir: join(t.dir, 'out'), dryRun: true, maxCostUsd: 1 }, env);
      expect(dry.log.join('\n')).toMatch(/--max-cost \$1\.00: the real run would start/);
      const unknown = await writeManifest(t.dir, 'u.yaml', ['defaults: {provider: fal}', 'jobs:', `  - {id: h, model: ${HAILUO}, prompt: "A fox"}`].join('\n'));
      const dryUnknown = await runFast({ manifest: unknown, outDir: join(t.dir, 'out'), dryRun: true, maxCostUsd: 1 }, env);
      expect(dryUnknown.log.join('\n')).toMatch(/--max-cost \$1\.00: the real run would be refused: 1 jobs use models without a known price/);
      const error = await caught(runFast({ manifest: unknown, outDir: join(t.dir, 'out'), maxCostUsd: 1 }, env));
      expect(error).toBeInstanceOf(ConfigError);
    } finally {
      await platform.close();
    }
  });

  it('report.json gives each job its priceSource; report.md lists the sources; a run of unknown price shows unknown, never $0.00, in every report', async () => {
    const t = await use.folder();
    const files = await startFileHost('127.0.0.1', TINY_MP4);
    const queue = await startFalFixture({ result: () => ({ status: 200, body: { video: { url: `${files.origin}/v.mp4` } } }) });
    const platform = await startFalPlatform({ prices: PRICES });
    try {
      const env = { FAL_KEY: 'fal-test-key', FAL_BASE_URL: queue.origin, FAL_PLATFORM_URL: platform.url, XDG_CACHE_HOME: join(t.dir, 'cache') };
      const priced = await writeManifest(t.dir, 'p.yaml', ['defaults: {provider: fal}', 'jobs:', `  - {id: kling, model: ${KLING}, prompt: "A fox", seconds: 5}`, `  - {id: hailuo, model: ${HAILUO}, prompt: "A fox"}`].join('\n'));
      await runFast({ manifest: priced, outDir: join(t.dir, 'p') }, env);
      const report = JSON.parse(await readFile(join(t.dir, 'p', 'report.json'), 'utf8')) as { jobs: { id: string; estimatedCostUsd: number | null; priceSource: string | null }[] };
      const kling = report.jobs.find((j) => j.id === 'kling')!;
      expect(kling.estimatedCostUsd).toBe(0.35);
      expect(kling.priceSource).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/v1\/models\/pricing\?endpoint_id=.*, read \d{4}-\d{2}-\d{2}$/);
      expect(report.jobs.find((j) => j.id === 'hailuo')).toMatchObject({ estimatedCostUsd: null, priceSource: null });
      const markdown = await readFile(join(t.dir, 'p', 'report.md'), 'utf8');
      expect(markdown).toContain('## Prices');
      expect(markdown).toMatch(/kling-video.*1 job\): http:/);
      expect(markdown).toMatch(/hailuo.*price unknown/);

      const unknown = await writeManifest(t.dir, 'u.yaml', ['defaults: {provider: fal}', 'jobs:', `  - {id: hailuo, model: ${HAILUO}, prompt: "A fox"}`].join('\n'));
      await runFast({ manifest: unknown, outDir: join(t.dir, 'u') }, env);
      const html = await readFile(join(t.dir, 'u', 'report.html'), 'utf8');
      const md = await readFile(join(t.dir, 'u', 'report.md'), 'utf8');
      expect(html).toMatch(/<dt>Est\. cost<\/dt><dd>unknown<\/dd>/);
      expect(html).not.toContain('$0.00');
      expect(md).not.toContain('$0.00');
      expect(md).toMatch(/\*\*Cost\*\*.*unknown|cost.*unknown/i);
    } finally {
      await Promise.all([files.close(), queue.close(), platform.close()]);
    }
  });
});

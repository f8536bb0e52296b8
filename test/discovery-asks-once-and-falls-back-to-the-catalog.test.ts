/**
 * Discovery asks each vendor once per model and day (the cache), nothing with --offline or when
 * a resumed run has nothing left to create; a Platform API that fails leaves the run on the
 * catalog with a warning naming what was not checked; a status the vendor reports deprecated
 * warns as a catalog row does; `models --refresh` asks again and renews the cache.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { run, type RunOptions } from '../src/run.js';
import { refreshCatalog } from '../src/providers/discovery/refresh.js';
import { systemClock } from '../src/runner/clock.js';
import { runFast, useResources, writeManifest } from './helpers.js';
import { startFalFixture, startFileHost, TINY_MP4 } from './fal-fixture.js';
import { startFalPlatform } from './fal-platform-fixture.js';
import { startHostile } from './hostile-server.js';

const KLING = 'fal-ai/kling-video/v2.5-turbo/pro/text-to-video';
const VEO = 'fal-ai/veo3.1/fast';
const TWO = ['defaults: {provider: fal}', 'jobs:', `  - {id: kling, model: ${KLING}, prompt: "A fox", seconds: 5}`, `  - {id: veo, model: ${VEO}, prompt: "A fox", seconds: 8}`].join('\n');
const DAY = 24 * 60 * 60 * 1000;

/** A dry run at the given clock reading, its printed lines and warnings. */
async function dryRun(manifest: string, env: Record<string, string>, at: number, extra: Partial<RunOptions> = {}): Promise<string[]> {
  const lines: string[] = [];
  await run(
    { manifest, outDir: '/nonexistent-out', concurrency: 1, dryRun: true, download: false, timeoutSeconds: 0, failOn: 'any', simulate: false, ...extra },
    { env, log: (line) => lines.push(line), print: (line) => lines.push(line), clock: { now: () => at, sleep: systemClock.sleep } },
  );
  return lines;
}

describe('discovery asks once and falls back to the catalog', () => {
  const use = useResources();

  it('a fresh cache answers for a day: the second run asks nothing, a run 25 hours later asks again', async () => {
    const t = await use.folder();
    const platform = await startFalPlatform();
    try {
      const manifest = await writeManifest(t.dir, 'm.yaml', TWO);
      const env = { FAL_KEY: 'fal-test-key', FAL_PLATFORM_URL: platform.url, XDG_CACHE_HOME: join(t.dir, 'cache') };
      const start = Date.parse('2026-12-07T00:00:00Z');
      await dryRun(manifest, env, start);
      expect(platform.requests.map((r) => r.path)).toEqual(['/v1/models', '/v1/models/pricing']);
      await dryRun(manifest, env, start + 23 * 60 * 60 * 1000);
      expect(platform.requests).toHaveLength(2);
      await dryRun(manifest, env, start + DAY + 60 * 60 * 1000);
      expect(platform.requests.map((r) => r.path)).toEqual(['/v1/models', '/v1/models/pricing', '/v1/models', '/v1/models/pricing']);
    } finally {
      await platform.close();
    }
  });

  it('--offline asks nothing, even with an empty cache, and still refuses by the catalog', async () => {
    const t = await use.folder();
    const platform = await startFalPlatform();
    try {
      const manifest = await writeManifest(t.dir, 'm.yaml', TWO);
      const env = { FAL_KEY: 'fal-test-key', FAL_PLATFORM_URL: platform.url, XDG_CACHE_HOME: join(t.dir, 'cache') };
      const lines = await dryRun(manifest, env, Date.now(), { offline: true });
      expect(lines.join('\n')).toMatch(/2 jobs in/);
      expect(platform.requests).toEqual([]);
      const bad = await writeManifest(t.dir, 'bad.yaml', ['defaults: {provider: fal}', 'jobs:', `  - {id: veo, model: ${VEO}, prompt: "A fox", seconds: 5}`].join('\n'));
      await expect(dryRun(bad, env, Date.now(), { offline: true })).rejects.toThrow(/bad\.yaml:3.*accepts 4, 6, 8/);
      // Endpoints outside the catalog are held to the fallback mapping's known names: a size no pair makes, audio with no switch.
      const fallback = await writeManifest(
        t.dir,
        'fallback.yaml',
        ['defaults: {provider: fal}', 'jobs:', `  - {id: k, model: ${KLING}, prompt: "A fox", size: 1000x800}`, '  - {id: h, model: fal-ai/minimax/hailuo-02/standard/text-to-video, prompt: "A fox", audio: true}'].join('\n'),
      );
      const error = await dryRun(fallback, env, Date.now(), { offline: true }).catch((e: unknown) => e as Error);
      expect(String(error)).toMatch(/fallback\.yaml:3.*size.*1000x800.*16:9, 9:16, 1:1/);
      expect(String(error)).toMatch(/fallback\.yaml:4.*audio.*no known audio switch/);
      expect(platform.requests).toEqual([]);
    } finally {
      await platform.close();
    }
  });

  it('a resumed run with nothing left to create sends no discovery request', async () => {
    const t = await use.folder();
    const files = await startFileHost('127.0.0.1', TINY_MP4);
    const queue = await startFalFixture({ result: () => ({ status: 200, body: { video: { url: `${files.origin}/v.mp4` } } }) });
    const platform = await startFalPlatform();
    try {
      const manifest = await writeManifest(t.dir, 'm.yaml', TWO);
      const out = join(t.dir, 'out');
      const first = await runFast({ manifest, outDir: out }, { FAL_KEY: 'fal-test-key', FAL_BASE_URL: queue.origin, FAL_PLATFORM_URL: platform.url, XDG_CACHE_HOME: join(t.dir, 'cache1') });
      expect(first.exitCode).toBe(0);
      expect(platform.requests).toHaveLength(2);
      // Another cache folder: only the ledger can tell the second run there is nothing to ask about.
      const again = await runFast({ manifest, outDir: out }, { FAL_KEY: 'fal-test-key', FAL_BASE_URL: queue.origin, FAL_PLATFORM_URL: platform.url, XDG_CACHE_HOME: join(t.dir, 'cache2') });
      expect(again.exitCode).toBe(0);
      expect(platform.requests).toHaveLength(2);
      expect(queue.requests.filter((r) => r.method === 'POST')).toHaveLength(2);
    } finally {
      await Promise.all([files.close(), queue.close(), platform.close()]);
    }
  });

  it('a Platform API answering 503 leaves the run on the catalog with a warning naming the models not checked', async () => {
    const t = await use.folder();
    const files = await startFileHost('127.0.0.1', TINY_MP4);
    const queue = await startFalFixture({ result: () => ({ status: 200, body: { video: { url: `${files.origin}/v.mp4` } } }) });
    const platform = await startFalPlatform({ modelsStatus: 503 });
    try {
      const manifest = await writeManifest(t.dir, 'm.yaml', ['defaults: {provider: fal}', 'jobs:', `  - {id: veo, model: ${VEO}, prompt: "A fox", seconds: 8, audio: false}`].join('\n'));
      const result = await runFast({ manifest, outDir: join(t.dir, 'out') }, { FAL_KEY: 'fal-test-key', FAL_BASE_URL: queue.origin, FAL_PLATFORM_URL: platform.url, XDG_CACHE_HOME: join(t.dir, 'cache') });
      expect(result.exitCode).toBe(0);
      expect(result.log.join('\n')).toMatch(/warning: fal-ai\/veo3\.1\/fast not checked against fal's published schema, price and status \(.*503.*\); the catalog was used/);
      // The catalog's input names: Veo's "8s" and its audio switch.
      expect(queue.requests.find((r) => r.method === 'POST')?.body).toEqual({ prompt: 'A fox', duration: '8s', generate_audio: false });
    } finally {
      await Promise.all([files.close(), queue.close(), platform.close()]);
    }
  });

  it('a Platform API that never answers is given up at the discovery deadline, and the plan comes from the catalog', async () => {
    const t = await use.folder();
    const silent = await startHostile(() => {}); // reads the request, never answers
    try {
      const manifest = await writeManifest(t.dir, 'm.yaml', ['defaults: {provider: fal}', 'jobs:', `  - {id: veo, model: fal-ai/veo3/fast, prompt: "A fox", seconds: 8}`].join('\n'));
      const env = { FAL_KEY: 'fal-test-key', FAL_PLATFORM_URL: `${silent.url}/v1`, XDG_CACHE_HOME: join(t.dir, 'cache') };
      const lines = await dryRun(manifest, env, Date.now(), { discoveryTimeoutMs: 200 });
      expect(lines.join('\n')).toMatch(/warning: fal-ai\/veo3\/fast not checked .*did not answer within 0\.2 s.*the catalog was used/);
      expect(lines.join('\n')).toMatch(/veo .*\$1\.20/);
      expect(silent.count('/v1/models')).toBe(1);
    } finally {
      await silent.close();
    }
  });

  it('an endpoint fal reports deprecated warns as a deprecated catalog row does, naming fal as the source', async () => {
    const t = await use.folder();
    const platform = await startFalPlatform({ statuses: { [KLING]: 'deprecated' } });
    try {
      const manifest = await writeManifest(t.dir, 'm.yaml', TWO);
      const env = { FAL_KEY: 'fal-test-key', FAL_PLATFORM_URL: platform.url, XDG_CACHE_HOME: join(t.dir, 'cache') };
      const lines = await dryRun(manifest, env, Date.now());
      expect(lines.join('\n')).toMatch(/warning: fal-ai\/kling-video\/v2\.5-turbo\/pro\/text-to-video is deprecated by its vendor \(fal reports it deprecated \(http:\/\/127\.0\.0\.1:\d+\/v1\/models\?.*read \d{4}-\d{2}-\d{2}\)\)/);
      expect(lines.join('\n')).not.toMatch(/veo3\.1\/fast is deprecated/);
    } finally {
      await platform.close();
    }
  });

  it('models --refresh asks again, says what fal answered, and renews the cache a run then uses', async () => {
    const t = await use.folder();
    const platform = await startFalPlatform({ prices: { [VEO]: { unit_price: 0.2, unit: 'second' } } });
    try {
      const env = { FAL_KEY: 'fal-test-key', FAL_PLATFORM_URL: platform.url, XDG_CACHE_HOME: join(t.dir, 'cache') };
      const lines = await refreshCatalog({ env, provider: 'fal' });
      expect(lines.join('\n')).toMatch(/fal fal-ai\/veo3\.1\/fast: active; input schema read; 0\.2 USD per second/);
      expect(platform.requests.map((r) => r.path)).toEqual(['/v1/models', '/v1/models/pricing']);
      const manifest = await writeManifest(t.dir, 'm.yaml', ['defaults: {provider: fal}', 'jobs:', `  - {id: veo, model: ${VEO}, prompt: "A fox", seconds: 4}`].join('\n'));
      const plan = await dryRun(manifest, env, Date.now());
      expect(plan.join('\n')).toMatch(/veo .*\$0\.80/); // fal's price from the cache, not the catalog's $0.60
      expect(platform.requests).toHaveLength(2);
    } finally {
      await platform.close();
    }
  });
});

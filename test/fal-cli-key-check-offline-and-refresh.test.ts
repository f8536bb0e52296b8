/**
 * The CLI as users run it: a FAL_KEY fal's Platform API refuses exits 2 with zero creates;
 * `--offline` asks the Platform API nothing; `models --refresh` asks it again and says what it
 * answered.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { runCli, useResources, writeManifest } from './helpers.js';
import { startFalFixture } from './fal-fixture.js';
import { startFalPlatform } from './fal-platform-fixture.js';

const MANIFEST = ['defaults: {provider: fal}', 'jobs:', '  - {id: veo, model: fal-ai/veo3.1/fast, prompt: "A fox", seconds: 8}', '  - {id: kling, model: fal-ai/kling-video/v2.5-turbo/pro/text-to-video, prompt: "A fox", seconds: 5}'].join('\n');

describe('fal on the command line: key check, --offline, models --refresh', () => {
  const use = useResources();

  it('a wrong FAL_KEY exits 2 naming the variable, and the queue gets no create', async () => {
    const t = await use.folder();
    const queue = await startFalFixture({ result: () => ({ status: 200, body: {} }) });
    const platform = await startFalPlatform();
    try {
      const manifest = await writeManifest(t.dir, 'm.yaml', MANIFEST);
      const ran = await runCli(['run', manifest, '--out', join(t.dir, 'out')], { FAL_KEY: 'not-the-key', FAL_BASE_URL: queue.origin, FAL_PLATFORM_URL: platform.url, XDG_CACHE_HOME: join(t.dir, 'cache') });
      expect(ran.code).toBe(2);
      expect(ran.stderr).toMatch(/FAL_KEY was refused/);
      expect(ran.stderr).not.toContain('not-the-key');
      expect(queue.requests).toEqual([]);
      expect(platform.requests).toHaveLength(1);
    } finally {
      await Promise.all([queue.close(), platform.close()]);
    }
  });

  it('--offline plans from the catalog without asking the Platform API; models --refresh asks it', async () => {
    const t = await use.folder();
    const platform = await startFalPlatform({ prices: { 'fal-ai/veo3.1/fast': { unit_price: 0.2, unit: 'video_second' } } });
    try {
      const manifest = await writeManifest(t.dir, 'm.yaml', MANIFEST);
      const env = { FAL_KEY: 'fal-test-key', FAL_PLATFORM_URL: platform.url, XDG_CACHE_HOME: join(t.dir, 'cache') };
      const offline = await runCli(['run', manifest, '--dry-run', '--offline'], env);
      expect(offline.code).toBe(0);
      expect(offline.stdout).toMatch(/veo .*\$1\.20/); // the catalog's rate
      expect(offline.stdout).toMatch(/kling .*price unknown/); // no catalog row
      expect(platform.requests).toEqual([]);
      const refreshed = await runCli(['models', '--refresh', '--provider', 'fal'], env);
      expect(refreshed.code).toBe(0);
      expect(refreshed.stderr).toMatch(/fal fal-ai\/veo3\.1\/fast: active; input schema read; 0\.2 USD per video_second/);
      expect(platform.requests.map((r) => r.path)).toEqual(['/v1/models', '/v1/models/pricing']);
      // The refreshed cache now prices the offline plan.
      const after = await runCli(['run', manifest, '--dry-run', '--offline'], env);
      expect(after.stdout).toMatch(/veo .*\$1\.60/);
    } finally {
      await platform.close();
    }
  });
});

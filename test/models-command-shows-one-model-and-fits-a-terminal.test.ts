import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CATALOG } from '../src/providers/catalog.js';
import { startFalPlatform, type FalPlatform } from './fal-platform-fixture.js';
import { runCli, useResources } from './helpers.js';

/** The page with its wrapped lines joined, for matching text that wraps. */
const flat = (text: string): string => text.replace(/\s+/g, ' ');

describe('video-batch models: the list fits a terminal, and one model gets a page of its own', () => {
  const resources = useResources();
  const platforms: FalPlatform[] = [];
  afterEach(async () => {
    await Promise.all(platforms.splice(0).map((platform) => platform.close()));
  });

  it('lists live rows first and never prints a line wider than 120 columns', async () => {
    const ran = await runCli(['models'], {});
    expect(ran.code).toBe(0);
    const lines = ran.stdout.trimEnd().split('\n');
    for (const line of lines) expect(line.length, line).toBeLessThanOrEqual(120);
    // Every row's model id appears, even the ones too long for their column.
    for (const row of CATALOG) expect(ran.stdout).toContain(row.model);
    const status = (model: string): number => lines.findIndex((line) => line.includes(` ${model} `) || line.endsWith(` ${model}`));
    const firstGone = Math.min(...CATALOG.filter((row) => row.status === 'retired' || row.status === 'deprecated').map((row) => status(row.model)));
    const lastLive = Math.max(...CATALOG.filter((row) => row.status === 'ga' || row.status === 'preview').map((row) => status(row.model)));
    expect(lastLive).toBeLessThan(firstGone);
    expect(lines[lines.findIndex((line) => line.includes(' sora-2 ')) + 1]).toMatch(/^ +-> use seedance-1-0-pro-250528 \(provider: seedance\)/);
  });

  it('models <id> shows a catalog model\'s inputs with allowed values and defaults, its price with source, and its status', async () => {
    const ran = await runCli(['models', 'veo-3.1-fast-generate-001', '--provider', 'vertex'], {});
    expect(ran.code).toBe(0);
    const page = ran.stdout;
    expect(page).toMatch(/^veo-3\.1-fast-generate-001 +\(provider vertex: Vertex AI \(Veo\)/);
    expect(page).toMatch(/status +ga\n/);
    expect(page).toMatch(/seconds +integer +4, 6, 8/);
    expect(page).toMatch(/size +WIDTHxHEIGHT +1280x720, 720x1280, 1920x1080/);
    expect(page).toMatch(/audio +boolean +true, false +\[default: true/);
    expect(flat(page)).toMatch(/price \$0\.1\/s at 1280x720, 720x1280; \$0\.12\/s at 1920x1080/);
    expect(flat(page)).toMatch(/audio: false: \$0\.08\/s at 1280x720/);
    expect(flat(page)).toMatch(/source: Veo 3\.1 Fast per-second list prices .* read 2026-12-07; unconfirmed: Google's Vertex AI pricing page/);
    // Without --provider, every provider's row of that id is shown.
    const both = await runCli(['models', 'veo-3.1-fast-generate-001'], {});
    expect(both.stdout.match(/^veo-3\.1-fast-generate-001 +\(provider (veo|vertex)/gm)).toHaveLength(2);
  });

  it('models <id> shows a retired model\'s replacement, and an unknown id is exit 2 naming what to do', async () => {
    const retired = await runCli(['models', 'sora-2'], {});
    expect(retired.stdout).toMatch(/status +retired, shutdown 2026-09-24; use seedance-1-0-pro-250528 \(provider: seedance\)/);
    const unknown = await runCli(['models', 'no-such-model'], {});
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/no model "no-such-model" in the catalog; .*--provider/);
  });

  it('models <id> on fal lists the inputs of the endpoint\'s published schema when fal is reachable, and its price', async () => {
    const { dir } = await resources.folder();
    const platform = await startFalPlatform({ prices: { 'fal-ai/veo3.1/fast': { unit_price: 0.15, unit: 'seconds' } } });
    platforms.push(platform);
    const env = { FAL_KEY: 'fal-test-key', FAL_PLATFORM_URL: platform.url, XDG_CACHE_HOME: join(dir, 'cache') };
    const ran = await runCli(['models', 'fal-ai/veo3.1/fast'], env);

    expect(ran.code).toBe(0);
    expect(flat(ran.stdout)).toMatch(/inputs the vendor's published input schema \(http:\/\/127\.0\.0\.1:\d+\/v1\/models\?endpoint_id=fal-ai%2Fveo3\.1%2Ffast/);
    expect(ran.stdout).toMatch(/duration +string +4s, 6s, 8s +\[default: 8s\]/);
    expect(ran.stdout).toMatch(/generate_audio +boolean .*\[default: true\]/);
    expect(flat(ran.stdout)).toMatch(/vendor price 0\.15 USD per seconds/);
    expect(platform.requests.some((request) => request.path === '/v1/models' && request.ids.includes('fal-ai/veo3.1/fast'))).toBe(true);

    // A second look within the day is answered from the cache; --refresh asks again.
    const asked = platform.requests.length;
    await runCli(['models', 'fal-ai/veo3.1/fast'], env);
    expect(platform.requests.length).toBe(asked);
    await runCli(['models', 'fal-ai/veo3.1/fast', '--refresh'], env);
    expect(platform.requests.length).toBeGreaterThan(asked);
  });
});

/**
 * A job an OpenRouter model cannot honour (a duration it does not list, a size it cannot make, a
 * model id of the wrong form) is a manifest error (exit 2) naming file, line, field and what
 * works, and nothing reaches OpenRouter.
 */
import { describe, expect, it } from 'vitest';
import { ManifestError } from '../src/manifest/types.js';
import { run } from '../src/run.js';
import { caught, useResources, writeManifest } from './helpers.js';
import { startOpenRouterFixture } from './openrouter-fixture.js';

describe('OpenRouter refuses before sending', () => {
  const use = useResources();

  it('names the durations and sizes that work, and sends nothing', async () => {
    const t = await use.folder();
    const api = await startOpenRouterFixture();
    try {
      const yaml = [
        '- {provider: openrouter, model: google/veo-3.1-fast, seconds: 7, prompt: "A fox"}',
        '- {provider: openrouter, model: google/veo-3.1-fast, seconds: 4, size: 1000x1000, prompt: "A car"}',
        '- {provider: openrouter, model: veo-3.1-fast, prompt: "An owl"}',
      ].join('\n');
      const manifest = await writeManifest(t.dir, 'm.yaml', yaml);
      const options = { manifest, outDir: `${t.dir}/out`, concurrency: 1, dryRun: false, download: true, timeoutSeconds: 30, failOn: 'any', simulate: false } as const;
      const error = await caught(run(options, { env: { OPENROUTER_API_KEY: 'sk-or-test', OPENROUTER_BASE_URL: api.base }, log: () => {}, print: () => {} }));
      expect(error).toBeInstanceOf(ManifestError);
      const text = (error as ManifestError).message;
      expect(text).toMatch(/m\.yaml:1\b.*seconds.*4, 6, 8/);
      expect(text).toMatch(/m\.yaml:2\b.*size.*1280x720/);
      expect(text).toMatch(/m\.yaml:3\b.*model.*author\/slug/);
      expect(api.requests).toEqual([]);
    } finally {
      await api.close();
    }
  });
});

/**
 * A job an OpenRouter model cannot honour is a manifest error (exit 2) naming file, line, field and
 * what works, and no video is requested: a model id of the wrong form when the manifest is read,
 * and, against what `GET /videos/models` lists (one read for the run), a duration or size the model
 * does not list, audio on a model without it, or a model OpenRouter does not list at all.
 */
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../src/errors.js';
import { ManifestError } from '../src/manifest/types.js';
import { run } from '../src/run.js';
import { caught, useResources, writeManifest } from './helpers.js';
import { startOpenRouterFixture, VEO_FAST_MODEL } from './openrouter-fixture.js';

/** A model only the live list knows (not in the catalog), with no audio. */
const NEW_MODEL = { ...VEO_FAST_MODEL, id: 'acme/clip-1', supported_durations: [5, 10], supported_sizes: null, supported_resolutions: ['720p'], supported_aspect_ratios: ['16:9'], generate_audio: false };

async function refusal(dir: string, base: string, yaml: string): Promise<string> {
  const manifest = await writeManifest(dir, 'm.yaml', yaml);
  const options = { manifest, outDir: `${dir}/out`, concurrency: 1, dryRun: false, download: true, timeoutSeconds: 30, failOn: 'any', simulate: false, offline: false } as const;
  const error = await caught(run(options, { env: { OPENROUTER_API_KEY: 'sk-or-test', OPENROUTER_BASE_URL: base, XDG_CACHE_HOME: `${dir}/cache` }, log: () => {}, print: () => {} }));
  expect(error).toBeInstanceOf(ManifestError);
  return (error as ManifestError).message;
}

describe('OpenRouter refuses before sending', () => {
  const use = useResources();

  it('refuses a model id that is not author/slug when the manifest is read, asking OpenRouter nothing', async () => {
    const t = await use.folder();
    const api = await startOpenRouterFixture();
    try {
      const text = await refusal(t.dir, api.base, '- {provider: openrouter, model: veo-3.1-fast, prompt: "An owl"}\n');
      expect(text).toMatch(/m\.yaml:1\b.*model.*author\/slug/);
      expect(api.requests).toEqual([]);
    } finally {
      await api.close();
    }
  });

  it('names what the listed capabilities allow, in one pass, and requests no video', async () => {
    const t = await use.folder();
    const api = await startOpenRouterFixture({ models: [VEO_FAST_MODEL, NEW_MODEL] });
    try {
      const yaml = [
        '- {provider: openrouter, model: google/veo-3.1-fast, seconds: 7, prompt: "A fox"}',
        '- {provider: openrouter, model: google/veo-3.1-fast, seconds: 4, size: 1000x1000, prompt: "A car"}',
        '- {provider: openrouter, model: acme/clip-1, seconds: 7, size: 1280x720, prompt: "A cat"}',
        '- {provider: openrouter, model: acme/clip-1, seconds: 5, audio: true, prompt: "A dog"}',
        '- {provider: openrouter, model: acme/missing, seconds: 5, prompt: "A bird"}',
      ].join('\n');
      const text = await refusal(t.dir, api.base, yaml);
      expect(text).toMatch(/m\.yaml:1\b.*seconds.*4, 6, 8/);
      expect(text).toMatch(/m\.yaml:2\b.*size.*1280x720/);
      expect(text).toMatch(/m\.yaml:3\b.*seconds.*5, 10/);
      expect(text).toMatch(/m\.yaml:4\b.*audio.*makes no audio/);
      expect(text).toMatch(/m\.yaml:5\b.*model.*acme\/missing is not a model openrouter lists/);
      expect(text).not.toMatch(/m\.yaml:3\b.*size/);
      expect(api.requests.map((r) => `${r.method} ${r.path}`)).toEqual(['GET /api/v1/videos/models']);
    } finally {
      await api.close();
    }
  });

  it('a key OpenRouter refuses stops the run before any video is requested', async () => {
    const t = await use.folder();
    const api = await startOpenRouterFixture();
    try {
      const manifest = await writeManifest(t.dir, 'm.yaml', '- {provider: openrouter, model: google/veo-3.1-fast, seconds: 4, prompt: "A fox"}\n- {provider: openrouter, model: google/veo-3.1-fast, seconds: 8, prompt: "A car"}\n');
      const options = { manifest, outDir: `${t.dir}/out`, concurrency: 2, dryRun: false, download: true, timeoutSeconds: 30, failOn: 'any', simulate: false } as const;
      const error = await caught(run(options, { env: { OPENROUTER_API_KEY: 'sk-or-wrong', OPENROUTER_BASE_URL: api.base, XDG_CACHE_HOME: `${t.dir}/cache` }, log: () => {}, print: () => {} }));
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).message).toContain('OPENROUTER_API_KEY');
      expect(api.requests.filter((r) => r.method === 'POST')).toEqual([]);
    } finally {
      await api.close();
    }
  });
});

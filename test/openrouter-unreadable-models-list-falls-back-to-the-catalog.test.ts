/**
 * When OpenRouter's models list cannot be read (a 5xx), the run goes on with the catalog's copy
 * of each model's limits and price, says what was not checked, and still refuses what the
 * catalog refuses before anything is sent.
 */
import { describe, expect, it } from 'vitest';
import { ManifestError } from '../src/manifest/types.js';
import { caught, useResources } from './helpers.js';
import { runOpenRouter, startOpenRouterFixture } from './openrouter-fixture.js';

const DOWN = { status: 500, body: { error: { code: 500, message: 'Internal Server Error' } } };

describe('OpenRouter without its models list', () => {
  const use = useResources();

  it('runs on the catalog with a warning naming the model not checked', async () => {
    const t = await use.folder();
    const api = await startOpenRouterFixture({ modelsAnswer: DOWN });
    try {
      const { result, jobs } = await runOpenRouter(t.dir, '- {provider: openrouter, model: google/veo-3.1-fast, seconds: 8, size: 1280x720, prompt: "A fox"}\n', api.base);
      expect(result.exitCode).toBe(0);
      expect(jobs[0]?.status).toBe('completed');
      expect(result.log.some((line) => line.includes('google/veo-3.1-fast not checked') && line.includes('the catalog was used'))).toBe(true);
      // With no capabilities at hand the size goes as written, which the reference accepts.
      expect(api.requests.find((r) => r.method === 'POST')?.body).toEqual({ model: 'google/veo-3.1-fast', prompt: 'A fox', duration: 8, size: '1280x720' });
    } finally {
      await api.close();
    }
  });

  it('still refuses what the catalog refuses, sending no video', async () => {
    const t = await use.folder();
    const api = await startOpenRouterFixture({ modelsAnswer: DOWN });
    try {
      const error = await caught(runOpenRouter(t.dir, '- {provider: openrouter, model: google/veo-3.1-fast, seconds: 7, prompt: "A fox"}\n', api.base));
      expect(error).toBeInstanceOf(ManifestError);
      expect((error as ManifestError).message).toMatch(/seconds.*4, 6(,| or) 8/);
      expect(api.requests.filter((r) => r.method === 'POST')).toEqual([]);
    } finally {
      await api.close();
    }
  });
});

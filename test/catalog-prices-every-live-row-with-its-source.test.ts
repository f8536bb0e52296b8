import { describe, expect, it } from 'vitest';
import { estimateWithFacts } from '../src/cost/prices.js';
import { CATALOG, catalogRow } from '../src/providers/catalog.js';
import type { JobSpec } from '../src/types.js';

// fal's and Replicate's rows are priced on the branches that own them (discovery, replicate):
// once those are merged, this list is empty and every ga row of the catalog is held to the rule.
const job = (provider: JobSpec['provider'], model: string, extra: Partial<JobSpec> = {}): JobSpec => ({
  id: 'j',
  prompt: 'p',
  provider,
  model,
  source: { file: 'm.yaml', line: 1 },
  ...extra,
});

describe('the catalog prices every live row, each price with its source and the date it was read', () => {
  it('gives every ga row a price whose source has a title and a 2026 date (or says where none was found)', () => {
    const live = CATALOG.filter((row) => row.status === 'ga');
    expect(live.length).toBeGreaterThan(10);
    const unpriced = live.filter((row) => row.price === undefined);
    // A row without a price must say where one was looked for, and those stay few.
    for (const row of unpriced) expect(row.price_not_found?.read, `${row.provider} ${row.model}`).toMatch(/^2026-\d\d-\d\d$/);
    expect(unpriced.map((row) => `${row.provider} ${row.model}`)).toEqual(['replicate bytedance/seedance-1-pro', 'openrouter bytedance/seedance-2.0']);
    for (const row of live.filter((row) => row.price !== undefined)) {
      const name = `${row.provider} ${row.model}`;
      expect(row.price, name).toBeDefined();
      expect(row.price!.source.title.length, name).toBeGreaterThan(10);
      expect(row.price!.source.read, name).toMatch(/^2026-\d\d-\d\d$/);
      expect(row.price!.default_seconds, name).toBeGreaterThan(0);
    }
  });

  it('says so in the source where only a third party quotes the price', () => {
    for (const [provider, model] of [
      ['vertex', 'veo-3.1-generate-001'],
      ['vertex', 'veo-3.1-fast-generate-001'],
      ['seedance', 'seedance-1-5-pro-251215'],
      ['seedance', 'dreamina-seedance-2-0-260128'],
    ] as const) {
      expect(catalogRow(provider, model)?.price?.source.unconfirmed, `${provider} ${model}`).toMatch(/not (in|readable)/);
    }
  });

  it('prices Veo 3.1 on Vertex AI with and without audio, and the new Lite row', () => {
    const loud = estimateWithFacts(job('vertex', 'veo-3.1-fast-generate-001', { seconds: 8, size: '1920x1080' }), undefined);
    const quiet = estimateWithFacts(job('vertex', 'veo-3.1-fast-generate-001', { seconds: 8, size: '1920x1080', audio: false }), undefined);
    expect(loud.usd).toBe(0.96);
    expect(quiet.usd).toBe(0.8);
    expect(estimateWithFacts(job('vertex', 'veo-3.1-generate-001', { seconds: 4, size: '3840x2160', audio: false }), undefined).usd).toBe(1.6);
    expect(estimateWithFacts(job('vertex', 'veo-3.1-lite-generate-001', { seconds: 8, size: '1280x720' }), undefined).usd).toBe(0.4);
    expect(catalogRow('vertex', 'veo-3.1-lite-generate-001')?.status).toBe('preview');
  });

  it('prices Seedance 1.5 Pro by its audio switch and 2.0 at 480p and 720p only', () => {
    expect(estimateWithFacts(job('seedance', 'seedance-1-5-pro-251215', { seconds: 5, size: '1280x720' }), undefined).usd).toBe(0.259);
    expect(estimateWithFacts(job('seedance', 'seedance-1-5-pro-251215', { seconds: 5, size: '1280x720', audio: false }), undefined).usd).toBe(0.1295);
    expect(estimateWithFacts(job('seedance', 'dreamina-seedance-2-0-260128', { seconds: 5, size: '1280x720' }), undefined).usd).toBe(0.756);
    expect(catalogRow('seedance', 'dreamina-seedance-2-0-fast-260128')?.sizes?.some((size) => size.endsWith('x1080') || size.startsWith('1080x'))).toBe(false);
  });

  it('marks fal-ai/veo3/fast deprecated: Google retired Veo 3.0 Fast on 2026-06-30', () => {
    const row = catalogRow('fal', 'fal-ai/veo3/fast');
    expect(row?.status).toBe('deprecated');
    expect(row?.shutdown).toBe('2026-06-30');
    expect(row?.replacement).toEqual([{ provider: 'fal', model: 'fal-ai/veo3.1/fast' }]);
  });
});

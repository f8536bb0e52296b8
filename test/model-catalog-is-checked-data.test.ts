import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { CATALOG, catalogRow, lifecycleOf, PROVIDER_TRAITS } from '../src/providers/catalog.js';
import { PROVIDER_NAMES } from '../src/types.js';

const root = join(import.meta.dirname, '..');
const read = (path: string): unknown => JSON.parse(readFileSync(join(root, path), 'utf8'));
const validator = () => new Ajv({ allErrors: true, strict: false }).compile(read('schema/models.schema.json') as object);

describe('the model catalog (src/models.json)', () => {
  it('matches its JSON Schema', () => {
    const validate = validator();
    const valid = validate(read('src/models.json'));
    expect(validate.errors ?? []).toEqual([]);
    expect(valid).toBe(true);
  });

  it('the schema refuses a retired row without a shutdown date and replacement, and a source without its date', () => {
    const validate = validator();
    const row = { provider: 'openai', model: 'x', status: 'retired', lifecycle_source: { title: 'a page', read: '2026-12-01' } };
    expect(validate({ models: [row] })).toBe(false);
    expect(validate({ models: [{ ...row, shutdown: '2026-09-24', replacement: [{ model: 'y' }] }] })).toBe(true);
    expect(validate({ models: [{ ...row, status: 'ga', lifecycle_source: { title: 'a page' } }] })).toBe(false);
  });

  it('gives every provider a live default model with a row of its own', () => {
    for (const provider of PROVIDER_NAMES) {
      const model = PROVIDER_TRAITS[provider].defaultModel;
      expect(catalogRow(provider, model), `${provider}: ${model}`).toBeDefined();
      expect(lifecycleOf(provider, model)?.status, `${provider}: ${model}`).toMatch(/^(ga|preview)$/);
    }
  });

  it('names, for every retired or deprecated row, replacements that are live rows', () => {
    const gone = CATALOG.filter((row) => row.status === 'retired' || row.status === 'deprecated');
    expect(gone.map((row) => row.model)).toEqual(expect.arrayContaining(['sora-2', 'sora-2-pro', 'veo-3.1-generate-preview', 'veo-3.1-fast-generate-preview']));
    for (const row of gone) {
      // Providers video-batch does not have yet (gemini's Interactions API) have no rows to check.
      const known = (row.replacement ?? []).filter((r) => CATALOG.some((other) => other.provider === r.provider));
      expect(known.length, row.model).toBeGreaterThan(0);
      for (const r of known) expect(CATALOG.find((other) => other.provider === r.provider && other.model === r.model)?.status, `${row.model} -> ${r.model}`).toBe('ga');
    }
  });

  it('dates and sources every lifecycle claim and price, and says what is unconfirmed about the Veo previews', () => {
    for (const row of CATALOG) {
      expect(row.lifecycle_source?.read, row.model).toMatch(/^2026-\d\d-\d\d$/);
      if (row.price) expect(row.price.source.read, row.model).toMatch(/^2026-\d\d-\d\d$/);
    }
    expect(catalogRow('veo', 'veo-3.1-fast-generate-preview')?.lifecycle_source?.unconfirmed).toMatch(/unconfirmed by Google/);
  });
});

import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIELDS, FIELD_NAMES } from '../src/manifest/index.js';
import { manifestSchema, renderSchema, SCHEMA_FILE } from '../src/manifest/schema.js';

const root = join(import.meta.dirname, '..');

describe('schema/manifest.schema.json', () => {
  it('is exactly what `npm run schema` generates from FIELDS (run it after changing a field)', async () => {
    expect(await readFile(join(root, SCHEMA_FILE), 'utf8')).toBe(renderSchema());
  });

  it('describes every job field, requires what the reader requires, and allows in defaults only what the reader allows', () => {
    const definitions = manifestSchema().definitions as Record<string, { properties: Record<string, unknown>; required?: string[] }>;
    expect(Object.keys(definitions.job!.properties)).toEqual([...FIELD_NAMES, 'matrix']);
    expect(definitions.job!.required).toEqual(FIELD_NAMES.filter((name) => FIELDS[name].required));
    expect(Object.keys(definitions.defaults!.properties)).toEqual(FIELD_NAMES.filter((name) => FIELDS[name].allowedInDefaults));
    for (const name of FIELD_NAMES) expect(definitions.job!.properties[name]).toMatchObject(FIELDS[name].schema);
  });

  it('is named on the first line of every YAML example, so editors complete and check them', async () => {
    for (const name of ['manifest.yaml', 'mixed-providers.yaml', 'compare-models.yaml']) {
      const first = (await readFile(join(root, 'examples', name), 'utf8')).split('\n')[0];
      expect(first, name).toBe(`# yaml-language-server: $schema=../${SCHEMA_FILE}`);
    }
  });
});

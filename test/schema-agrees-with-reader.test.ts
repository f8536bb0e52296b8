import { readdir, readFile } from 'node:fs/promises';
import { dirname, extname, join } from 'node:path';
import { Ajv } from 'ajv';
import { parse as parseCsv } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { parseManifest } from '../src/manifest/index.js';
import { manifestSchema } from '../src/manifest/schema.js';

const root = join(import.meta.dirname, '..');

/** A validator built the way editors use the schema: draft-07, strict, `uri` checked like the reader does. */
function schemaValidator(): (data: unknown) => boolean {
  const ajv = new Ajv({ allErrors: true, strict: true, allowUnionTypes: true });
  ajv.addFormat('uri', { type: 'string', validate: (text: string) => URL.canParse(text) });
  const validate = ajv.compile(manifestSchema());
  return (data) => validate(data) === true;
}

/** The data an editor checks: YAML as parsed, CSV as one object per row (an empty cell is no field, as for the reader). */
function dataOf(text: string, file: string): unknown {
  if (extname(file) !== '.csv') return parseYaml(text);
  const rows = parseCsv(text, { columns: true, bom: true, skip_empty_lines: true }) as Record<string, string>[];
  return rows.map((row) => Object.fromEntries(Object.entries(row).filter(([, value]) => value.trim() !== '')));
}

/** The reader's verdict on the manifest's structure: the same parse as `run`, without checks that need the disk or a provider. */
function readerAccepts(text: string, file: string): boolean {
  return parseManifest(text, { file, manifestDir: dirname(file), defaultModel: () => 'sora-2' }).ok;
}

async function manifestsIn(dir: string): Promise<string[]> {
  const names = await readdir(dir);
  return names.filter((name) => ['.yaml', '.yml', '.csv'].includes(extname(name))).map((name) => join(dir, name));
}

describe('the manifest schema and the reader give the same verdict', () => {
  const valid = schemaValidator();

  it('accepts every example manifest, as the reader does', async () => {
    const files = await manifestsIn(join(root, 'examples'));
    expect(files.length).toBeGreaterThanOrEqual(3);
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      expect(readerAccepts(text, file), file).toBe(true);
      expect(valid(dataOf(text, file)), file).toBe(true);
    }
  });

  it('judges every fixture manifest as the reader does', async () => {
    const files = await manifestsIn(join(root, 'test', 'fixtures', 'manifests'));
    expect(files.some((file) => file.endsWith('three-errors.yaml'))).toBe(true);
    for (const file of files) {
      const text = await readFile(file, 'utf8');
      expect(valid(dataOf(text, file)), file).toBe(readerAccepts(text, file));
    }
  });

  // Structural mistakes the schema can express; each is checked against the reader too.
  const cases: readonly [name: string, yaml: string, ok: boolean][] = [
    ['a list of jobs', '- prompt: a fox\n- {prompt: a cat, seconds: 8, size: 1280x720}\n', true],
    ['defaults, jobs and pricing', 'defaults: {model: sora-2, seconds: "4"}\njobs:\n  - prompt: a fox\npricing:\n  sora-2: 0.1\n  my-model: {1280x720: 0.2, default: 0.1}\n', true],
    ['every field', '- {id: a, prompt: p, provider: veo, model: m, seconds: 6, size: 720x1280, input_reference: x.PNG, base_url: "https://h.example/v1", api_key_env: MY_KEY}\n- {prompt: q, remix_of: a}\n', true],
    ['a misspelt field', '- promt: a fox\n', false],
    ['an unknown field beside a prompt', '- {prompt: a fox, colour: red}\n', false],
    ['a job without a prompt', '- seconds: 4\n', false],
    ['a job that is only text', '- a fox in the snow\n', false],
    ['"jobs" that is not a list', 'jobs: {prompt: a fox}\n', false],
    ['no jobs', 'jobs: []\n', false],
    ['no "jobs" key', 'defaults: {seconds: 4}\n', false],
    ['an unknown top-level key', 'job:\n  - prompt: a fox\n', false],
    ['an unknown provider', '- {prompt: a fox, provider: sora}\n', false],
    ['seconds that are not a number', '- {prompt: a fox, seconds: abc}\n', false],
    ['zero seconds', '- {prompt: a fox, seconds: 0}\n', false],
    ['a size that is not WIDTHxHEIGHT', '- {prompt: a fox, size: wide}\n', false],
    ['an input_reference that is not an image', '- {prompt: a fox, input_reference: clip.mp4}\n', false],
    ['a base_url that is not http(s)', '- {prompt: a fox, base_url: "ftp://h.example"}\n', false],
    ['a key where the variable name goes', '- {prompt: a fox, api_key_env: sk-proj-abcdef0123456789}\n', false],
    ['a prompt in defaults', 'defaults: {prompt: a fox}\njobs:\n  - prompt: a cat\n', false],
    ['an id in defaults', 'defaults: {id: x}\njobs:\n  - prompt: a cat\n', false],
    ['a price that is not a number', 'jobs:\n  - prompt: a fox\npricing: {sora-2: cheap}\n', false],
    ['a price for a size that is no size', 'jobs:\n  - prompt: a fox\npricing: {sora-2: {big: 0.2}}\n', false],
    ['a models block', 'jobs:\n  - prompt: a fox\nmodels:\n  sora-2: {status: ga}\n  kling-v2: {provider: openai, seconds: [5, 10], sizes: [1280x720], usd_per_second: {1280x720: 0.07, default: 0.05}, replacement: [kling-v3, {provider: seedance, model: seedance-1-0-pro-250528}]}\n', true],
    ['a model status that is no status', 'jobs:\n  - prompt: a fox\nmodels: {sora-2: {status: gone}}\n', false],
    ['a model field that does not exist', 'jobs:\n  - prompt: a fox\nmodels: {sora-2: {secnds: [4]}}\n', false],
    ['model seconds that are not a list', 'jobs:\n  - prompt: a fox\nmodels: {kling-v2: {seconds: 5}}\n', false],
  ];
  it.each(cases)('%s', (_name, yaml, ok) => {
    expect(readerAccepts(yaml, 'case.yaml')).toBe(ok);
    expect(valid(parseYaml(yaml))).toBe(ok);
  });
});

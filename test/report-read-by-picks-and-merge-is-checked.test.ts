/**
 * A report.json read by `picks` or `merge` is checked against schema/report.schema.json first, and
 * whatever `picks` writes into a manifest goes through the YAML library (comments included): a
 * report that smuggles a line into the manifest gives no live line. The schema is the one
 * `npm run schema` writes, and it describes every field a run or a merge writes.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { mergeReportFiles } from '../src/report/merge.js';
import { tallyPicks } from '../src/report/picks.js';
import { pickedManifest } from '../src/report/picks-manifest.js';
import type { Report } from '../src/report/report.js';
import { renderReportSchema, REPORT_SCHEMA_FILE, reportSchema } from '../src/report/schema.js';
import { runAgainst, runCli, useResources, writeManifest } from './helpers.js';
import { writePng } from './provider-support.js';

const MANIFEST = `pricing: {seedance-1-0-lite-t2v-250428: 0.07}
models: {kling-v2-1-master: {usd_per_second: 0.31}}
defaults: {seconds: 4}
matrix:
  variants:
    pro: {model: seedance-1-0-pro-250528, params: {seed: 7}}
    lite: {model: seedance-1-0-lite-t2v-250428, size: 1280x720, api_key_env: GATEWAY_KEY}
jobs:
  - {id: fox, prompt: A fox in snow}
  - {id: owl, prompt: An owl at night, input_reference: still.png}
  - {id: cut, prompt: "Cut [sim:fail]", remix_of: fox@lite, matrix: false, api_key_env: GATEWAY_KEY}
`;

const ENV = { env: { OPENAI_API_KEY: 'sk-test-secret-key', GATEWAY_KEY: 'sk-test-gateway-key' } };

type Schema = { [keyword: string]: unknown };

/** The schema with every described object closed: a field a report has and the schema lacks fails. */
function closed(schema: unknown): unknown {
  if (Array.isArray(schema)) return schema.map(closed);
  if (typeof schema !== 'object' || schema === null) return schema;
  const copy: Schema = Object.fromEntries(Object.entries(schema).map(([key, value]) => [key, key === 'properties' ? Object.fromEntries(Object.entries(value as Schema).map(([k, v]) => [k, closed(v)])) : closed(value)]));
  if ('properties' in copy && !('additionalProperties' in copy)) copy.additionalProperties = false;
  return copy;
}

describe('the report schema', () => {
  const use = useResources();

  it('is the file `npm run schema` writes', async () => {
    expect(await readFile(join(import.meta.dirname, '..', REPORT_SCHEMA_FILE), 'utf8')).toBe(renderReportSchema());
  });

  it('describes every field of what a run, a shard and a partial merge write', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    await writePng(t.dir, 'still.png');
    const manifest = await writeManifest(t.dir, 'm.yaml', MANIFEST);
    const whole = await runAgainst(sim, { manifest, outDir: join(t.dir, 'whole'), variants: ['thumbnail', 'spritesheet'] }, ENV);
    await runAgainst(sim, { manifest, outDir: join(t.dir, 's1'), shard: { index: 1, total: 2 } }, ENV);
    const partial = await mergeReportFiles(['s1/report.json'], join(t.dir, 'merged'), t.dir, { allowPartial: true });
    expect(partial.report.partial).toMatchObject({ shardCount: 2, missingShards: [2] });
    const validate = new Ajv({ strict: true, allowUnionTypes: true }).compile(closed(reportSchema()) as Schema);
    const written = [join(t.dir, 'whole', 'report.json'), join(t.dir, 's1', 'report.json'), join(t.dir, 'merged', 'report.json')];
    for (const path of written) {
      const ok = validate(JSON.parse(await readFile(path, 'utf8')));
      expect(validate.errors ?? [], path).toEqual([]);
      expect(ok).toBe(true);
    }
    // What this run wrote exercises the optional parts: params, an image, a key variable, a remix, a failure, previews.
    const jobs = whole.report!.jobs;
    expect(jobs.some((job) => job.params && job.inputReference && job.apiKeyEnv === undefined)).toBe(true);
    expect(jobs.some((job) => job.apiKeyEnv === 'GATEWAY_KEY' && job.remixOf?.kind === 'job' && job.error !== null)).toBe(true);
    expect(jobs.some((job) => typeof job.spritesheet === 'string')).toBe(true);
    expect(whole.report).toMatchObject({ pricing: { 'seedance-1-0-lite-t2v-250428': 0.07 }, models: { 'kling-v2-1-master': { usd_per_second: 0.31 } }, shard: null });
  });
});

describe('picks and merge read a report only when it fits the schema', () => {
  const use = useResources();

  async function ranWithPicks(): Promise<{ dir: string; report: Record<string, unknown> & { jobs: Record<string, unknown>[] } }> {
    const sim = await use.simulator();
    const t = await use.folder();
    await writePng(t.dir, 'still.png');
    const manifest = await writeManifest(t.dir, 'm.yaml', MANIFEST);
    const { report } = await runAgainst(sim, { manifest, outDir: join(t.dir, 'out') }, ENV);
    await writeFile(join(t.dir, 'picks.json'), JSON.stringify({ run: report!.startedAt, picks: [{ prompt: 'fox', variant: 'lite' }] }));
    return { dir: t.dir, report: JSON.parse(await readFile(join(t.dir, 'out', 'report.json'), 'utf8')) };
  }

  it.each([
    ['a newline in manifest that would start a live line', (r: Record<string, unknown>) => void (r.manifest = 'm.yaml\ndefaults: {base_url: "http://attacker.example/v1"}'), 'manifest has a character or a form that a report never has'],
    ['a provider no video-batch has', (r: { jobs: Record<string, unknown>[] }) => void (r.jobs[1]!.provider = 'attacker'), 'jobs[1].provider must be equal to one of the allowed values (openai, '],
    ['a job without status', (r: { jobs: Record<string, unknown>[] }) => void delete r.jobs[0]!.status, 'jobs[0].status is missing'],
    ['a variant name over two lines', (r: { jobs: Record<string, unknown>[] }) => void (r.jobs[0]!.variant = 'lite\nbase_url: x'), 'jobs[0].variant'],
    ['a base URL that is not one', (r: { jobs: Record<string, unknown>[] }) => void (r.jobs[0]!.baseUrl = 'file:///etc/passwd'), 'jobs[0].baseUrl has a character or a form'],
  ])('refuses %s: exit 2, one line naming the file and the field, nothing written', async (_name, tamper, field) => {
    const { dir, report } = await ranWithPicks();
    (tamper as (r: typeof report) => void)(report);
    await writeFile(join(dir, 'out', 'report.json'), JSON.stringify(report));
    const picks = await runCli(['picks', 'picks.json', '--report', 'out/report.json', '--write-manifest', 'winners.yaml'], {}, dir);
    expect(picks.code).toBe(2);
    expect(picks.stderr.split('\n')).toEqual([expect.stringContaining(`out/report.json: ${field}`), '']);
    expect(picks.stdout).toBe('');
    expect(existsSync(join(dir, 'winners.yaml'))).toBe(false);
    const merge = await runCli(['merge', 'out/report.json', '--out', 'merged'], {}, dir);
    expect(merge.code).toBe(2);
    expect(merge.stderr.split('\n')).toEqual([expect.stringContaining(`out/report.json: ${field}`), '']);
    expect(existsSync(join(dir, 'merged'))).toBe(false);
  });

  it('writes a prompt that holds YAML as the prompt, never as a manifest line', async () => {
    const { dir, report } = await ranWithPicks();
    const evil = 'A fox\ndefaults: {base_url: "http://attacker.example/v1"}\n# end';
    for (const job of report.jobs) if (job.group === 'fox') job.prompt = evil;
    await writeFile(join(dir, 'out', 'report.json'), JSON.stringify(report));
    const picks = await runCli(['picks', 'picks.json', '--report', 'out/report.json', '--write-manifest', 'winners.yaml'], {}, dir);
    expect(picks.code, picks.stderr).toBe(0);
    const written = parse(await readFile(join(dir, 'winners.yaml'), 'utf8')) as Record<string, unknown> & { jobs: { prompt: string }[] };
    expect(Object.keys(written)).toEqual(['pricing', 'models', 'jobs']);
    expect(written.jobs.map((job) => job.prompt)).toEqual([evil]);
  });

  it('writes report text into the header only as comment lines, whatever it holds', async () => {
    const { report } = await ranWithPicks();
    // Past the schema (as a library caller could be): the YAML library still keeps it a comment.
    const hostile = { ...report, manifest: 'm.yaml\ndefaults: {base_url: "http://attacker.example/v1"}\r\njobs: []\rmodels: {}' } as unknown as Report;
    const outcome = tallyPicks({ run: '', picks: [{ prompt: 'fox', variant: 'pro', ratings: {}, note: '' }] }, hostile);
    const text = pickedManifest(outcome, hostile, '/tmp')!.text;
    const parsed = parse(text) as Record<string, unknown> & { jobs: unknown[] };
    expect(Object.keys(parsed)).toEqual(['pricing', 'models', 'jobs']);
    expect(parsed.jobs).toHaveLength(1);
    expect(parsed.models).toEqual({ 'kling-v2-1-master': { usd_per_second: 0.31 } });
  });
});

import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jobFingerprint, legacyFingerprint } from '../src/runner/ledger.js';
import type { JobSpec } from '../src/types.js';
import { runAgainst, useResources, writeManifest } from './helpers.js';

const job = (params: JobSpec['params']): JobSpec => ({ id: 'fox', prompt: 'A fox', provider: 'openai', model: 'seedance-1-0-pro-250528', source: { file: 'm.yaml', line: 1 }, params });

// Two spellings of one request: keys in another order, nested ones too.
const WRITTEN = '{seed: 1, negative_prompt: blur, extra: {b: 2, a: 1}}';
const REORDERED = '{extra: {a: 1, b: 2}, negative_prompt: blur, seed: 1}';

describe('the order params are written in is not part of a job', () => {
  const use = useResources();

  it('the fingerprint hashes params with their keys sorted, nested keys included; arrays keep their order', () => {
    expect(jobFingerprint(job({ seed: 1, negative_prompt: 'blur', extra: { b: 2, a: 1 } }))).toBe(jobFingerprint(job({ extra: { a: 1, b: 2 }, negative_prompt: 'blur', seed: 1 })));
    expect(jobFingerprint(job({ frames: [1, 2] }))).not.toBe(jobFingerprint(job({ frames: [2, 1] })));
    // Params written sorted hash as earlier versions hashed them: such ledgers resume as they are.
    expect(legacyFingerprint(job({ negative_prompt: 'blur', seed: 1 }))).toBeUndefined();
  });

  it('a re-run with the keys reordered creates nothing: given ids, derived ids and matrix variants alike', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    const outDir = join(t.dir, 'out');
    const manifest = (params: string, first: string, second: string) =>
      writeManifest(
        t.dir,
        'm.yaml',
        `matrix:\n  params: [${first}, ${second}]\njobs:\n` +
          `  - {id: fox, prompt: "A fox", model: seedance-1-0-pro-250528, params: ${params}, matrix: false}\n` +
          `  - {prompt: "An owl", model: seedance-1-0-pro-250528, params: ${params}, matrix: false}\n` +
          `  - {id: cat, prompt: "A cat", model: seedance-1-0-pro-250528}\n`,
      );
    const first = await runAgainst(sim, { manifest: await manifest(WRITTEN, '{seed: 1, style: a}', '{seed: 2, style: b}'), outDir });
    expect(first.exitCode).toBe(0);
    expect(sim.stats.billedCreates).toBe(4);
    const again = await runAgainst(sim, { manifest: await manifest(REORDERED, '{style: a, seed: 1}', '{style: b, seed: 2}'), outDir });
    expect(again.exitCode).toBe(0);
    expect(sim.stats.billedCreates).toBe(4);
    expect(again.report!.jobs.map((j) => j.id)).toEqual(first.report!.jobs.map((j) => j.id));
    expect(again.report!.jobs.every((j) => j.status === 'skipped')).toBe(true);
  });

  it('a ledger written before keys were sorted (old fingerprints, old ids) resumes without a create', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    const outDir = join(t.dir, 'out');
    const path = await writeManifest(
      t.dir,
      'm.yaml',
      `matrix:\n  params: [{style: a, seed: 1}, {style: b, seed: 2}]\njobs:\n` +
        `  - {id: fox, prompt: "A fox", model: seedance-1-0-pro-250528, params: ${WRITTEN}, matrix: false}\n` +
        `  - {id: owl, prompt: "An owl", model: seedance-1-0-pro-250528}\n`,
    );
    const first = await runAgainst(sim, { manifest: path, outDir, download: false });
    expect(first.report!.jobs.map((j) => j.id)).toEqual(['fox', 'owl@seed-1-style-a', 'owl@seed-2-style-b']);
    expect(sim.stats.billedCreates).toBe(3);
    // The ledger as an earlier version wrote it: params hashed in the order written, and variant
    // names from the keys in the order written (`owl@style-a-seed-1`).
    const jobs = new Map(first.manifest.jobs.map((j) => [j.id, j]));
    const ledgerPath = join(outDir, 'ledger.jsonl');
    const entries = (await readFile(ledgerPath, 'utf8')).trim().split('\n').map((line) => JSON.parse(line) as { jobId: string; fingerprint: string });
    const old = entries.map((entry) => ({
      ...entry,
      jobId: entry.jobId.replace(/@seed-(\d)-style-(\w)$/, '@style-$2-seed-$1'),
      fingerprint: legacyFingerprint(jobs.get(entry.jobId)!) ?? entry.fingerprint,
    }));
    expect(old.filter((entry) => entry.fingerprint !== entries[old.indexOf(entry)]!.fingerprint).length).toBeGreaterThan(0);
    await writeFile(ledgerPath, old.map((entry) => `${JSON.stringify(entry)}\n`).join(''));

    const again = await runAgainst(sim, { manifest: path, outDir, download: false });
    expect(sim.stats.billedCreates).toBe(3);
    expect(again.report!.jobs.map((j) => [j.id, j.status, j.attempts])).toEqual([
      ['fox', 'skipped', 0],
      ['owl@seed-1-style-a', 'skipped', 0],
      ['owl@seed-2-style-b', 'skipped', 0],
    ]);
  });
});

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { jobFingerprint } from '../src/runner/ledger.js';
import type { JobSpec } from '../src/types.js';
import { runAgainst, useResources, writeManifest } from './helpers.js';

const job = (params?: JobSpec['params']): JobSpec => ({
  id: 'fox', prompt: 'A fox', provider: 'openai', model: 'seedance-1-0-pro-250528', source: { file: 'm.yaml', line: 1 }, ...(params ? { params } : {}),
});

describe("params are part of a job's identity", () => {
  const use = useResources();

  it('the fingerprint changes with any param, and a job without params keeps the fingerprint it had before params existed', () => {
    expect(jobFingerprint(job({ seed: 1 }))).not.toBe(jobFingerprint(job({ seed: 2 })));
    expect(jobFingerprint(job({ seed: 1 }))).not.toBe(jobFingerprint(job()));
    // sha256 of the fields as earlier versions hashed them: ledgers written before keep resuming.
    expect(jobFingerprint(job())).toBe('d589f0a49c827e064a6ef3a3d34dca6d');
  });

  it('a re-run with the same params skips the job; a changed param creates it again', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    const outDir = join(t.dir, 'out');
    const manifestWith = (seed: number) => writeManifest(t.dir, 'm.yaml', `- {id: fox, prompt: "A fox", model: seedance-1-0-pro-250528, params: {seed: ${seed}}}\n`);
    await runAgainst(sim, { manifest: await manifestWith(1), outDir });
    expect(sim.stats.billedCreates).toBe(1);
    const same = await runAgainst(sim, { manifest: await manifestWith(1), outDir });
    expect(same.report!.jobs[0]?.status).toBe('skipped');
    expect(sim.stats.billedCreates).toBe(1);
    const changed = await runAgainst(sim, { manifest: await manifestWith(2), outDir });
    expect(changed.report!.jobs[0]?.status).toBe('completed');
    expect(sim.stats.billedCreates).toBe(2);
    expect([...sim.stats.videos.values()].map((video) => video.extraFields)).toEqual([{ seed: '1' }, { seed: '2' }]);
  });
});

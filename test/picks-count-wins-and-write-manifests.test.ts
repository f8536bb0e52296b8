import { readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readManifest } from '../src/manifest/index.js';
import { checkJob, PROVIDER_TRAITS } from '../src/providers/catalog.js';
import { runAgainst, runCli, useResources, writeManifest } from './helpers.js';

const MANIFEST = `defaults: {seconds: 4}
matrix:
  variants:
    pro: {model: seedance-1-0-pro-250528}
    lite: {model: seedance-1-0-lite-t2v-250428, size: 1280x720}
    kling: {model: kling-v2-1-master}
jobs:
  - {id: fox, prompt: A fox in snow}
  - {id: owl, prompt: An owl at night}
  - {id: sea, prompt: Waves on black sand}
  - {prompt: A kite over a hill}
`;
const options = { defaultModel: (provider: keyof typeof PROVIDER_TRAITS) => PROVIDER_TRAITS[provider].defaultModel, checkJob };

describe('video-batch picks', () => {
  const use = useResources();

  it('prints wins and ratings per variant, and writes manifests of the picks and of the prompts without one', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', MANIFEST);
    const { report } = await runAgainst(sim, { manifest, outDir: join(t.dir, 'out') });
    const kite = report!.jobs.find((job) => job.prompt === 'A kite over a hill')!.group!;
    await writeFile(join(t.dir, 'picks.json'), JSON.stringify({
      run: report!.startedAt,
      picks: [
        { prompt: 'fox', variant: 'lite', ratings: { pro: 3, lite: 5, kling: 2 }, note: 'sharper' },
        { prompt: 'owl', variant: 'lite', ratings: { lite: 4 }, note: '' },
        { prompt: 'sea', variant: 'kling', ratings: {}, note: '' },
        { prompt: kite, variant: null, ratings: { pro: 1 }, note: 'all bad' },
      ],
    }));
    const result = await runCli(['picks', 'picks.json', '--report', 'out/report.json', '--write-manifest', 'winners.yaml', '--rejected', 'again.yaml'], {}, t.dir);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.split('\n')).toEqual([
      'variant  wins  rating',
      'pro         0  2.0 (2 rated)',
      'lite        2  4.5 (2 rated)',
      'kling       1  2.0 (1 rated)',
      `3 of 4 prompts picked; no pick: ${kite}`,
      'wrote winners.yaml',
      'wrote again.yaml',
      '',
    ]);

    // The winners run as they were: each prompt once, with its picked variant's fields.
    const winners = await readManifest(join(t.dir, 'winners.yaml'), options);
    expect(winners.jobs.map((job) => [job.id, job.model, job.seconds, job.size ?? null])).toEqual([
      ['fox', 'seedance-1-0-lite-t2v-250428', 4, '1280x720'],
      ['owl', 'seedance-1-0-lite-t2v-250428', 4, '1280x720'],
      ['sea', 'kling-v2-1-master', 4, null],
    ]);
    expect(winners.jobs[0]!.prompt).toBe('A fox in snow');
    // The rejected prompt comes back with the run's variants, to try again.
    const again = await readManifest(join(t.dir, 'again.yaml'), options);
    expect(again.jobs.map((job) => job.id)).toEqual([`${kite}@pro`, `${kite}@lite`, `${kite}@kling`]);
    expect(await readFile(join(t.dir, 'again.yaml'), 'utf8')).toMatch(/^# The prompts with no pick/);
  });

  it('refuses picks of a variant or prompt the run did not have (exit 2, nothing written)', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', MANIFEST);
    await runAgainst(sim, { manifest, outDir: join(t.dir, 'out') });
    await writeFile(join(t.dir, 'picks.json'), JSON.stringify({ run: 'x', picks: [{ prompt: 'fox', variant: 'veo', ratings: {}, note: '' }] }));
    const result = await runCli(['picks', 'picks.json', '--report', 'out/report.json', '--write-manifest', 'w.yaml'], {}, t.dir);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/variant "veo" of prompt "fox", which the run did not have \(variants: pro, lite, kling\)/);
    expect(existsSync(join(t.dir, 'w.yaml'))).toBe(false);

    const usage = await runCli(['picks', 'picks.json'], {}, t.dir);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/picks needs --report FILE/);
  });
});

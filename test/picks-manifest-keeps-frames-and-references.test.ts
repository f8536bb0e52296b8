/**
 * `picks --write-manifest` writes a picked job's last frame and reference images too, so the
 * written manifest makes the same request: its job has the ledger fingerprint the picked one had.
 */
import { copyFile, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseManifest } from '../src/manifest/parse.js';
import { pickedManifest } from '../src/report/picks-manifest.js';
import { tallyPicks } from '../src/report/picks.js';
import type { Report } from '../src/report/report.js';
import { jobFingerprint } from '../src/runner/ledger.js';
import { runAgainst, useResources, writeManifest } from './helpers.js';
import { simulatorEnv } from './provider-support.js';

describe('picks manifest keeps every input image', () => {
  const use = useResources();

  it('writes last_frame and reference_images of the picked variants, and the written jobs keep their fingerprints', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    for (const name of ['harbour-dawn.png', 'harbour-night.png', 'character.png']) await copyFile(resolve('examples/images', name), join(t.dir, name));
    const manifest = await writeManifest(t.dir, 'm.yaml', [
      'defaults: {seconds: 8, size: 1280x720}',
      'matrix:',
      '  variants:',
      '    frames: {provider: vertex, model: veo-3.1-fast-generate-001, first_frame: harbour-dawn.png, last_frame: harbour-night.png}',
      '    refs: {provider: vertex, model: veo-3.1-generate-001, reference_images: [character.png]}',
      'jobs:',
      '  - {id: harbour, prompt: "A harbour from dawn to night"}',
      '  - {id: sailor, prompt: "A sailor on the quay"}',
    ].join('\n'));
    const result = await runAgainst(sim, { manifest, outDir: join(t.dir, 'out'), concurrency: 2 }, { env: simulatorEnv(sim) });
    expect(result.exitCode).toBe(0);
    const report = JSON.parse(await readFile(join(t.dir, 'out', 'report.json'), 'utf8')) as Report;
    const outcome = tallyPicks({ run: report.startedAt, picks: [{ prompt: 'harbour', variant: 'frames', ratings: {}, note: '' }, { prompt: 'sailor', variant: 'refs', ratings: {}, note: '' }] }, report);
    const written = pickedManifest(outcome, report, t.dir)!;
    expect(written.text).toContain('last_frame: harbour-night.png');
    expect(written.text).toMatch(/reference_images:\s*\n\s*- character\.png/);
    const parsed = parseManifest(written.text, { file: 'winners.yaml', manifestDir: t.dir, defaultModel: () => 'x' });
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.issues));
    const before = new Map(result.manifest!.jobs.map((job) => [job.id, jobFingerprint(job)]));
    const after = parsed.manifest.jobs.map((job) => jobFingerprint(job));
    expect(after).toEqual([before.get('harbour@frames'), before.get('sailor@refs')]);
  });
});

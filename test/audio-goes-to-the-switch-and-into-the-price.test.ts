/**
 * The job field `audio` (allowed in defaults) reaches the model's audio switch, changes the
 * estimate where the vendor prices silent video apart, and is refused where the API has no
 * switch, before anything is sent.
 */
import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { ManifestError } from '../src/manifest/types.js';
import { caught, runFast, useResources, writeManifest } from './helpers.js';

describe('audio goes to the switch and into the price', () => {
  const use = useResources();

  it('prices Veo 3 Fast on fal at its silent rate with audio: false (from defaults) and at its audio rate otherwise', async () => {
    const t = await use.folder();
    const manifest = await writeManifest(
      t.dir,
      'm.yaml',
      ['defaults: {provider: fal, model: fal-ai/veo3/fast, seconds: 8, audio: false}', 'jobs:', '  - {id: silent, prompt: "A fox"}', '  - {id: loud, prompt: "A fox", audio: true}'].join('\n'),
    );
    const result = await runFast({ manifest, outDir: join(t.dir, 'out'), dryRun: true, offline: true }, {});
    const plan = result.log.join('\n');
    expect(plan).toMatch(/silent .*\$0\.80/);
    expect(plan).toMatch(/loud .*\$1\.20/);
    expect(result.estimates.get('silent')?.priceSource).toMatch(/Veo 3 Fast pricing.*the rate without audio/);
  });

  it('refuses audio for a provider whose API has no audio switch, at the field\'s line', async () => {
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', ['jobs:', '  - id: a', '    prompt: "A fox"', '    audio: true'].join('\n'));
    const error = await caught(runFast({ manifest, outDir: join(t.dir, 'out'), dryRun: true }, {}));
    expect(error).toBeInstanceOf(ManifestError);
    expect((error as Error).message).toMatch(/m\.yaml:4.*audio.*provider "openai" has no audio switch/);
  });

  it('a value other than true or false is a manifest error naming what it takes', async () => {
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', ['defaults: {provider: fal}', 'jobs:', '  - {id: a, prompt: "A fox", audio: loud}'].join('\n'));
    const error = await caught(runFast({ manifest, outDir: join(t.dir, 'out'), dryRun: true }, {}));
    expect((error as Error).message).toMatch(/m\.yaml:3: job 1, field "audio": must be true or false \(got "loud"\)/);
  });
});

/** What fal cannot take is refused before anything is sent: a model that is not an endpoint id, an image for a text-to-video endpoint, a size it cannot make. */
import { describe, expect, it } from 'vitest';
import { ManifestError } from '../src/manifest/types.js';
import { run } from '../src/run.js';
import { caught, useResources, writeManifest } from './helpers.js';
import { writePng } from './provider-support.js';
import { startFalFixture } from './fal-fixture.js';

describe('fal refuses before sending', () => {
  const use = useResources();

  it('names each refused field with what to do, and the queue never hears of the run', async () => {
    const t = await use.folder();
    await writePng(t.dir, 'frame.png');
    const fal = await startFalFixture({ result: () => ({ status: 200, body: {} }) });
    try {
      const manifest = await writeManifest(
        t.dir,
        'm.yaml',
        [
          'defaults: {provider: fal}',
          'jobs:',
          '  - {id: bare, model: veo3.1-fast, prompt: "A fox"}',
          '  - {id: image, model: fal-ai/veo3.1/fast, prompt: "A fox", input_reference: frame.png}',
          '  - {id: square, model: fal-ai/veo3.1/fast, prompt: "A fox", size: 1080x1080}',
        ].join('\n'),
      );
      const options = { manifest, outDir: `${t.dir}/out`, concurrency: 1, dryRun: false, download: true, timeoutSeconds: 30, failOn: 'any', simulate: false } as const;
      const error = await caught(run(options, { env: { FAL_KEY: 'fal-test-key', FAL_BASE_URL: fal.origin }, log: () => {}, print: () => {} }));
      expect(error).toBeInstanceOf(ManifestError);
      const text = (error as ManifestError).message;
      expect(text).toContain('"veo3.1-fast" is not a fal endpoint id');
      expect(text).toMatch(/fal-ai\/veo3\.1\/fast makes video from text only/);
      expect(text).toMatch(/fal-ai\/veo3\.1\/fast accepts .*1280x720.* \(got 1080x1080\)/);
      expect(fal.requests).toEqual([]);
    } finally {
      await fal.close();
    }
  });
});

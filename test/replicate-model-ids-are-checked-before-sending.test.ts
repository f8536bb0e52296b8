import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { simulatorBaseUrl } from '../src/simulate.js';
import { caught, runAgainst, useResources, writeManifest } from './helpers.js';

describe('provider replicate: what cannot work is refused before anything is sent', () => {
  const use = useResources();

  it('a model id that is neither owner/name nor owner/name:version, and a size with no aspect ratio, are manifest errors; the API hears nothing', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    const manifest = await writeManifest(
      t.dir,
      'm.yaml',
      ['- {id: bare, provider: replicate, model: veo-3.1-fast, prompt: A red fox}', '- {id: odd, provider: replicate, model: google/veo-3.1-fast, size: 1000x130, prompt: A red fox}', ''].join('\n'),
    );
    const env = { REPLICATE_API_TOKEN: 'r8-sim-token', REPLICATE_BASE_URL: simulatorBaseUrl(sim, 'replicate') };
    const message = String(await caught(runAgainst(sim, { manifest, outDir: join(t.dir, 'out') }, { env })));
    expect(message).toMatch(/"owner\/name" \(e\.g\. google\/veo-3\.1-fast\) or "owner\/name:version" \(got "veo-3\.1-fast"\)/);
    expect(message).toMatch(/1000x130 has none of them/);
    expect(sim.stats.requests).toHaveLength(0);
  });
});

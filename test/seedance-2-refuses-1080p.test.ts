import { describe, expect, it } from 'vitest';
import { runCli, useResources, writeManifest } from './helpers.js';

// Seedance 2.0 and 2.0 Fast render 480p and 720p only (see src/providers/seedance/PROVIDER.md).
describe('seedance: Seedance 2.0 at 1080p is refused when the manifest is read', () => {
  const resources = useResources();

  it('exits 2 naming the sizes that work, and sends nothing', async () => {
    const { dir } = await resources.folder();
    const sim = await resources.simulator({ apiKey: 'ark-key' });
    const text = ['jobs:', '  - id: wide', '    provider: seedance', '    model: dreamina-seedance-2-0-260128', '    prompt: a harbour at dawn', '    size: 1920x1080', ''].join('\n');
    const manifest = await writeManifest(dir, 'm.yaml', text);
    const ran = await runCli(['run', manifest, '--out', `${dir}/out`], { ARK_API_KEY: 'ark-key', ARK_BASE_URL: `${sim.origin}/api/v3` });

    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/m\.yaml:6: .*"size": .*dreamina-seedance-2-0-260128.*1280x720/);
    expect(ran.stderr).not.toMatch(/1920x1080,/);
    expect(sim.stats.requests).toHaveLength(0);
  });

  it('Seedance 2.0 Fast at 720p is sent', async () => {
    const { dir } = await resources.folder();
    const sim = await resources.simulator({ apiKey: 'ark-key' });
    const text = ['jobs:', '  - id: ok', '    provider: seedance', '    model: dreamina-seedance-2-0-fast-260128', '    prompt: a harbour at dawn', '    size: 1280x720', '    seconds: 5', ''].join('\n');
    const manifest = await writeManifest(dir, 'm.yaml', text);
    const ran = await runCli(['run', manifest, '--out', `${dir}/out`], { ARK_API_KEY: 'ark-key', ARK_BASE_URL: `${sim.origin}/api/v3` });

    expect(ran.stderr).not.toMatch(/"size"/);
    expect(ran.code).toBe(0);
    expect(sim.stats.billedCreates).toBe(1);
  });
});

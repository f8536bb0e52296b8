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

  it('sends a job\'s audio as generate_audio to Seedance 1.5 Pro, and refuses audio on a silent Seedance 1.0 model', async () => {
    const { dir } = await resources.folder();
    const sim = await resources.simulator({ apiKey: 'ark-key' });
    const quiet = ['jobs:', '  - id: quiet', '    provider: seedance', '    model: seedance-1-5-pro-251215', '    prompt: a quiet lake', '    audio: false', ''].join('\n');
    const ok = await runCli(['run', await writeManifest(dir, 'quiet.yaml', quiet), '--out', `${dir}/out1`], { ARK_API_KEY: 'ark-key', ARK_BASE_URL: `${sim.origin}/api/v3` });
    expect(ok.code).toBe(0);
    expect([...sim.stats.videos.values()][0]?.extraFields).toMatchObject({ generate_audio: false });

    const silent = ['jobs:', '  - id: old', '    provider: seedance', '    model: seedance-1-0-pro-250528', '    prompt: a quiet lake', '    audio: true', ''].join('\n');
    const refused = await runCli(['run', await writeManifest(dir, 'silent.yaml', silent), '--out', `${dir}/out2`], { ARK_API_KEY: 'ark-key', ARK_BASE_URL: `${sim.origin}/api/v3` });
    expect(refused.code).toBe(2);
    expect(refused.stderr).toMatch(/silent\.yaml:6: .*"audio": seedance-1-0-pro-250528 makes silent video/);
    expect(sim.stats.billedCreates).toBe(1);
  });
});

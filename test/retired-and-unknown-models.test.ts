import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAgainst, runCli, useResources, writeManifest } from './helpers.js';

describe('models that are retired or unknown, and starting over', () => {
  const use = useResources();

  it('a run on a retired model fails before sending anything: exit 2, the job\'s file:line, the model and its replacement', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', '- {prompt: a, model: seedance-1-0-pro-250528}\n- {prompt: b, model: sora-2}\n- {prompt: c, provider: veo, model: veo-3.1-fast-generate-preview}\n');
    const ran = await runCli(['run', manifest, '--base-url', sim.url, '--out', join(t.dir, 'out')], { OPENAI_API_KEY: 'sk-test', GEMINI_API_KEY: 'g-test' });
    expect(ran.code).toBe(2);
    const lines = ran.stderr.trim().split('\n');
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/m\.yaml:2: job 2, field "model": sora-2 was retired by its vendor on 2026-09-24; move to seedance-1-0-pro-250528 \(provider: seedance\)/);
    expect(lines[0]).toMatch(/models: \{sora-2: \{status: ga\}\}/);
    expect(lines[1]).toMatch(/m\.yaml:3: job 3, field "model": veo-3\.1-fast-generate-preview was retired .* on 2026-10-22; move to veo-3\.1-fast-generate-001 \(provider: vertex\)/);
    expect(sim.stats.requests).toHaveLength(0);
    // The dry run checks the manifest the same way.
    const dry = await runCli(['run', manifest, '--dry-run'], {});
    expect(dry.code).toBe(2);
    expect(dry.stderr).toMatch(/m\.yaml:2: .*sora-2 was retired/);
  });

  it('retirement follows the model whatever the API shape: a gateway\'s /videos/generations on sora-2 is refused too', async () => {
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', '- {prompt: a, provider: openai-generations, model: sora-2-pro}\n');
    const ran = await runCli(['run', manifest, '--dry-run'], {});
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/m\.yaml:1: job 1, field "model": sora-2-pro was retired/);
  });

  it('the manifest\'s models: block lets a gateway\'s retired model through, and the run says so once', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', 'models:\n  sora-2: {status: ga}\njobs:\n  - {prompt: a, model: sora-2}\n  - {prompt: b, model: sora-2}\n');
    const ran = await runCli(['run', manifest, '--base-url', sim.url, '--out', join(t.dir, 'out'), '--quiet'], { OPENAI_API_KEY: 'sk-test' });
    expect(ran.code).toBe(0);
    const notes = ran.stderr.split('\n').filter((line) => line.includes('sent anyway'));
    expect(notes).toEqual(["warning: sora-2: retired by its vendor (shutdown 2026-09-24), sent anyway: the manifest's models: block marks it ga"]);
    expect(sim.stats.billedCreates).toBe(2);
  });

  it('a deprecated model warns once per model, naming its shutdown and replacement', async () => {
    const t = await use.folder();
    const manifest = await writeManifest(
      t.dir,
      'm.yaml',
      'models:\n  kling-v1: {status: deprecated, shutdown: 2027-01-31, replacement: [kling-v2]}\njobs:\n  - {prompt: a, model: kling-v1}\n  - {prompt: b, model: kling-v1}\n',
    );
    const ran = await runCli(['run', manifest, '--dry-run', '--base-url', 'https://gateway.example/v1'], {});
    expect(ran.code).toBe(0);
    expect(ran.stderr.split('\n').filter((l) => l.startsWith('warning:'))).toEqual(['warning: kling-v1 is deprecated by its vendor (shutdown 2027-01-31); consider kling-v2']);
  });

  it('a model the server does not know fails with its code and message, not a stack trace', async () => {
    const sim = await use.simulator({ models: ['seedance-*'] });
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', '- {id: typo, prompt: a, model: sora-3-ultra}\n');
    const ran = await runCli(['run', manifest, '--base-url', sim.url, '--out', join(t.dir, 'out')], { OPENAI_API_KEY: 'sk-test' });
    expect(ran.code).toBe(1);
    expect(ran.stderr).toMatch(/typo: failed: invalid_model: .*sora-3-ultra/);
    expect(ran.stderr).not.toMatch(/\n\s+at /);
    expect(sim.stats.billedCreates).toBe(0);
  });

  it('--fresh sets the ledger aside and creates every video again', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', '- {prompt: a}\n- {prompt: b}\n');
    const outDir = join(t.dir, 'out');
    await runAgainst(sim, { manifest, outDir });
    expect((await runAgainst(sim, { manifest, outDir })).report!.summary.skipped).toBe(2);
    expect(sim.stats.billedCreates).toBe(2);
    const fresh = await runAgainst(sim, { manifest, outDir, fresh: true });
    expect(fresh.report!.summary.completed).toBe(2);
    expect(sim.stats.billedCreates).toBe(4);
  });
});

import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runAgainst, runCli, useResources, writeManifest } from './helpers.js';

describe('models that are retired or unknown, and starting over', () => {
  const use = useResources();

  it('warns once per retired model, naming the replacements', async () => {
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', '- {prompt: a, model: sora-2}\n- {prompt: b, model: sora-2}\n- {prompt: c, model: sora-2-pro}\n');
    const ran = await runCli(['run', manifest, '--dry-run'], {});
    expect(ran.code).toBe(0);
    const warnings = ran.stderr.split('\n').filter((l) => l.startsWith('warning:'));
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/sora-2 is retired .*2026-09-24.*veo-3\.1-fast-generate-preview.*seedance/);
  });

  it('a model the server does not know fails with its code and message, not a stack trace', async () => {
    const sim = await use.simulator({ models: ['sora-2'] });
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

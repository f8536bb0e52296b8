/**
 * --provider/--model point an example elsewhere: they win over the manifest's `defaults`, and a
 * job's own fields win over them. Through the real CLI's dry run (nothing sent, no key needed).
 */
import { describe, expect, it } from 'vitest';
import { runCli, useResources, writeManifest } from './helpers.js';

const MANIFEST = [
  'defaults:',
  '  provider: seedance',
  '  model: seedance-1-0-pro-fast-251015',
  '  seconds: 4',
  'jobs:',
  '  - id: plain',
  '    prompt: a red fox',
  '  - id: own-provider',
  '    prompt: a grey hare',
  '    provider: veo',
  '    model: veo-3.1-fast-generate-001',
  '',
].join('\n');

/** `provider model` of each job in the plan, by id. */
function planned(stdout: string): Record<string, string> {
  return Object.fromEntries([...stdout.matchAll(/^ {2}(\S+) {2}(\S+) (\S+) /gm)].map((m) => [m[1]!, `${m[2]} ${m[3]}`]));
}

describe('--provider and --model over the manifest\'s defaults', () => {
  const use = useResources();

  it('without flags the defaults apply', async () => {
    const t = await use.folder();
    const ran = await runCli(['run', await writeManifest(t.dir, 'm.yaml', MANIFEST), '--dry-run', '--offline'], {});
    expect(ran.code).toBe(0);
    expect(planned(ran.stdout)).toEqual({ plain: 'seedance seedance-1-0-pro-fast-251015', 'own-provider': 'veo veo-3.1-fast-generate-001' });
  });

  it('--provider wins over defaults (taking its own default model), and a job\'s own provider wins over --provider', async () => {
    const t = await use.folder();
    const ran = await runCli(['run', await writeManifest(t.dir, 'm.yaml', MANIFEST), '--dry-run', '--offline', '--provider', 'fal'], {});
    expect(ran.stderr).toBe('');
    expect(ran.code).toBe(0);
    expect(planned(ran.stdout)).toEqual({ plain: 'fal fal-ai/veo3.1/fast', 'own-provider': 'veo veo-3.1-fast-generate-001' });
  });

  it('--model wins over the defaults\' model; a job\'s own model wins over --model', async () => {
    const t = await use.folder();
    const ran = await runCli(['run', await writeManifest(t.dir, 'm.yaml', MANIFEST), '--dry-run', '--offline', '--model', 'seedance-1-5-pro-251215'], {});
    expect(ran.code).toBe(0);
    expect(planned(ran.stdout)).toEqual({ plain: 'seedance seedance-1-5-pro-251215', 'own-provider': 'veo veo-3.1-fast-generate-001' });
  });

  it('--provider with --model: both apply to the jobs that name neither', async () => {
    const t = await use.folder();
    const ran = await runCli(['run', await writeManifest(t.dir, 'm.yaml', MANIFEST), '--dry-run', '--offline', '--provider', 'fal', '--model', 'fal-ai/veo3/fast'], {});
    expect(ran.code).toBe(0);
    expect(planned(ran.stdout)).toEqual({ plain: 'fal fal-ai/veo3/fast', 'own-provider': 'veo veo-3.1-fast-generate-001' });
  });
});

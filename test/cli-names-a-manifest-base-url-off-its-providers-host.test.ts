/**
 * In the CLI the person running it wrote or chose the manifest, so a base_url is honoured; but one
 * that takes a key to a host other than the provider's own (and other than one the operator set)
 * is named beside each job in the dry run's plan and warned once per run.
 */
import { describe, expect, it } from 'vitest';
import { runCli, useResources, writeManifest } from './helpers.js';

const ATTACKER = 'http://127.0.0.2:9';

const manifestText = [
  'defaults:',
  '  provider: fal',
  '  seconds: 4',
  'jobs:',
  '  - id: off-a',
  '    prompt: a fox',
  `    base_url: ${ATTACKER}/queue`,
  '  - id: off-b',
  '    prompt: a hare',
  `    base_url: ${ATTACKER}/queue`,
  '  - id: own-host',
  '    prompt: a crow',
  '    base_url: https://queue.fal.run',
  '  - id: plain',
  '    prompt: an owl',
  '',
].join('\n');

describe('the CLI names a manifest base_url that leaves its provider\'s host', () => {
  const use = useResources();

  it('the plan marks each such job with the host, and one warning names the host, its jobs and the key', async () => {
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', manifestText);
    const ran = await runCli(['run', manifest, '--dry-run', '--offline'], {});
    expect(ran.code).toBe(0);
    const line = (id: string): string => ran.stdout.split('\n').find((l) => l.trimStart().startsWith(`${id} `)) ?? '';
    expect(line('off-a')).toContain(`(sent to ${ATTACKER}, the manifest's base_url)`);
    expect(line('off-b')).toContain(`(sent to ${ATTACKER}, the manifest's base_url)`);
    expect(line('own-host')).not.toContain('sent to');
    expect(line('plain')).not.toContain('sent to');
    const warnings = ran.stderr.split('\n').filter((l) => l.startsWith('warning:'));
    expect(warnings).toEqual([expect.stringContaining(`${ATTACKER} (2 jobs, with FAL_KEY)`)]);
  });

  it('says nothing when the operator set that origin in the provider\'s variable', async () => {
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', manifestText);
    const ran = await runCli(['run', manifest, '--dry-run', '--offline'], { FAL_BASE_URL: `${ATTACKER}/queue` });
    expect(ran.code).toBe(0);
    expect(ran.stdout).not.toContain('sent to');
    expect(ran.stderr).not.toMatch(/^warning:/m);
  });
});

/**
 * OpenAI shut its Videos API down on 2026-09-24, so the `openai` provider (the one a job gets when
 * it names none) has no default base URL: without one (no --base-url, OPENAI_BASE_URL or
 * base_url) the run stops at once, exit 2, dry runs too, saying so and naming the fix. Under
 * --simulate the simulator is the base URL, so the README's first command needs nothing.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, useResources, writeManifest } from './helpers.js';

const NO_PROVIDER = ['defaults:', '  seconds: 4', 'jobs:', '  - id: fox', '    prompt: a red fox in the snow', ''].join('\n');

describe('openai without a base URL', () => {
  const use = useResources();

  it('a manifest naming no provider is exit 2 in one line naming the shutdown and the fix; no output folder', async () => {
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', NO_PROVIDER);
    const out = join(t.dir, 'out');
    const ran = await runCli(['run', manifest, '--out', out], { OPENAI_API_KEY: 'x' });
    expect(ran.code).toBe(2);
    const lines = ran.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^provider "openai" has no base URL: OpenAI's Videos API was shut down on 2026-09-24\. /);
    expect(lines[0]).toMatch(/OPENAI_BASE_URL, --base-url or base_url/);
    expect(lines[0]).toMatch(/provider: [a-z-]+( \| [a-z-]+)+/);
    for (const live of ['fal', 'replicate', 'vertex', 'seedance']) expect(lines[0]).toMatch(new RegExp(`[ :]${live}( |\\))`));
    expect(existsSync(out)).toBe(false);
  });

  it('a dry run stops alike instead of pricing jobs on a shut-down API', async () => {
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', NO_PROVIDER);
    const ran = await runCli(['run', manifest, '--dry-run'], {});
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/OpenAI's Videos API was shut down on 2026-09-24/);
    expect(ran.stdout).not.toMatch(/dry run/);
  });

  it('a gateway\'s base URL, from the flag, the variable or the manifest, is enough', async () => {
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', NO_PROVIDER);
    const withBase = await writeManifest(t.dir, 'b.yaml', NO_PROVIDER.replace('  seconds: 4', '  seconds: 4\n  base_url: https://gateway.example/v1'));
    for (const [args, env] of [
      [['run', manifest, '--dry-run', '--base-url', 'https://gateway.example/v1'], {}],
      [['run', manifest, '--dry-run'], { OPENAI_BASE_URL: 'https://gateway.example/v1' }],
      [['run', withBase, '--dry-run'], {}],
    ] as const) {
      const ran = await runCli([...args], { ...env });
      expect(ran.stderr).not.toMatch(/shut down/);
      expect(ran.code).toBe(0);
    }
  });

  it('under --simulate the simulator is the base URL: no key, no flag', async () => {
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', NO_PROVIDER);
    const ran = await runCli(['run', manifest, '--simulate', '--out', join(t.dir, 'out'), '-q'], {});
    expect(ran.stderr).not.toMatch(/shut down|base URL/);
    expect(ran.stdout).toMatch(/^1 completed; exit 0/m);
    expect(ran.code).toBe(0);
  });
});

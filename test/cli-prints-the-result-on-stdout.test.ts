import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, useResources, writeManifest } from './helpers.js';

describe('run > result.txt', () => {
  const use = useResources();

  it('stdout holds the reports\' paths and one result line; progress stays on stderr', async () => {
    const t = await use.folder();
    const out = join(t.dir, 'out');
    const ran = await runCli(['run', 'examples/manifest.yaml', '--simulate', '--out', out], {});
    expect(ran.code).toBe(0);
    expect(ran.stdout.split('\n')).toEqual([
      `report: ${join(out, 'report.json')}`,
      `gallery: ${join(out, 'report.html')} (open it in a browser to watch the videos)`,
      '5 completed; exit 0: every job completed',
      '',
    ]);
    expect(ran.stderr).toMatch(/^\[5\/5\] .*: completed -> videos\//m);
    expect(ran.stderr).not.toContain('report:');
  });

  it('a failed job: the line says what exit 1 means', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'm.yaml', '- {id: fox, prompt: A fox}\n- {id: refused, prompt: "No [sim:moderation]"}\n');
    const ran = await runCli(['run', manifest, '--base-url', sim.url, '--out', join(t.dir, 'out')], { OPENAI_API_KEY: 'sk-test' });
    expect(ran.code).toBe(1);
    expect(ran.stdout.trimEnd().split('\n').at(-1)).toBe('1 completed, 1 failed; exit 1: 1 of 2 did not complete (--fail-on any); see report.md');
  });
});

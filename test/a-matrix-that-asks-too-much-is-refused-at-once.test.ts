import { describe, expect, it } from 'vitest';
import { FreeNames } from '../src/manifest/ids.js';
import { startNode, runCli, useResources, writeManifest } from './helpers.js';
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parse } from 'yaml';

/** 1,000 seeds × 50 durations of one prompt: 50,000 jobs, seconds of checking. */
function longManifest(): string {
  const seeds = Array.from({ length: 1000 }, (_, i) => `{seed: ${i}}`).join(', ');
  const durations = Array.from({ length: 50 }, (_, i) => i + 1).join(', ');
  return `matrix:\n  params: [${seeds}]\n  seconds: [${durations}]\njobs:\n  - {id: fox, prompt: a fox, provider: seedance, model: any-model}\n`;
}

/** Resolves once `stream` has printed `text`: the moment the read is known to be under way. */
function printed(stream: NodeJS.ReadableStream, text: string): Promise<void> {
  let seen = '';
  return new Promise((ready) => {
    stream.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      if (seen.includes(text)) ready();
    });
  });
}

/** 10 jobs × 10 named variants × 6 lists of 10 values: 100,000,000 jobs in under a kilobyte. */
const BOMB = [
  'matrix:',
  '  model: [m0, m1, m2, m3, m4, m5, m6, m7, m8, m9]',
  '  seconds: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]',
  '  size: [1x1, 2x2, 3x3, 4x4, 5x5, 6x6, 7x7, 8x8, 9x9, 10x10]',
  '  params: [{s: 0}, {s: 1}, {s: 2}, {s: 3}, {s: 4}, {s: 5}, {s: 6}, {s: 7}, {s: 8}, {s: 9}]',
  '  api_key_env: [K0, K1, K2, K3, K4, K5, K6, K7, K8, K9]',
  "  base_url: ['http://a0', 'http://a1', 'http://a2', 'http://a3', 'http://a4', 'http://a5', 'http://a6', 'http://a7', 'http://a8', 'http://a9']",
  '  variants: {v0: {}, v1: {}, v2: {}, v3: {}, v4: {}, v5: {}, v6: {}, v7: {}, v8: {}, v9: {}}',
  'jobs:',
  ...Array.from({ length: 10 }, (_, i) => `  - prompt: p${i}`),
  '',
].join('\n');

describe('a matrix that asks for too many jobs', () => {
  const use = useResources();

  it('is refused at once (exit 2), naming the count, before anything is expanded', async () => {
    expect(Buffer.byteLength(BOMB)).toBeLessThan(1024);
    const t = await use.folder();
    await writeManifest(t.dir, 'bomb.yaml', BOMB);
    const started = performance.now();
    const ran = await runCli(['run', 'bomb.yaml', '--dry-run'], {}, t.dir);
    // A figure for the record, never asserted: the machine is shared.
    console.log(`the ${Buffer.byteLength(BOMB)}-byte matrix was refused in ${Math.round(performance.now() - started)} ms (process start included)`);
    expect(ran.code).toBe(2);
    expect(ran.stdout).toBe('');
    expect(ran.stderr.trim()).toBe(
      'bomb.yaml:1: field "matrix": the manifest expands to 100,000,000 jobs (10 jobs × 10,000,000 variants), above the limit of 10,000; ' +
        "nothing was sent. Trim the matrix (or split the manifest), or raise the limit with --max-jobs N (the action's max-jobs input)",
    );
  });

  it('--max-jobs N moves the limit: N jobs pass, N + 1 do not; a bad N is a usage error', async () => {
    const t = await use.folder();
    await writeManifest(t.dir, 'six.yaml', 'matrix:\n  seconds: [4, 8, 12]\n  params: [{seed: 1}, {seed: 2}]\njobs:\n  - {id: fox, prompt: a fox, provider: seedance, model: seedance-1-0-pro-250528}\n');
    const five = await runCli(['run', 'six.yaml', '--dry-run', '--max-jobs', '5'], {}, t.dir);
    expect(five.code).toBe(2);
    expect(five.stderr).toContain('the manifest expands to 6 jobs (1 job × 6 variants), above the limit of 5;');
    const six = await runCli(['run', 'six.yaml', '--dry-run', '--max-jobs', '6'], {}, t.dir);
    expect(six.stderr).toBe('');
    expect(six.code).toBe(0);
    expect(six.stdout).toContain('6 jobs in six.yaml (dry run: nothing sent)');
    expect(six.stdout.match(/^    @\S+/gm)).toHaveLength(6);
    const bad = await runCli(['run', 'six.yaml', '--dry-run', '--max-jobs', 'lots'], {}, t.dir);
    expect(bad.code).toBe(2);
    expect(bad.stderr.trim()).toBe('--max-jobs takes a whole number of 1 or more (got "lots")');
  });

  it('--max-cost is checked on the count alone when even the cheapest job would break it', async () => {
    const t = await use.folder();
    await writeManifest(t.dir, 'bomb.yaml', BOMB);
    const ran = await runCli(['run', 'bomb.yaml', '--dry-run', '--max-jobs', '1000000000', '--max-cost', '100'], {}, t.dir);
    expect(ran.code).toBe(2);
    expect(ran.stderr.trim()).toMatch(
      /^bomb\.yaml:1: field "matrix": the manifest expands to 100,000,000 jobs \(10 jobs × 10,000,000 variants\): even at the cheapest known price \(\$0\.\d{4} a job\) that is at least \$[\d.]+, above --max-cost \$100\.00; nothing was sent/,
    );
  });

  it('a SIGTERM while a long manifest is read ends the process with 143', async () => {
    const t = await use.folder();
    await writeManifest(t.dir, 'long.yaml', longManifest());
    const { child, done } = startNode(resolve('dist/cli.js'), ['run', 'long.yaml', '--dry-run', '--max-jobs', '100000'], {}, t.dir);
    await printed(child.stderr!, 'long.yaml: checking 50000 jobs');
    child.kill('SIGTERM');
    const ended = await done;
    expect(ended.signal).toBeNull();
    expect(ended.code).toBe(143);
    expect(ended.stdout).toBe('');
  }, 60_000);

  it('taking the same name n times costs n steps, not n² (derived ids, variant names)', () => {
    let lookups = 0;
    const taken = new (class extends Set<string> {
      override has(name: string): boolean {
        lookups++;
        return super.has(name);
      }
    })();
    const names = new FreeNames(taken);
    const got = Array.from({ length: 5000 }, () => names.take('fox'));
    expect(got.slice(0, 3)).toEqual(['fox', 'fox-2', 'fox-3']);
    expect(new Set(got).size).toBe(5000);
    expect(lookups).toBeLessThan(3 * 5000);
  });
});

describe('the action input max-jobs', () => {
  const use = useResources();

  it('moves the limit as --max-jobs does; the default is 10,000', async () => {
    const spec = parse(await readFile('action.yml', 'utf8')) as { inputs: Record<string, { default?: string }> };
    expect(spec.inputs['max-jobs']?.default).toBe('10000');
    const defaults = Object.entries(spec.inputs).flatMap(([name, input]) => (input.default === undefined ? [] : [[`INPUT_${name.toUpperCase()}`, String(input.default)]]));
    const t = await use.folder();
    await writeManifest(t.dir, 'six.yaml', 'matrix:\n  seconds: [4, 8, 12]\n  params: [{seed: 1}, {seed: 2}]\njobs:\n  - {id: fox, prompt: a fox, provider: seedance, model: seedance-1-0-pro-250528}\n');
    const step = (maxJobs: string) =>
      startNode(resolve('dist/index.js'), [], { ...Object.fromEntries(defaults), INPUT_MANIFEST: 'six.yaml', 'INPUT_DRY-RUN': 'true', 'INPUT_MAX-JOBS': maxJobs, GITHUB_OUTPUT: '', GITHUB_STEP_SUMMARY: '' }, t.dir).done;
    const refused = await step('5');
    expect(refused.code).toBe(1);
    expect(refused.stdout).toMatch(/^::error title=manifest field [^,]*,file=six\.yaml,line=1::the manifest expands to 6 jobs \(1 job × 6 variants\), above the limit of 5;/m);
    const allowed = await step('6');
    expect(allowed.stdout).not.toContain('::error');
    expect(allowed.code).toBe(0);
  });

  it('a cancelled workflow (SIGTERM) during a long read fails the step at once, saying nothing was sent', async () => {
    const t = await use.folder();
    await writeManifest(t.dir, 'long.yaml', longManifest());
    const { child, done } = startNode(resolve('dist/index.js'), [], { INPUT_MANIFEST: 'long.yaml', 'INPUT_DRY-RUN': 'true', 'INPUT_MAX-JOBS': '100000', GITHUB_OUTPUT: '', GITHUB_STEP_SUMMARY: '' }, t.dir);
    await printed(child.stdout!, 'long.yaml: checking 50000 jobs');
    child.kill('SIGTERM');
    const ended = await done;
    expect(ended.code).toBe(1);
    expect(ended.stdout).toMatch(/^::error::stopped by SIGTERM while the manifest was read; nothing was sent$/m);
  }, 60_000);
});

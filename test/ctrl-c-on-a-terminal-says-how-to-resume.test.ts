/**
 * Ctrl-C as a person presses it: the CLI runs in a pseudo-terminal (util-linux `script`), so it
 * draws its live board, and the ^C goes through the terminal's line discipline as SIGINT.
 */
import { spawn, spawnSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, useResources, writeManifest } from './helpers.js';
import { screenAfter } from './terminal-screen.js';

const JOBS = 12;
const MANIFEST = Array.from({ length: JOBS }, (_, i) => `- {id: clip-${String(i).padStart(2, '0')}, prompt: "Clip ${i}, slow pan"}`).join('\n') + '\n';
const hasScript = spawnSync('script', ['--version']).status === 0;

/** Runs `command` in a 100x30 pseudo-terminal; `press` writes keys to it. */
function inTerminal(command: string, env: Record<string, string>) {
  const child = spawn('script', ['-qfec', `stty cols 100 rows 30; exec ${command}`, '/dev/null'], {
    env: { PATH: process.env.PATH, TERM: 'xterm-256color', ...env },
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const done = new Promise<number | null>((resolve) => child.on('close', resolve));
  return { press: (keys: string) => child.stdin.write(keys), output: () => output, done };
}

async function until(check: () => boolean, timeoutMs = 20_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > end) throw new Error('condition not reached');
    await new Promise((r) => setTimeout(r, 10));
  }
}

const words = (command: string): string[] => [...command.matchAll(/'((?:[^']|'\\'')*)'|(\S+)/g)].map((m) => m[1]?.replace(/'\\''/g, "'") ?? m[2]!);

describe.skipIf(!hasScript)('Ctrl-C on a terminal', () => {
  const use = useResources();

  it('clears the board, says the report is being written and what was kept, and ends with the command that resumes', async () => {
    const sim = await use.simulator({ generationMs: 3000 });
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'clips.yaml', MANIFEST);
    const out = join(t.dir, 'out');
    const cli = resolve('dist/cli.js');
    const term = inTerminal(`node ${cli} run ${manifest} --base-url ${sim.url} --out ${out} --concurrency 6 --fresh`, { OPENAI_API_KEY: 'sk-test' });
    await until(() => sim.stats.billedCreates >= 6 && /0\/12 done/.test(term.output()));
    term.press('\u0003');
    expect(await term.done).toBe(130);

    const screen = screenAfter(term.output()).filter((line) => line !== '');
    const stop = screen.findIndex((line) => line.includes('SIGINT: stopping; writing the report'));
    expect(stop).toBeGreaterThanOrEqual(0);
    const after = screen.slice(stop);
    // The board is gone (no half-drawn counts), and no pending job reads like progress.
    expect(screen.filter((line) => / done · .* in flight/.test(line))).toEqual([]);
    expect(screen.filter((line) => /^\[\d+\/12\].*pending/.test(line))).toEqual([]);
    expect(after).toContainEqual(expect.stringMatching(/^report: .*report\.json$/));
    expect(after.at(-2)).toMatch(/^stopped by SIGINT: no job ended, 6 in flight \(video ids kept: .*\), 6 not started$/);
    const resume = after.at(-1)!.replace(/^to finish, run again: /, '');
    expect(after.at(-1)).not.toBe(resume);
    expect(resume).not.toContain('--fresh'); // it would set aside the ledger the re-run needs

    const report = JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as { jobs: { status: string; videoId: string | null }[] };
    expect(report.jobs.filter((job) => job.status === 'pending' && job.videoId !== null)).toHaveLength(6);

    // The printed command finishes the run without paying again for the six in flight.
    const [node, script, ...args] = words(resume);
    expect([node, script]).toEqual(['node', expect.stringMatching(/dist\/cli\.js$/)]);
    const again = await runCli(args, { OPENAI_API_KEY: 'sk-test' });
    expect(again.code).toBe(0);
    expect(sim.stats.billedCreates).toBe(JOBS);
  }, 60_000);
});

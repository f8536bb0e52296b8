import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, useResources, writeManifest } from './helpers.js';

const KEY = 'sk-test-DO-NOT-PRINT-4242';

const cli = (args: string[], env: Record<string, string | undefined>, cwd?: string) => runCli(args, env, cwd);

async function allFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => join(e.parentPath, e.name));
}

describe('the CLI, run as a child process', () => {
  const use = useResources();

  it('runs the README example end to end with --simulate and no key', async () => {
    const t = await use.folder();
    const out = join(t.dir, 'out');
    const ran = await cli(['run', 'examples/manifest.yaml', '--simulate', '--out', out], {});
    expect(ran.stdout).toContain('report:');
    expect(ran.code).toBe(0);
    const report = JSON.parse(await readFile(join(out, 'report.json'), 'utf8'));
    expect(report.summary.completed).toBe(report.summary.total);
    for (const job of report.jobs) expect((await stat(join(out, job.file))).size).toBeGreaterThan(100);
  });

  it('--dry-run prints the plan and sends no request', async () => {
    const sim = await use.simulator();
    const ran = await cli(['run', 'examples/manifest.yaml', '--dry-run', '--base-url', sim.url], { OPENAI_API_KEY: KEY });
    expect(ran.code).toBe(0);
    expect(ran.stdout).toMatch(/dry run: nothing sent/);
    expect(sim.stats.requests.length).toBe(0);
  });

  it('a missing API key is one clear line, exit 2, and no request', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    const ran = await cli(['run', 'examples/manifest.yaml', '--base-url', sim.url, '--out', join(t.dir, 'o')], {});
    expect(ran.code).toBe(2);
    expect(ran.stderr.trim().split('\n').filter((l) => !l.startsWith('warning:'))).toEqual([expect.stringContaining('OPENAI_API_KEY is not set')]);
    expect(sim.stats.requests.length).toBe(0);
    expect(existsSync(join(t.dir, 'o'))).toBe(false);
  });

  it('a bad manifest names file, line and field on one line each, exits 2, and sends nothing', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    const manifest = await writeManifest(t.dir, 'bad.yaml', 'jobs:\n  - prompt: ok\n  - promt: typo\n  - prompt: x\n    seconds: abc\n');
    const ran = await cli(['run', manifest, '--base-url', sim.url], { OPENAI_API_KEY: KEY });
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/bad\.yaml:3: .*"promt".*did you mean "prompt"/);
    expect(ran.stderr).toMatch(/bad\.yaml:5: .*"seconds"/);
    expect(sim.stats.requests.length).toBe(0);
  });

  it('exits 1 when a job fails, keeps ids like ../../x inside the output folder, and never prints or stores the key', async () => {
    const sim = await use.simulator();
    const t = await use.folder();
    const manifest = await writeManifest(
      t.dir,
      'm.yaml',
      '- {id: ../../escape, prompt: A fox}\n- {id: /etc/passwd, prompt: A car}\n- {id: refused, prompt: "No [sim:moderation]"}\n',
    );
    const out = join(t.dir, 'nested', 'out');
    const ran = await cli(['run', manifest, '--base-url', sim.url, '--out', out], { OPENAI_API_KEY: KEY });
    expect(ran.code).toBe(1);
    const files = await allFiles(t.dir);
    const outside = files.filter((f) => !f.startsWith(out + '/') && f !== manifest);
    expect(outside).toEqual([]);
    const videos = (await readdir(join(out, 'videos'))).filter((f) => f.endsWith('.mp4'));
    expect(videos.length).toBe(2);
    for (const f of [...files]) expect((await readFile(f, 'utf8')).includes(KEY)).toBe(false);
    expect(ran.stdout + ran.stderr).not.toContain(KEY);
    const report = JSON.parse(await readFile(join(out, 'report.json'), 'utf8'));
    expect(report.jobs.map((j: { id: string }) => j.id)).toEqual(['../../escape', '/etc/passwd', 'refused']);
  });

  it('usage mistakes exit 2 with a hint', async () => {
    const ran = await cli(['run'], {});
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/manifest path/);
    const bad = await cli(['run', 'examples/manifest.yaml', '--concurrency', 'zero'], {});
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--concurrency/);
  });
});

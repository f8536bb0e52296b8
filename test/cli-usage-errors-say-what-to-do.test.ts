import { existsSync, readFileSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli, useResources } from './helpers.js';

describe('the CLI names the mistake in its own words', () => {
  const use = useResources();

  it('a mistyped flag gets the closest one, exit 2, and nothing of parseArgs', async () => {
    const ran = await runCli(['run', 'examples/manifest.yaml', '--simulat'], {});
    expect(ran.code).toBe(2);
    expect(ran.stderr.trim()).toBe('unknown option --simulat (did you mean --simulate?); try --help');
    const far = await runCli(['run', 'examples/manifest.yaml', '--frobnicate'], {});
    expect(far.code).toBe(2);
    expect(far.stderr.trim()).toBe('unknown option --frobnicate; try --help');
  });

  it('a negative number says what the flag takes, not "ambiguous"; a flag missing its value says so', async () => {
    const ran = await runCli(['run', 'examples/manifest.yaml', '--timeout', '-5'], {});
    expect(ran.code).toBe(2);
    expect(ran.stderr.trim()).toBe('--timeout takes a whole number of 0 or more (got "-5")');
    const missing = await runCli(['run', 'examples/manifest.yaml', '--out', '--simulate'], {});
    expect(missing.code).toBe(2);
    expect(missing.stderr.trim()).toBe('--out needs a value, e.g. --out DIR (got the option --simulate)');
    const switchValue = await runCli(['run', 'examples/manifest.yaml', '--simulate=yes'], {});
    expect(switchValue.code).toBe(2);
    expect(switchValue.stderr.trim()).toBe('--simulate takes no value (got "yes")');
  });

  it('-v and --version print the version', async () => {
    const { version } = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    for (const flag of ['-v', '--version']) {
      const ran = await runCli([flag], {});
      expect(ran.code).toBe(0);
      expect(ran.stdout).toBe(`${version}\n`);
    }
  });

  it('simulate on a busy port says so, exit 2, no stack trace', async () => {
    const busy = createServer();
    await new Promise<void>((resolve) => busy.listen(0, '127.0.0.1', resolve));
    try {
      const port = (busy.address() as { port: number }).port;
      const ran = await runCli(['simulate', '--port', String(port)], {});
      expect(ran.code).toBe(2);
      expect(ran.stderr.trim()).toBe(`port ${port} is in use; pick another with --port N (--port 0 takes any free one)`);
    } finally {
      await new Promise((resolve) => busy.close(resolve));
    }
  });

  it('a folder locked by a live run is refused before the simulator starts', async () => {
    const t = await use.folder();
    const out = join(t.dir, 'out');
    await mkdir(out);
    // This test process is the live run holding the folder.
    await writeFile(join(out, '.video-batch.lock'), JSON.stringify({ pid: process.pid, host: hostname(), startedAt: new Date().toISOString() }));
    const ran = await runCli(['run', 'examples/manifest.yaml', '--simulate', '--out', out], {});
    expect(ran.code).toBe(2);
    expect(ran.stderr).toMatch(/another video-batch run \(pid \d+/);
    expect(ran.stderr).not.toContain('simulator:');
    expect(existsSync(join(out, 'ledger.jsonl'))).toBe(false);
  });
});

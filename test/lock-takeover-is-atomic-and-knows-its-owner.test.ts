import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { ConfigError } from '../src/errors.js';
import { bootId, lockFolder, processStart } from '../src/runner/lock.js';
import { caught, useResources } from './helpers.js';

/** The pid of a process that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((resolve) => child.on('exit', resolve));
  return child.pid!;
}

const hasProc = existsSync('/proc/self/stat');

describe('the output folder lock', () => {
  const use = useResources();

  it('a stale lock found by two runs at the same instant is taken over by exactly one (50 races)', async () => {
    const { dir } = await use.folder();
    const rounds = 50;
    const dead = await deadPid();
    const paths: string[] = [];
    for (let r = 1; r <= rounds; r++) {
      await mkdir(join(dir, `r${r}`));
      const path = join(dir, `r${r}`, '.video-batch.lock');
      await writeFile(path, JSON.stringify({ pid: dead, host: hostname(), startedAt: '2026-01-01T00:00:00.000Z' }));
      paths.push(path);
    }
    const go = new SharedArrayBuffer(4);
    const round = new Int32Array(go);
    const results = new Map<number, string[]>();
    // Workers run plain JavaScript: the contender and the real lock.ts, bundled.
    const script = join(dir, 'contender.mjs');
    await build({ entryPoints: ['test/fixtures/lock-contender.ts'], bundle: true, platform: 'node', format: 'esm', outfile: script, logLevel: 'warning' });
    const workers = [0, 1].map(() => new Worker(script, { workerData: { paths, go } }));
    try {
      const all = new Promise<void>((resolve, reject) => {
        for (const worker of workers) {
          worker.on('error', reject);
          worker.on('message', ({ r, result }: { r: number; result: string }) => {
            const got = [...(results.get(r) ?? []), result];
            results.set(r, got);
            if (got.length < 2) return;
            if (r === rounds) resolve();
            else {
              Atomics.store(round, 0, r + 1);
              Atomics.notify(round, 0);
            }
          });
        }
      });
      // Both workers are started (and blocked on the counter) before the first round begins.
      await new Promise((resolve) => setTimeout(resolve, 500));
      Atomics.store(round, 0, 1);
      Atomics.notify(round, 0);
      await all;
    } finally {
      await Promise.all(workers.map((w) => w.terminate()));
    }
    const outcomes = [...results.values()].map((pair) => [...pair].sort().join('+'));
    expect(outcomes).toEqual(Array(rounds).fill('busy+got'));
  }, 60_000);

  it.skipIf(!hasProc)('a lock whose pid is alive but started at another time (pid reuse, pid 1 in containers) is taken over', async () => {
    const { dir } = await use.folder();
    const path = join(dir, '.video-batch.lock');
    // As a container run leaves it: the same pid as ours (every run is pid 1), another start time.
    await writeFile(path, JSON.stringify({ pid: process.pid, host: hostname(), startedAt: '2026-01-01T00:00:00.000Z', bootId: bootId(), procStart: '1', token: 'old' }));
    const release = lockFolder(path);
    expect(JSON.parse(await readFile(path, 'utf8'))).toMatchObject({ pid: process.pid, procStart: processStart(process.pid) });
    release();
    expect(existsSync(path)).toBe(false);
  });

  it.skipIf(!hasProc)('a lock written before the last reboot is taken over', async () => {
    const { dir } = await use.folder();
    const path = join(dir, '.video-batch.lock');
    await writeFile(path, JSON.stringify({ pid: process.pid, host: hostname(), startedAt: '2026-01-01T00:00:00.000Z', bootId: 'another-boot', procStart: processStart(process.pid), token: 'old' }));
    lockFolder(path)();
  });

  it.skipIf(!hasProc)('a lock of a run that is still running blocks, with what to do; without a start time a live pid still blocks', async () => {
    const { dir } = await use.folder();
    const path = join(dir, '.video-batch.lock');
    const child = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 20000)']);
    try {
      await new Promise((resolve) => child.on('spawn', resolve));
      const owner = { pid: child.pid!, host: hostname(), startedAt: '2026-01-01T00:00:00.000Z' };
      await writeFile(path, JSON.stringify({ ...owner, bootId: bootId(), procStart: processStart(child.pid!), token: 'live' }));
      const error = await caught(Promise.resolve().then(() => lockFolder(path)));
      expect(error).toBeInstanceOf(ConfigError);
      expect((error as Error).message).toMatch(new RegExp(`pid ${child.pid}.*wait for it to finish, or use another --out`));
      await writeFile(path, JSON.stringify(owner));
      expect(await caught(Promise.resolve().then(() => lockFolder(path)))).toBeInstanceOf(ConfigError);
    } finally {
      child.kill();
    }
  });
});

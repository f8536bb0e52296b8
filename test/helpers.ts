import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach } from 'vitest';
import { run, type RunOptions, type RunResult } from '../src/run.js';
import { startSimulator, type Simulator, type SimulatorOptions } from '../src/simulate.js';

/** A temp folder removed by `cleanup()`. */
export async function tempDir(): Promise<{ dir: string; cleanup: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'video-batch-test-'));
  return { dir, cleanup: () => rm(dir, { recursive: true, force: true }) };
}

export async function writeManifest(dir: string, name: string, text: string): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, text);
  return path;
}

/** A simulator fast enough for tests: videos finish in about 150 ms. */
export function fastSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  return startSimulator({ queueMs: 30, generationMs: 120, ...options });
}

/** What `useResources()` hands a describe block. */
export interface Resources {
  /** `fastSimulator(options)`, closed after the test. */
  simulator(options?: SimulatorOptions): Promise<Simulator>;
  /** `tempDir()`, removed after the test. */
  folder(): Promise<{ dir: string; cleanup: () => Promise<void> }>;
}

/**
 * Simulators and temporary folders for the tests of the calling describe block, each closed or
 * removed after its test (however many a test makes). Call it once at the top of a describe.
 */
export function useResources(): Resources {
  const releases: (() => Promise<void>)[] = [];
  afterEach(async () => {
    // Taken out first so a failing release is not retried after the next test.
    const due = releases.splice(0).reverse();
    const errors: unknown[] = [];
    for (const release of due) {
      try {
        await release();
      } catch (error) {
        errors.push(error); // still release the rest, then report
      }
    }
    if (errors.length === 1) throw errors[0];
    if (errors.length > 1) throw new AggregateError(errors, `${errors.length} test resources failed to release`);
  });
  return {
    async simulator(options) {
      const sim = await fastSimulator(options);
      releases.push(() => sim.close());
      return sim;
    },
    async folder() {
      const folder = await tempDir();
      releases.push(folder.cleanup);
      return folder;
    },
  };
}

/** run() on a manifest with test-speed polling and backoff and only `env` set, capturing the log. */
export async function runFast(
  options: Partial<RunOptions> & { manifest: string; outDir: string },
  env: Record<string, string | undefined>,
  signal?: AbortSignal,
): Promise<RunResult & { log: string[] }> {
  const log: string[] = [];
  const result = await run(
    {
      concurrency: 4,
      dryRun: false,
      download: true,
      timeoutSeconds: 30,
      failOn: 'any',
      simulate: false,
      poll: { minIntervalMs: 10, maxIntervalMs: 100 },
      retry: { baseDelayMs: 10, maxDelayMs: 200 },
      ...options,
    },
    { env, log: (line) => log.push(line), print: (line) => log.push(line), signal },
  );
  return { ...result, log };
}

/** `runFast` against `sim` (the openai shape at its URL), with a test key unless `extra.env` says otherwise. */
export function runAgainst(
  sim: Simulator,
  options: Partial<RunOptions> & { manifest: string; outDir: string },
  extra: { signal?: AbortSignal; env?: Record<string, string | undefined> } = {},
): Promise<RunResult & { log: string[] }> {
  return runFast({ baseUrl: sim.url, ...options }, extra.env ?? { OPENAI_API_KEY: 'sk-test-secret-key' }, extra.signal);
}

/** Bytes the simulator serves for a video, fetched directly (not through video-batch). */
export async function serverBytes(sim: Simulator, videoId: string): Promise<Buffer> {
  const response = await fetch(`${sim.url}/videos/${videoId}/content`, { headers: { authorization: 'Bearer sk-test' } });
  if (!response.ok) throw new Error(`content ${response.status}`);
  return Buffer.from(await response.arrayBuffer());
}

/** What `promise` rejected with; a promise that fulfils fails the test. */
export async function caught(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the call to fail');
}

export interface ChildRun {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/**
 * Starts `node <script> ...args` as users run it, with only PATH and `env` in its environment.
 * `done` resolves with its exit and everything it printed.
 */
export function startNode(script: string, args: readonly string[], env: Record<string, string | undefined>, cwd?: string): { child: ChildProcess; done: Promise<ChildRun> } {
  const child = spawn(process.execPath, [script, ...args], { cwd, env: { PATH: process.env.PATH, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const done = new Promise<ChildRun>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

/** Runs the built CLI (`dist/cli.js`) to its end. */
export function runCli(args: readonly string[], env: Record<string, string | undefined>, cwd?: string): Promise<ChildRun> {
  return startNode(resolve('dist/cli.js'), args, env, cwd).done;
}

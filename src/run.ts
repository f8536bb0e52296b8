import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type Manifest, readManifest } from './manifest/index.js';
import { checkJob, modelInfo, PROVIDER_TRAITS } from './providers/catalog.js';
import { endpointFor, missingKeys, ProviderPool, type Env } from './providers/registry.js';
import { ConfigError } from './errors.js';
import { buildReport, type Report } from './report/report.js';
import { renderMarkdown } from './report/markdown.js';
import { stateChangeLog } from './report/log.js';
import { writeAtomic } from './report/write.js';
import { systemClock, type Clock } from './runner/clock.js';
import { multiplex, type RunnerEvents } from './runner/events.js';
import { Ledger } from './runner/ledger.js';
import { DEFAULT_POLL, type PollOptions } from './runner/poll.js';
import { baseResult, type JobResult } from './runner/result.js';
import { DEFAULT_RETRY, type RetryOptions } from './runner/retry.js';
import { runJobs } from './runner/runner.js';
import { startSimulator, type Simulator } from './simulator/index.js';
import type { ProviderName } from './types.js';

export type FailOn = 'any' | 'all' | 'never';

export interface RunOptions {
  readonly manifest: string;
  /** @default 'video-batch-out' */
  readonly outDir: string;
  /** @default 4 */
  readonly concurrency: number;
  readonly baseUrl?: string;
  /** Model where the manifest names none. */
  readonly model?: string;
  /** Provider where the manifest names none. @default 'openai' */
  readonly provider?: ProviderName;
  readonly dryRun: boolean;
  readonly download: boolean;
  /** Per job; 0 = none. @default 3600 */
  readonly timeoutSeconds: number;
  /** @default 'any' */
  readonly failOn: FailOn;
  /** Point every provider at a built-in simulator on 127.0.0.1 (no key, no cost). */
  readonly simulate: boolean;
  readonly poll?: Partial<PollOptions>;
  readonly retry?: Partial<RetryOptions>;
}

export interface RunDeps {
  readonly env: Env;
  /** Progress lines (stderr for the CLI, the log for the action). */
  readonly log: (line: string) => void;
  /** The plan of a dry run (stdout for the CLI). */
  readonly print: (line: string) => void;
  readonly clock?: Clock;
  readonly signal?: AbortSignal;
  readonly events?: readonly RunnerEvents[];
  readonly fetch?: typeof fetch;
}

export interface RunResult {
  /** Absent for a dry run. */
  readonly report?: Report;
  readonly reportJson?: string;
  readonly reportMarkdown?: string;
  readonly manifest: Manifest;
  readonly exitCode: 0 | 1;
}

export const DEFAULT_OUT_DIR = 'video-batch-out';

/**
 * The one entry both faces call: read and check the manifest, run every job, write the reports.
 * Throws ManifestError / ConfigError before any request is sent.
 */
export async function run(options: RunOptions, deps: RunDeps): Promise<RunResult> {
  const clock = deps.clock ?? systemClock;
  const manifestPath = resolve(options.manifest);
  const defaultProvider = options.provider ?? 'openai';
  const manifest = await readManifest(manifestPath, {
    file: options.manifest,
    defaultProvider,
    defaultModel: (provider) => PROVIDER_TRAITS[provider].defaultModel,
    overrides: { provider: options.provider, model: options.model },
    checkJob,
  });
  if (!Number.isInteger(options.concurrency) || options.concurrency < 1) throw new ConfigError('--concurrency must be a whole number of 1 or more');

  warnRetiringModels(manifest, deps.log);
  if (options.dryRun) {
    printPlan(manifest, deps.print);
    return { manifest, exitCode: 0 };
  }

  let simulator: Simulator | undefined;
  let env: Env = deps.env;
  let baseUrl = options.baseUrl;
  let poll: PollOptions = { ...DEFAULT_POLL, ...options.poll };
  if (options.simulate) {
    simulator = await startSimulator({});
    env = { ...deps.env, OPENAI_API_KEY: 'sim-key', GEMINI_API_KEY: 'sim-key', ARK_API_KEY: 'sim-key' };
    baseUrl = simulator.url;
    poll = { minIntervalMs: 100, maxIntervalMs: 1000, ...options.poll };
    deps.log(`simulator: ${simulator.url} (no key, no cost)`);
  }
  try {
    const endpointOf = (job: (typeof manifest.jobs)[number]) =>
      simulator ? { provider: job.provider, baseUrl: simulator.url, apiKeyEnv: 'OPENAI_API_KEY' } : endpointFor(job, env, baseUrl);
    const endpoints = manifest.jobs.map(endpointOf);
    const missing = missingKeys(endpoints, env);
    if (missing) throw new ConfigError(missing);
    const pool = new ProviderPool({ env, fetch: deps.fetch });
    endpoints.forEach((e) => pool.get(e)); // build every client now: a bad setup fails before any request

    const outDir = resolve(options.outDir);
    const startedAt = clock.now();
    const reportJson = join(outDir, 'report.json');
    const reportMarkdown = join(outDir, 'report.md');
    // Kept as events arrive, so even a crash leaves every known video id in the report.
    const ended = new Map<string, JobResult>();
    const videoIds = new Map<string, string>();
    const collector: RunnerEvents = {
      onJobSubmitted: (job, videoId) => void videoIds.set(job.id, videoId),
      onJobEnd: (result) => void ended.set(result.id, result),
    };
    let results: JobResult[] = [];
    let report: Report | undefined;
    try {
      await mkdir(outDir, { recursive: true });
      const events = multiplex([collector, stateChangeLog(manifest.jobs.length, deps.log), ...(deps.events ?? [])], (error) =>
        deps.log(`a reporter failed: ${error instanceof Error ? error.message : String(error)}`),
      );
      results = await runJobs(manifest.jobs, {
        concurrency: options.concurrency,
        timeoutMs: options.timeoutSeconds * 1000,
        download: options.download,
        outDir,
        poll,
        retry: { ...DEFAULT_RETRY, ...options.retry },
        clock,
        providerFor: (job) => pool.get(endpointOf(job)),
        events,
        ledger: new Ledger(join(outDir, 'ledger.jsonl')),
        signal: deps.signal,
      });
    } finally {
      // Written whatever happened above: a crash still leaves the record of what was known.
      report = buildReport({
        manifest: options.manifest,
        startedAt,
        finishedAt: clock.now(),
        interrupted: deps.signal?.aborted ?? false,
        jobs: manifest.jobs.map((job) => ended.get(job.id) ?? { ...baseResult(job, 'pending'), videoId: videoIds.get(job.id) ?? null }),
      });
      await writeAtomic(reportJson, `${JSON.stringify(report, null, 2)}\n`);
      await writeAtomic(reportMarkdown, renderMarkdown(report));
      deps.log(`report: ${reportJson}`);
    }
    return { report, reportJson, reportMarkdown, manifest, exitCode: exitCodeFor(results, options.failOn) };
  } finally {
    await simulator?.close();
  }
}

/** 1 when the failures reach the `failOn` threshold; skipped jobs count as done. */
export function exitCodeFor(results: readonly JobResult[], failOn: FailOn): 0 | 1 {
  const ok = results.filter((r) => r.status === 'completed' || r.status === 'skipped').length;
  if (failOn === 'never') return 0;
  if (failOn === 'all') return results.length > 0 && ok === 0 ? 1 : 0;
  return ok < results.length ? 1 : 0;
}

function warnRetiringModels(manifest: Manifest, log: (line: string) => void): void {
  const warned = new Set<string>();
  for (const job of manifest.jobs) {
    const retirement = modelInfo(job.provider, job.model)?.retirement;
    if (!retirement || warned.has(job.model)) continue;
    warned.add(job.model);
    log(`warning: ${job.model} is retired by its provider (shutdown ${retirement.date}); consider ${retirement.replacements.join(' or ')}`);
  }
}

function printPlan(manifest: Manifest, print: (line: string) => void): void {
  print(`${manifest.jobs.length} jobs in ${manifest.file} (dry run: nothing sent)`);
  for (const job of manifest.jobs) {
    const params = [job.provider, job.model, job.seconds === undefined ? '' : `${job.seconds}s`, job.size ?? ''].filter(Boolean).join(' ');
    const prompt = job.prompt.length > 60 ? `${job.prompt.slice(0, 57)}...` : job.prompt;
    const extra = job.remixOf ? ` (remix of ${job.remixOf.kind === 'job' ? job.remixOf.jobId : job.remixOf.videoId})` : '';
    print(`  ${job.id}  ${params}  ${JSON.stringify(prompt.replace(/\s+/g, ' '))}${extra}`);
  }
}

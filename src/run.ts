import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type Manifest, readManifest } from './manifest/index.js';
import { checkJob, modelInfo, PROVIDER_TRAITS } from './providers/catalog.js';
import { preflightEndpoints } from './providers/preflight.js';
import { checkBaseUrl, checkEnvBaseUrls, endpointFor, missingKeys, ProviderPool, type Env } from './providers/registry.js';
import { ConfigError } from './errors.js';
import { estimateJob, formatUsd, totalCost, type CostEstimate } from './cost/prices.js';
import { lockFolder } from './runner/lock.js';
import { buildReport, type Report } from './report/report.js';
import { markdownChunks } from './report/markdown.js';
import { htmlChunks } from './report/html.js';
import { jsonChunks } from './report/json.js';
import { stateChangeLog } from './report/log.js';
import { writeAtomic } from './report/write.js';
import { systemClock, type Clock } from './runner/clock.js';
import { multiplex, type RunnerEvents } from './runner/events.js';
import { Ledger, mayCreate } from './runner/ledger.js';
import { DEFAULT_POLL, type PollOptions } from './runner/poll.js';
import { baseResult, type JobResult } from './runner/result.js';
import { DEFAULT_RETRY, type RetryOptions } from './runner/retry.js';
import { runJobs } from './runner/runner.js';
import { formatShard, selectShard, type Shard } from './shard.js';
import { simulatorBaseUrl, startSimulator, type Simulator } from './simulator/index.js';
import type { AssetVariant } from './providers/types.js';
import type { ProviderName } from './types.js';

export type FailOn = 'any' | 'all' | 'never';

export interface RunOptions {
  readonly manifest: string;
  /** Folders besides the manifest's own that `input_reference` images may come from. @default [] */
  readonly inputDirs?: readonly string[];
  /** @default 'video-batch-out' */
  readonly outDir: string;
  /** @default 4 */
  readonly concurrency: number;
  readonly baseUrl?: string;
  /**
   * Why an `api_key_env` name may not be used here (the action refuses the runner's own
   * variables); undefined when it may. Reported as a manifest error on the field. @default none
   */
  readonly keyEnvRule?: (name: string) => string | undefined;
  /** How messages name where `baseUrl` came from. @default '--base-url' */
  readonly baseUrlFrom?: string;
  /** Model where the manifest names none. */
  readonly model?: string;
  /** Provider where the manifest names none. @default 'openai' */
  readonly provider?: ProviderName;
  readonly dryRun: boolean;
  readonly download: boolean;
  /** Preview images to fetch beside each video (the gallery's posters), where the API serves them. @default [] */
  readonly variants?: readonly AssetVariant[];
  /** Per job; 0 = none. @default 3600 */
  readonly timeoutSeconds: number;
  /** @default 'any' */
  readonly failOn: FailOn;
  /** Point every provider at a built-in simulator on 127.0.0.1 (no key, no cost). */
  readonly simulate: boolean;
  /** Refuse to start when the estimated cost of what this run would submit exceeds this (USD). */
  readonly maxCostUsd?: number;
  /** Start over: set the ledger aside so nothing is resumed or skipped. */
  readonly fresh?: boolean;
  /** Create again the jobs whose video expired before an earlier run downloaded it (pays again). */
  readonly regenerateExpired?: boolean;
  /** Run only this shard's jobs (a remix goes with its source). @default every job */
  readonly shard?: Shard;
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
  /**
   * Builds the progress display for a run of `total` jobs (e.g. the CLI's live terminal view);
   * `null` shows none (--quiet). @default a plain line per state change on `log`
   */
  readonly progress?: ((total: number) => RunnerEvents) | null;
  readonly fetch?: typeof fetch;
}

export interface RunResult {
  /** Absent for a dry run. */
  readonly report?: Report;
  readonly reportJson?: string;
  readonly reportMarkdown?: string;
  readonly reportHtml?: string;
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
  checkBaseUrl(options.baseUrl, options.baseUrlFrom ?? '--base-url');
  const manifestPath = resolve(options.manifest);
  const defaultProvider = options.provider ?? 'openai';
  const whole = await readManifest(manifestPath, {
    file: options.manifest,
    defaultProvider,
    defaultModel: (provider) => PROVIDER_TRAITS[provider].defaultModel,
    overrides: { provider: options.provider, model: options.model },
    checkJob: (job) => {
      const refused = job.apiKeyEnv === undefined ? undefined : options.keyEnvRule?.(job.apiKeyEnv);
      return [...checkJob(job), ...(refused ? [{ field: 'api_key_env', message: refused }] : [])];
    },
    inputDirs: options.inputDirs ?? [],
  });
  const manifest = options.shard ? { ...whole, jobs: selectShard(whole.jobs, options.shard) } : whole;
  if (options.shard) deps.log(`shard ${formatShard(options.shard)}: ${manifest.jobs.length} of ${whole.jobs.length} jobs`);
  if (!Number.isInteger(options.concurrency) || options.concurrency < 1) throw new ConfigError('--concurrency must be a whole number of 1 or more');

  warnRetiringModels(manifest, deps.log);
  const estimates = new Map(manifest.jobs.map((job) => [job.id, estimateJob(job, manifest.pricing)]));
  if (options.dryRun) {
    printPlan(manifest, estimates, deps.print);
    return { manifest, exitCode: 0 };
  }
  if (!options.simulate) {
    checkEnvBaseUrls(manifest.jobs, deps.env, options.baseUrl);
    // Before the output folder is touched: a missing key leaves nothing behind.
    const missing = missingKeys(manifest.jobs.map((job) => endpointFor(job, deps.env, options.baseUrl)), deps.env);
    if (missing) throw new ConfigError(missing);
  }
  const outDir = resolve(options.outDir);
  await mkdir(outDir, { recursive: true });
  const release = lockFolder(join(outDir, '.video-batch.lock'), () => clock.now());
  try {
    const ledger = new Ledger(join(outDir, 'ledger.jsonl'));
    if (options.fresh) ledger.setAside(clock.now());
    checkBudget(manifest, estimates, ledger, options.maxCostUsd, options.regenerateExpired ?? false);
    return await execute(options, deps, manifest, estimates, outDir, ledger);
  } finally {
    release();
  }
}

/** Refuses a run whose not-yet-paid jobs are estimated above the budget. */
function checkBudget(manifest: Manifest, estimates: ReadonlyMap<string, CostEstimate>, ledger: Ledger, maxCostUsd: number | undefined, regenerateExpired: boolean): void {
  if (maxCostUsd === undefined) return;
  const records = ledger.read(manifest.jobs);
  // Jobs that already have a video are paid for: resuming them costs nothing more.
  const toPay = manifest.jobs.filter((job) => mayCreate(records.get(job.id), regenerateExpired));
  const total = totalCost(toPay.map((job) => estimates.get(job.id)!));
  if (total.usd > maxCostUsd) {
    throw new ConfigError(`estimated cost ${formatUsd(total.usd)} for ${toPay.length} jobs exceeds --max-cost ${formatUsd(maxCostUsd)}; nothing was sent (raise the budget or trim the manifest)`);
  }
  if (total.unpriced > 0) {
    throw new ConfigError(`${total.unpriced} jobs use models without a known price, so --max-cost cannot be checked; add them to the manifest's "pricing" block`);
  }
}

async function execute(
  options: RunOptions,
  deps: RunDeps,
  manifest: Manifest,
  estimates: ReadonlyMap<string, CostEstimate>,
  outDir: string,
  ledger: Ledger,
): Promise<RunResult> {
  const clock = deps.clock ?? systemClock;

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
      simulator ? { provider: job.provider, baseUrl: simulatorBaseUrl(simulator, job.provider), apiKeyEnv: 'OPENAI_API_KEY' } : endpointFor(job, env, baseUrl);
    const endpoints = manifest.jobs.map(endpointOf);
    const pool = new ProviderPool({ env, fetch: deps.fetch });
    endpoints.forEach((e) => pool.get(e)); // build every client now: a bad setup fails before any request
    // One cheap read per endpoint that is about to create: a wrong key or URL stops here, not per job.
    const records = ledger.read(manifest.jobs);
    const creating = new Set(manifest.jobs.filter((job) => mayCreate(records.get(job.id), options.regenerateExpired ?? false)).map((job) => JSON.stringify(endpointOf(job))));
    const toCheck = pool.entries().filter(({ endpoint }) => creating.has(JSON.stringify(endpoint)));
    await preflightEndpoints(toCheck, deps.log, deps.signal ?? new AbortController().signal);

    const startedAt = clock.now();
    const reportJson = join(outDir, 'report.json');
    const reportMarkdown = join(outDir, 'report.md');
    const reportHtml = join(outDir, 'report.html');
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
      const progress = deps.progress === undefined ? stateChangeLog(manifest.jobs.length, deps.log) : deps.progress?.(manifest.jobs.length);
      const events = multiplex([collector, ...(progress ? [progress] : []), ...(deps.events ?? [])], (error) =>
        deps.log(`a reporter failed: ${error instanceof Error ? error.message : String(error)}`),
      );
      results = await runJobs(manifest.jobs, {
        concurrency: options.concurrency,
        timeoutMs: options.timeoutSeconds * 1000,
        download: options.download,
        variants: options.variants,
        outDir,
        poll,
        retry: { ...DEFAULT_RETRY, ...options.retry },
        clock,
        providerFor: (job) => pool.get(endpointOf(job)),
        events,
        ledger,
        regenerateExpired: options.regenerateExpired ?? false,
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
        estimates,
      });
      await writeAtomic(reportJson, jsonChunks(report));
      await writeAtomic(reportMarkdown, markdownChunks(report));
      await writeAtomic(reportHtml, htmlChunks(report));
      deps.log(`report: ${reportJson}`);
      deps.log(`gallery: ${reportHtml} (open it in a browser to watch the videos)`);
    }
    return { report, reportJson, reportMarkdown, reportHtml, manifest, exitCode: exitCodeFor(results, options.failOn) };
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

function printPlan(manifest: Manifest, estimates: ReadonlyMap<string, CostEstimate>, print: (line: string) => void): void {
  print(`${manifest.jobs.length} jobs in ${manifest.file} (dry run: nothing sent)`);
  const total = totalCost(estimates.values());
  for (const job of manifest.jobs) {
    const params = [job.provider, job.model, job.seconds === undefined ? '' : `${job.seconds}s`, job.size ?? ''].filter(Boolean).join(' ');
    const prompt = job.prompt.length > 60 ? `${job.prompt.slice(0, 57)}...` : job.prompt;
    const extra = job.remixOf ? ` (remix of ${job.remixOf.kind === 'job' ? job.remixOf.jobId : job.remixOf.videoId})` : '';
    const usd = estimates.get(job.id)?.usd;
    print(`  ${job.id}  ${params}  ${usd === undefined ? 'price unknown' : formatUsd(usd)}  ${JSON.stringify(prompt.replace(/\s+/g, ' '))}${extra}`);
  }
  const unpriced = total.unpriced > 0 ? ` (${total.unpriced} jobs without a known price not counted)` : '';
  print(`estimated cost: ${formatUsd(total.usd)}${unpriced}`);
}

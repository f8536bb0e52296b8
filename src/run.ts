import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { type Manifest, ManifestError, readManifest } from './manifest/index.js';
import { checkJob, PROVIDER_TRAITS } from './providers/catalog.js';
import { lifecycleProblems } from './providers/lifecycle.js';
import { PROVIDER_MODULES, providerModule } from './providers/list.js';
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
import { planLines } from './report/plan.js';
import { systemClock, type Clock } from './runner/clock.js';
import { multiplex, type RunnerEvents } from './runner/events.js';
import { Ledger, mayCreate } from './runner/ledger.js';
import { DEFAULT_POLL, type PollOptions } from './runner/poll.js';
import { baseResult, type JobResult } from './runner/result.js';
import { DEFAULT_RETRY, type RetryOptions } from './runner/retry.js';
import { runJobs } from './runner/runner.js';
import { endpointLabel, nothingMade } from './runner/endpoint.js';
import { formatShard, selectShard, type Shard } from './shard.js';
import { SIMULATED_MODEL_PROFILES, SimulatorStateError, simulatorBaseUrl, startSimulator, type Simulator } from './simulator/index.js';
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
  /** Each request's own bound (a poll, a list, a create), within the job's. @default 60000 */
  readonly requestTimeoutMs?: number;
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
  /**
   * Jobs that ended `submit_uncertain` to create again (their earlier create may have made a video
   * the list could not prove; this pays again if it did): `all`, or job ids. @default none
   */
  readonly retryUncertain?: 'all' | readonly string[];
  /** Run only this shard's jobs (a remix goes with its source). @default every job */
  readonly shard?: Shard;
  /**
   * One cheap authenticated read per endpoint before the first create, so a wrong key or base URL
   * stops the run at once (exit 2) instead of failing every job. @default true
   */
  readonly preflight?: boolean;
  readonly poll?: Partial<PollOptions>;
  readonly retry?: Partial<RetryOptions>;
}

export interface RunDeps {
  readonly env: Env;
  /** Progress lines (stderr for the CLI, the log for the action). */
  readonly log: (line: string) => void;
  /**
   * Something the user should act on, e.g. a model its provider retires (the CLI prints
   * `warning: ...` on stderr, the action makes an annotation). @default `log('warning: ' + line)`
   */
  readonly warn?: (line: string) => void;
  /** What the run produced: a dry run's plan, the reports' paths (stdout for the CLI). */
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
  /** Each job's estimated cost, by job id (a dry run's plan shows them). */
  readonly estimates: ReadonlyMap<string, CostEstimate>;
  /** 2 when an endpoint refused the key and no job has a video. */
  readonly exitCode: 0 | 1 | 2;
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

  const retryUncertain = retryUncertainSet(options.retryUncertain, whole.jobs.map((job) => job.id));
  // Before the dry run's plan too: a retired model is a manifest error, whatever the mode.
  const warn = deps.warn ?? ((line: string) => deps.log(`warning: ${line}`));
  const lifecycle = lifecycleProblems(manifest.jobs, manifest.models);
  if (lifecycle.issues.length > 0) throw new ManifestError(lifecycle.issues);
  lifecycle.warnings.forEach(warn);
  const estimates = new Map(manifest.jobs.map((job) => [job.id, estimateJob(job, manifest.pricing, manifest.models)]));
  if (options.dryRun) {
    for (const line of planLines(manifest.file, manifest.jobs, estimates)) deps.print(line);
    return { manifest, estimates, exitCode: 0 };
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
    return await execute(options, deps, manifest, estimates, outDir, ledger, retryUncertain);
  } finally {
    release();
  }
}

/**
 * The `--retry-uncertain` / `retry-uncertain` text: `all`, or comma-separated job ids; empty means
 * none. Pure.
 */
export function parseRetryUncertain(text: string | undefined): 'all' | string[] | undefined {
  const ids = (text ?? '').split(',').map((id) => id.trim()).filter((id) => id !== '');
  if (ids.length === 0) return undefined;
  return ids.includes('all') ? 'all' : ids;
}

/** The ids to retry; an id the manifest lacks is a ConfigError (a typo would otherwise retry nothing). */
function retryUncertainSet(option: RunOptions['retryUncertain'], ids: readonly string[]): ReadonlySet<string> {
  if (option === undefined) return new Set();
  if (option === 'all') return new Set(ids);
  const known = new Set(ids);
  const unknown = option.filter((id) => !known.has(id));
  if (unknown.length > 0) throw new ConfigError(`--retry-uncertain names ${unknown.map((id) => `"${id}"`).join(', ')}, not a job of the manifest; give job ids (as in report.json) or all`);
  return new Set(option);
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
  retryUncertain: ReadonlySet<string>,
): Promise<RunResult> {
  const clock = deps.clock ?? systemClock;

  let simulator: Simulator | undefined;
  let env: Env = deps.env;
  let baseUrl = options.baseUrl;
  let poll: PollOptions = { ...DEFAULT_POLL, ...options.poll };
  if (options.simulate) {
    // Kept beside the ledger, so a resumed run finds the videos the ledger points at.
    const stateFile = join(outDir, '.simulator-state.json');
    simulator = await startSimulator({ stateFile, modelProfiles: SIMULATED_MODEL_PROFILES }).catch((error: unknown) => {
      throw error instanceof SimulatorStateError ? new ConfigError(error.message) : error;
    });
    // Every key variable holds a dummy the simulator accepts: a real key never leaves for it.
    const keyEnvs = PROVIDER_MODULES.flatMap((module) => (module.env.keyEnv === undefined ? [] : [module.env.keyEnv]));
    env = { ...deps.env, ...Object.fromEntries(keyEnvs.map((name) => [name, 'sim-key'])) };
    baseUrl = simulator.url;
    poll = { minIntervalMs: 100, maxIntervalMs: 1000, ...options.poll };
    deps.log(`simulator: ${simulator.url} (no key, no cost)`);
  }
  try {
    const endpointOf = (job: (typeof manifest.jobs)[number]) =>
      simulator
        ? { provider: job.provider, baseUrl: simulatorBaseUrl(simulator, job.provider), apiKeyEnv: providerModule(job.provider).env.keyEnv }
        : endpointFor(job, env, baseUrl);
    const endpoints = manifest.jobs.map(endpointOf);
    const pool = new ProviderPool({ env, fetch: deps.fetch, simulated: simulator !== undefined, ...(options.requestTimeoutMs === undefined ? {} : { requestTimeoutMs: options.requestTimeoutMs }) });
    endpoints.forEach((e) => pool.get(e)); // build every client now: a bad setup fails before any request
    // One cheap read per endpoint that is about to create: a wrong key or URL stops here, not per job.
    const records = ledger.read(manifest.jobs);
    const creating = new Set(manifest.jobs.filter((job) => mayCreate(records.get(job.id), options.regenerateExpired ?? false)).map((job) => JSON.stringify(endpointOf(job))));
    const toCheck = pool.entries().filter(({ endpoint }) => creating.has(JSON.stringify(endpoint)));
    if (options.preflight ?? true) await preflightEndpoints(toCheck, deps.log, deps.signal ?? new AbortController().signal);

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
    let keyRefused = false;
    let report: Report | undefined;
    try {
      const progress = deps.progress === undefined ? stateChangeLog(manifest.jobs.length, deps.log) : deps.progress?.(manifest.jobs.length);
      const stops: RunnerEvents = {
        onEndpointStopped: (_endpoint, code, message) => {
          keyRefused ||= code === 'key_refused';
          (deps.warn ?? ((line: string) => deps.log(`warning: ${line}`)))(message);
        },
      };
      const events = multiplex([collector, stops, ...(progress ? [progress] : []), ...(deps.events ?? [])], (error) =>
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
        endpointLabel: (job) => endpointLabel(endpointOf(job)),
        events,
        ledger,
        regenerateExpired: options.regenerateExpired ?? false,
        retryUncertain,
        signal: deps.signal,
      });
    } finally {
      // Written whatever happened above: a crash still leaves the record of what was known.
      report = buildReport({
        manifest: options.manifest,
        startedAt,
        finishedAt: clock.now(),
        interrupted: deps.signal?.aborted ?? false,
        simulated: options.simulate,
        jobs: manifest.jobs.map((job) => ended.get(job.id) ?? { ...baseResult(job, 'pending'), videoId: videoIds.get(job.id) ?? null }),
        estimates,
      });
      await writeAtomic(reportJson, jsonChunks(report));
      await writeAtomic(reportMarkdown, markdownChunks(report));
      await writeAtomic(reportHtml, htmlChunks(report));
      deps.print(`report: ${reportJson}`);
      deps.print(`gallery: ${reportHtml} (open it in a browser to watch the videos)`);
    }
    const exitCode = keyRefused && nothingMade(results) ? 2 : exitCodeFor(results, options.failOn);
    return { report, reportJson, reportMarkdown, reportHtml, manifest, estimates, exitCode };
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


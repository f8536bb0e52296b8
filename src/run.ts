import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { DEFAULT_MAX_JOBS, type Manifest, ManifestError, readManifest } from './manifest/index.js';
import { checkJob, PROVIDER_TRAITS } from './providers/catalog.js';
import { lifecycleProblems, retirementProblem } from './providers/lifecycle.js';
import { PROVIDER_MODULES, providerModule } from './providers/list.js';
import { preflightEndpoints } from './providers/preflight.js';
import { checkBaseUrl, checkBaseUrlsGiven, checkEnvBaseUrls, endpointFor, keyEnvForApiKey, missingKeys, ProviderPool, resolvedBaseUrl, type Endpoint, type Env } from './providers/registry.js';
import { foreignBaseUrls, foreignBaseUrlWarning, manifestBaseUrlProblem, type BaseUrlTrust } from './providers/base-url-trust.js';
import { DiscoveryCache, defaultCacheDir } from './providers/discovery/cache.js';
import { NO_FACTS, type FactsLookup } from './providers/discovery/facts.js';
import { checkJobsAgainstFacts, discoverModels } from './providers/discovery/step.js';
import { ConfigError } from './errors.js';
import { budgetByCount } from './cost/floor.js';
import { budgetEstimate, estimateWithFacts, formatUsd, totalCost, underpricedWarning, type CostEstimate } from './cost/prices.js';
import { lockFolder } from './runner/lock.js';
import { buildReport, type Report, type ReportOrigin } from './report/report.js';
import { manifestOrigin } from './report/origin.js';
import { markdownChunks } from './report/markdown.js';
import { htmlChunks } from './report/html.js';
import { copyInputImages } from './report/input-images.js';
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
import { SIMULATED_MODEL_PROFILES, SimulatorStateError, simulatorBaseUrl, startSimulator, type Simulator } from './simulate.js';
import type { AssetVariant } from './providers/types.js';
import type { JobSpec, ProviderName } from './types.js';

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
  /**
   * The action: origins a manifest's `base_url` may name besides the provider's own host and
   * `baseUrl`'s (a pull request may edit the manifest; the workflow decides where keys go).
   * Undefined = the CLI: any, each named in the plan and warned once. @default undefined
   */
  readonly allowedBaseUrls?: readonly string[];
  /**
   * A key given without its variable (the action's `api-key` input): it becomes the key variable
   * of `provider`, else of the one provider the jobs use that needs one. @default none
   */
  readonly apiKey?: string;
  /** Model of every job that names none itself (wins over the manifest's `defaults`). */
  readonly model?: string;
  /** Provider of every job that names none itself (wins over the manifest's `defaults`). @default 'openai' */
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
  /** Refuse a manifest that expands to more jobs than this, counted before expanding. @default 10000 */
  readonly maxJobs?: number;
  /**
   * Let --max-cost count the manifest's `pricing:`/`models:` prices where they are below the
   * catalog's (by default it counts the higher). @default false
   */
  readonly trustManifestPrices?: boolean;
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
  /**
   * Ask no vendor about its models: check and price jobs from the discovery cache and the catalog
   * alone (`--offline`). @default false
   */
  readonly offline?: boolean;
  /** The deadline of each discovery request (a vendor's model schema, price, status). @default 15000 */
  readonly discoveryTimeoutMs?: number;
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
  /** The folder of the discovery cache. @default `$XDG_CACHE_HOME/video-batch`, else `~/.cache/video-batch` */
  readonly cacheDir?: string;
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
  const baseUrlFrom = options.baseUrlFrom ?? '--base-url';
  checkBaseUrl(options.baseUrl, baseUrlFrom);
  // Where the operator (not the manifest) lets keys and fetched tokens go; nothing goes anywhere under --simulate.
  const trust: BaseUrlTrust = { flag: options.baseUrl, ...(options.allowedBaseUrls ? { allowed: options.allowedBaseUrls, manifestNeedsAllowing: true } : {}) };
  const manifestPath = resolve(options.manifest);
  const defaultProvider = options.provider ?? 'openai';
  const read = (catalogLimits: 'all' | 'undiscovered') =>
    readManifest(manifestPath, {
      file: options.manifest,
      defaultProvider,
      defaultModel: (provider) => PROVIDER_TRAITS[provider].defaultModel,
      overrides: { provider: options.provider, model: options.model },
      checkJob: (job, models) => {
        const refused = job.apiKeyEnv === undefined ? undefined : options.keyEnvRule?.(job.apiKeyEnv);
        // A model discovery can describe is held to its vendor's schema after discovery, not to the catalog's limits now.
        const limits = catalogLimits === 'all' || providerModule(job.provider).discovery === undefined;
        const sentTo = options.simulate ? undefined : manifestBaseUrlProblem(job, deps.env, trust);
        const retired = retirementProblem(job, models);
        return [
          ...checkJob(job, models, { catalogLimits: limits }),
          ...(retired ? [retired] : []),
          ...(refused ? [{ field: 'api_key_env', message: refused }] : []),
          ...(sentTo ? [{ field: 'base_url', message: sentTo }] : []),
        ];
      },
      inputDirs: options.inputDirs ?? [],
      maxJobs: options.maxJobs,
      // The budget on the bare count, before expanding: not on a shard (its share is unknown yet) nor a resume (paid jobs cost nothing more).
      ...(options.maxCostUsd !== undefined && !options.shard && (options.fresh || !existsSync(join(resolve(options.outDir), 'ledger.jsonl')))
        ? { checkCount: budgetByCount(options.maxCostUsd) }
        : {}),
      onCount: (count) => (count > DEFAULT_MAX_JOBS ? deps.log(`${options.manifest}: checking ${count} jobs`) : undefined),
      signal: deps.signal,
      // With the file's issues, so one pass finds every problem (a clean file gets the check below).
      ...(options.dryRun || options.simulate ? {} : { alsoCheck: (jobs) => missingKeysOf(jobs) }),
    });
  // Keys the jobs read that the environment lacks (the action's api-key filling its variable), as message lines.
  const missingKeysOf = (jobs: readonly JobSpec[]): string[] => {
    try {
      const keyEnv = options.apiKey ? keyEnvForApiKey(jobs, deps.env, options.provider) : undefined;
      const env: Env = keyEnv === undefined ? deps.env : { ...deps.env, [keyEnv]: options.apiKey };
      const missing = missingKeys(jobs.map((job) => endpointFor(job, env, options.baseUrl)), env);
      return missing ? [missing.message] : [];
    } catch (error) {
      // Which variable the key fills is itself in doubt: said after the manifest is fixed, as before.
      if (error instanceof ConfigError) return [];
      throw error;
    }
  };
  // A manifest with mistakes is read again with the catalog's limits everywhere, so all its problems are said at once.
  const whole = await read('undiscovered').catch(async (error: unknown) => {
    if (error instanceof ManifestError) await read('all');
    throw error;
  });
  const manifest = options.shard ? { ...whole, jobs: selectShard(whole.jobs, options.shard) } : whole;
  if (options.shard) deps.log(`shard ${formatShard(options.shard)}: ${manifest.jobs.length} of ${whole.jobs.length} jobs`);
  if (!Number.isInteger(options.concurrency) || options.concurrency < 1) throw new ConfigError('--concurrency must be a whole number of 1 or more');

  const retryUncertain = retryUncertainSet(options.retryUncertain, whole.jobs.map((job) => job.id));
  const warn = deps.warn ?? ((line: string) => deps.log(`warning: ${line}`));
  // The catalog's lifecycle was the reader's (a retired model is the manifest's own problem, said
  // with its other issues); here only its warnings. The vendor's word comes after discovery.
  const catalogLifecycle = lifecycleProblems(manifest.jobs, manifest.models);
  if (catalogLifecycle.issues.length > 0) throw new ManifestError(catalogLifecycle.issues);
  // Before any warning, plan or request, dry runs too: a provider with no base URL at all (OpenAI's is shut down).
  if (!options.simulate) checkBaseUrlsGiven(manifest.jobs, deps.env, options.baseUrl, baseUrlFrom);
  const foreignHosts = options.simulate ? new Map<string, string>() : foreignBaseUrls(manifest.jobs, deps.env, trust);
  if (foreignHosts.size > 0) warn(foreignBaseUrlWarning(foreignHosts, manifest.jobs));
  const keyEnv = options.apiKey ? keyEnvForApiKey(manifest.jobs, deps.env, options.provider) : undefined;
  const env: Env = keyEnv === undefined ? deps.env : { ...deps.env, [keyEnv]: options.apiKey };
  if (!options.dryRun && !options.simulate) {
    checkEnvBaseUrls(manifest.jobs, env, options.baseUrl);
    // Before the output folder is touched: a missing key leaves nothing behind.
    const missing = missingKeys(manifest.jobs.map((job) => endpointFor(job, env, options.baseUrl)), env);
    if (missing) throw missing;
  }
  const outDir = resolve(options.outDir);
  const ledger = new Ledger(join(outDir, 'ledger.jsonl'));
  // The folder and its lock are taken once the run is known to go ahead (after discovery), so a
  // refused run leaves nothing; except that a folder that exists may hold a live run's lock (refused
  // before anything starts), and a simulated run's simulator keeps its state there.
  let release: (() => void) | undefined;
  const hold = async (): Promise<void> => {
    await mkdir(outDir, { recursive: true });
    release = lockFolder(join(outDir, '.video-batch.lock'), () => clock.now());
  };
  if (!options.dryRun && (options.simulate || existsSync(outDir))) await hold();
  try {
    // A dry run's simulator keeps no state: it only answers discovery.
    const sim = options.simulate ? await startRunSimulator(options.dryRun ? undefined : join(outDir, '.simulator-state.json'), env) : undefined;
    try {
      const setup: RunSetup = sim ? { simulator: sim.simulator, env: sim.env, baseUrl: sim.simulator.url } : { env, baseUrl: options.baseUrl };
      if (sim) deps.log(`simulator: ${sim.simulator.url} (no key, no cost)`);
      // Only the jobs this run may create are asked about: a resumed run with nothing left asks nothing.
      // (Read only to choose what to ask; the budget reads it again under the lock.)
      const asked = options.dryRun || options.fresh ? undefined : ledger.read(manifest.jobs);
      const creating = asked ? manifest.jobs.filter((job) => mayCreate(asked.get(job.id), options.regenerateExpired ?? false)) : manifest.jobs;
      const facts = await discoverAndCheck(options, deps, manifest, creating, setup);
      // Again with what the vendors say of their models' status.
      const lifecycle = lifecycleProblems(manifest.jobs, manifest.models, facts);
      if (lifecycle.issues.length > 0) throw new ManifestError(lifecycle.issues);
      lifecycle.warnings.forEach(warn);
      const estimates = new Map(manifest.jobs.map((job) => [job.id, estimateWithFacts(job, facts(job.provider, job.model), manifest.pricing, manifest.models)]));
      const underpriced = underpricedWarning(manifest.jobs, estimates, options.trustManifestPrices ?? false);
      if (underpriced) warn(underpriced);
      if (options.dryRun) {
        for (const line of planLines(manifest.file, manifest.jobs, estimates, { foreignHosts })) deps.print(line);
        for (const line of budgetLines(manifest, estimates, options)) deps.print(line);
        return { manifest, estimates, exitCode: 0 };
      }
      if (!release) await hold();
      if (options.fresh) ledger.setAside(clock.now());
      checkBudget(manifest, estimates, ledger.read(manifest.jobs), options);
      const origin = await manifestOrigin(manifestPath, whole, options.shard);
      return await execute(options, { ...deps, env }, manifest, estimates, outDir, ledger, retryUncertain, setup, facts, origin, trust);
    } finally {
      await sim?.simulator.close();
    }
  } finally {
    release?.();
  }
}

/** Where a run's requests go: the environment and base URL, or the simulator's. */
interface RunSetup {
  readonly simulator?: Simulator;
  readonly env: Env;
  readonly baseUrl: string | undefined;
}

/** The built-in simulator, with every key variable holding a dummy it accepts (a real key never leaves for it). */
async function startRunSimulator(stateFile: string | undefined, baseEnv: Env): Promise<{ simulator: Simulator; env: Env }> {
  // Kept beside the ledger, so a resumed run finds the videos the ledger points at.
  const simulator = await startSimulator({ ...(stateFile ? { stateFile } : {}), modelProfiles: SIMULATED_MODEL_PROFILES }).catch((error: unknown) => {
    throw error instanceof SimulatorStateError ? new ConfigError(error.message) : error;
  });
  const keyEnvs = PROVIDER_MODULES.flatMap((module) => (module.env.keyEnv === undefined ? [] : [module.env.keyEnv]));
  const faces = PROVIDER_MODULES.map((module) => module.simulator.env?.(simulator.origin) ?? {});
  return { simulator, env: { ...baseEnv, ...Object.fromEntries(keyEnvs.map((name) => [name, 'sim-key'])), ...Object.assign({}, ...faces) } };
}

/** A job's endpoint in this run: the simulator's, or as the job, flag and environment say. */
function endpointIn(setup: RunSetup, job: JobSpec): Endpoint {
  return setup.simulator
    ? { provider: job.provider, baseUrl: simulatorBaseUrl(setup.simulator, job.provider), apiKeyEnv: providerModule(job.provider).env.keyEnv }
    : endpointFor(job, setup.env, setup.baseUrl);
}

/**
 * The discovery step (src/providers/discovery/): asks each vendor about the models of the jobs
 * to create (cached for a day; none with --offline), checks every job against the answers (or
 * the catalog), and says what could not be checked.
 * @throws ManifestError with every job's problems; ConfigError when a vendor refuses the key
 */
async function discoverAndCheck(options: RunOptions, deps: RunDeps, manifest: Manifest, creating: readonly JobSpec[], setup: RunSetup): Promise<FactsLookup> {
  const clock = deps.clock ?? systemClock;
  const discovered = await discoverModels(creating, {
    offline: options.offline ?? false,
    // The simulator's answers never stand in for a vendor's, and cost nothing to ask again.
    ...(setup.simulator ? {} : { cache: new DiscoveryCache({ dir: deps.cacheDir ?? defaultCacheDir(deps.env), now: () => clock.now() }) }),
    endpointOf: (job) => {
      const endpoint = endpointIn(setup, job);
      const module = providerModule(job.provider);
      const key = endpoint.apiKeyEnv === undefined ? undefined : setup.env[endpoint.apiKeyEnv]?.trim();
      return { baseUrl: resolvedBaseUrl(module, endpoint, setup.env), apiKey: key === '' ? undefined : key, apiKeyEnv: endpoint.apiKeyEnv };
    },
    env: setup.env,
    ...(options.discoveryTimeoutMs === undefined ? {} : { timeoutMs: options.discoveryTimeoutMs }),
    fetch: deps.fetch ?? globalThis.fetch,
    signal: deps.signal ?? new AbortController().signal,
    now: () => clock.now(),
  });
  const warn = deps.warn ?? ((line: string) => deps.log(`warning: ${line}`));
  discovered.warnings.forEach(warn);
  const checked = checkJobsAgainstFacts(manifest.jobs, discovered.lookup, manifest.models);
  if (checked.issues.length > 0) throw new ManifestError(checked.issues);
  checked.warnings.forEach(warn);
  return discovered.lookup ?? NO_FACTS;
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

/**
 * Why the budget refuses a run whose not-yet-paid jobs are estimated above it (or cannot be
 * estimated), or undefined when it passes or there is none: each job at the higher of the
 * manifest's and the catalog's price unless the manifest's prices are trusted. Pure.
 */
export function budgetRefusal(manifest: Manifest, estimates: ReadonlyMap<string, CostEstimate>, records: ReturnType<Ledger['read']> | undefined, options: Pick<RunOptions, 'maxCostUsd' | 'regenerateExpired' | 'trustManifestPrices'>): string | undefined {
  const { maxCostUsd } = options;
  if (maxCostUsd === undefined) return undefined;
  // Jobs that already have a video are paid for: resuming them costs nothing more.
  const toPay = manifest.jobs.filter((job) => mayCreate(records?.get(job.id), options.regenerateExpired ?? false));
  const total = totalCost(toPay.map((job) => budgetEstimate(estimates.get(job.id)!, options.trustManifestPrices ?? false)));
  if (total.usd > maxCostUsd) {
    return `estimated cost ${formatUsd(total.usd)} for ${toPay.length} jobs exceeds --max-cost ${formatUsd(maxCostUsd)}; nothing was sent (raise the budget or trim the manifest)`;
  }
  if (total.unpriced > 0) {
    return `${total.unpriced} jobs use models without a known price, so --max-cost cannot be checked; add them to the manifest's "pricing" block`;
  }
  return undefined;
}

/** @throws ConfigError when the budget refuses the run (see budgetRefusal) */
function checkBudget(manifest: Manifest, estimates: ReadonlyMap<string, CostEstimate>, records: ReturnType<Ledger['read']> | undefined, options: RunOptions): void {
  const refusal = budgetRefusal(manifest, estimates, records, options);
  if (refusal !== undefined) throw new ConfigError(refusal);
}

/** What a dry run says of `--max-cost`: whether the real run would be refused, and why. */
function budgetLines(manifest: Manifest, estimates: ReadonlyMap<string, CostEstimate>, options: RunOptions): string[] {
  const { maxCostUsd } = options;
  if (maxCostUsd === undefined) return [];
  const refusal = budgetRefusal(manifest, estimates, undefined, { ...options, regenerateExpired: false });
  if (refusal === undefined) return [`--max-cost ${formatUsd(maxCostUsd)}: the real run would start (the estimate is within it)`];
  return [`--max-cost ${formatUsd(maxCostUsd)}: the real run would be refused: ${refusal.replace('; nothing was sent', '')}`];
}

async function execute(
  options: RunOptions,
  deps: RunDeps,
  manifest: Manifest,
  estimates: ReadonlyMap<string, CostEstimate>,
  outDir: string,
  ledger: Ledger,
  retryUncertain: ReadonlySet<string>,
  setup: RunSetup,
  facts: FactsLookup,
  origin: ReportOrigin,
  trust: BaseUrlTrust,
): Promise<RunResult> {
  const clock = deps.clock ?? systemClock;

  const { simulator, env } = setup;
  const poll: PollOptions = simulator ? { minIntervalMs: 100, maxIntervalMs: 1000, ...options.poll } : { ...DEFAULT_POLL, ...options.poll };
  const endpointOf = (job: JobSpec) => endpointIn(setup, job);
  const endpoints = manifest.jobs.map(endpointOf);
  const pool = new ProviderPool({ env, fetch: deps.fetch, simulated: simulator !== undefined, facts, trust, ...(options.requestTimeoutMs === undefined ? {} : { requestTimeoutMs: options.requestTimeoutMs }) });
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
      specs: manifest.jobs,
      origin,
    });
    await writeAtomic(reportJson, jsonChunks(report));
    await writeAtomic(reportMarkdown, markdownChunks(report));
    // The gallery shows each job's input images from copies beside it; one that cannot be copied is only said.
    for (const problem of await copyInputImages(report.jobs, outDir).catch((error: unknown) => [String(error)])) deps.print(`warning: input image not copied for the report: ${problem}`);
    await writeAtomic(reportHtml, htmlChunks(report));
    deps.print(`report: ${reportJson}`);
    deps.print(`gallery: ${reportHtml} (open it in a browser to watch the videos)`);
  }
  const exitCode = keyRefused && nothingMade(results) ? 2 : exitCodeFor(results, options.failOn);
  return { report, reportJson, reportMarkdown, reportHtml, manifest, estimates, exitCode };
}

/** 1 when the failures reach the `failOn` threshold; skipped jobs count as done. */
export function exitCodeFor(results: readonly JobResult[], failOn: FailOn): 0 | 1 {
  const ok = results.filter((r) => r.status === 'completed' || r.status === 'skipped').length;
  if (failOn === 'never') return 0;
  if (failOn === 'all') return results.length > 0 && ok === 0 ? 1 : 0;
  return ok < results.length ? 1 : 0;
}


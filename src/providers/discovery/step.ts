/**
 * The run's discovery step, in two halves: `discoverModels` (I/O) asks each provider module that
 * has `discovery` about the distinct models of the jobs about to be created, through the cache,
 * in one `describe` per endpoint; `checkJobsAgainstFacts` (pure) checks every job against what was
 * learned, or against the catalog where nothing was. run() calls the pair once, before the plan,
 * the budget and any create; the lookup then prices jobs (src/cost/prices.ts), settles their
 * lifecycle (lifecycle.ts) and reaches each client (`ProviderClientOptions.facts`).
 */
import { ConfigError } from '../../errors.js';
import type { ManifestIssue } from '../../manifest/index.js';
import type { JobSpec, ModelOverrides, ProviderName } from '../../types.js';
import { catalogLimitProblems } from '../catalog.js';
import { providerModule } from '../list.js';
import type { Env, ProviderDiscovery } from '../module.js';
import type { DiscoveryCache } from './cache.js';
import { DiscoveryError, type FactsLookup, type ModelFacts } from './facts.js';

/** The deadline of one discovery request. */
export const DISCOVERY_TIMEOUT_MS = 15_000;

/** Where one job's discovery goes: its endpoint's resolved base URL and key. */
export interface DiscoveryEndpoint {
  readonly baseUrl: string;
  /** The key's value; undefined when the module has none or it is not set (then nothing is asked). */
  readonly apiKey: string | undefined;
  /** The name of the key's variable, for the key check's message. */
  readonly apiKeyEnv: string | undefined;
}

export interface DiscoverOptions {
  /** Use the cache alone, ask nothing (`--offline`). @default false */
  readonly offline?: boolean;
  /** Ask again even when the cache holds a fresh answer (`video-batch models --refresh`). @default false */
  readonly refresh?: boolean;
  /** Undefined = no cache (each run asks; the simulator's answers are never kept). */
  readonly cache?: DiscoveryCache;
  readonly endpointOf: (job: JobSpec) => DiscoveryEndpoint;
  readonly env: Env;
  readonly fetch: typeof fetch;
  /** @default DISCOVERY_TIMEOUT_MS */
  readonly timeoutMs?: number;
  readonly signal: AbortSignal;
  readonly now: () => number;
}

export interface Discovered {
  readonly lookup: FactsLookup;
  /** What could not be checked and why (the run goes on with the catalog). */
  readonly warnings: readonly string[];
  /** `describe` calls made (0 when everything came from the cache). */
  readonly describeCalls: number;
}

interface Group {
  readonly provider: ProviderName;
  readonly discovery: ProviderDiscovery;
  readonly where: string;
  readonly endpoint: DiscoveryEndpoint;
  readonly models: Set<string>;
}

const factsKey = (provider: string, model: string): string => `${provider}\u0000${model}`;

/**
 * Asks each vendor about the distinct models of `jobs` (cached answers first).
 * @throws ConfigError when a vendor refuses the key (401/403): the key check, before any create
 */
export async function discoverModels(jobs: readonly JobSpec[], options: DiscoverOptions): Promise<Discovered> {
  const facts = new Map<string, ModelFacts>();
  const warnings: string[] = [];
  const groups = new Map<string, Group>();
  const unasked = new Set<string>();
  for (const job of jobs) {
    const discovery = providerModule(job.provider).discovery;
    if (!discovery) continue;
    const endpoint = options.endpointOf(job);
    const where = discovery.where({ baseUrl: endpoint.baseUrl, env: options.env });
    if (where === undefined) {
      unasked.add(`${job.model} (provider ${job.provider}: its base URL is not the vendor's and no discovery URL is set; see docs/providers.md)`);
      continue;
    }
    const key = JSON.stringify([job.provider, where, endpoint.apiKeyEnv]);
    const group = groups.get(key) ?? { provider: job.provider, discovery, where, endpoint, models: new Set<string>() };
    group.models.add(job.model);
    groups.set(key, group);
  }
  if (unasked.size > 0 && !options.offline) warnings.push(`not checked against the vendor's published schema, price and status (the catalog was used): ${[...unasked].join('; ')}`);
  let describeCalls = 0;
  for (const group of groups.values()) {
    const missing: string[] = [];
    for (const model of group.models) {
      const cached = options.refresh ? undefined : await options.cache?.get(group.provider, group.where, model);
      if (cached) facts.set(factsKey(group.provider, model), cached);
      else missing.push(model);
    }
    if (missing.length === 0) continue;
    if (options.offline) continue; // the catalog answers for them, as it did before discovery
    if (group.endpoint.apiKey === undefined) {
      warnings.push(`${missingList(missing)} not checked against ${group.provider}'s published schema and price: ${group.endpoint.apiKeyEnv ?? 'its key'} is not set (the catalog was used)`);
      continue;
    }
    describeCalls++;
    try {
      const answers = await group.discovery.describe(missing, {
        apiKey: group.endpoint.apiKey,
        baseUrl: group.endpoint.baseUrl,
        env: options.env,
        fetch: options.fetch,
        timeoutMs: options.timeoutMs ?? DISCOVERY_TIMEOUT_MS,
        signal: options.signal,
        now: options.now,
      });
      for (const [model, answer] of answers) {
        facts.set(factsKey(group.provider, model), answer);
        await options.cache?.set(group.provider, group.where, answer);
      }
    } catch (error) {
      if (error instanceof DiscoveryError && error.kind === 'auth') {
        const key = group.endpoint.apiKeyEnv ?? 'the key';
        throw new ConfigError(`${key} was refused by ${group.where} (HTTP ${error.status ?? 401}): check the key (and that it may use ${group.provider}'s API); nothing was created`);
      }
      const why = error instanceof Error ? error.message : String(error);
      warnings.push(`${missingList(missing)} not checked against ${group.provider}'s published schema, price and status (${why}); the catalog was used`);
    }
  }
  return { lookup: (provider, model) => facts.get(factsKey(provider, model)), warnings, describeCalls };
}

function missingList(models: readonly string[]): string {
  return models.length === 1 ? models[0]! : `${models.slice(0, -1).join(', ')} and ${models.at(-1)}`;
}

/**
 * Every problem of every job against its model's facts, or against the catalog's limits where
 * discovery has none; warnings are said once each. Pure.
 */
export function checkJobsAgainstFacts(jobs: readonly JobSpec[], lookup: FactsLookup, models?: ModelOverrides): { issues: ManifestIssue[]; warnings: string[] } {
  const issues: ManifestIssue[] = [];
  const warnings = new Set<string>();
  for (const job of jobs) {
    const where = { file: job.source.file, line: job.source.line, ...(job.source.row !== undefined ? { row: job.source.row } : {}) };
    const facts = lookup(job.provider, job.model);
    const discovery = providerModule(job.provider).discovery;
    if (!facts || !discovery || (facts.found && !facts.input && !facts.limits)) {
      // Providers without discovery had these checked when the manifest was read.
      if (discovery) {
        const catalog = catalogLimitProblems(job, models);
        // The module's fallback mapping speaks only to fields the catalog left alone (one message a field).
        const fallback = (discovery.fallbackCheck?.(job) ?? []).filter((problem) => !catalog.some((c) => c.field === problem.field));
        for (const problem of [...catalog, ...fallback]) issues.push({ ...where, ...problem });
      }
      if (!facts || !discovery) continue;
    }
    if (!facts.found) {
      issues.push({ ...where, field: 'model', message: `${job.model} is not a model ${job.provider} lists; check the id (video-batch models --refresh lists what the vendor serves)` });
      continue;
    }
    const checked = discovery.checkJob(job, facts);
    for (const problem of checked.problems) issues.push({ ...where, ...problem });
    for (const warning of checked.warnings) warnings.add(warning);
  }
  return { issues, warnings: [...warnings] };
}

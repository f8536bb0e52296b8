import type { ManifestIssue } from '../../manifest/index.js';
import type { JobSpec, ModelOverrides } from '../../types.js';
import type { Env } from '../module.js';
import type { DiscoveryCache } from './cache.js';
import { type FactsLookup } from './facts.js';
/** The deadline of one discovery request. */
export declare const DISCOVERY_TIMEOUT_MS = 15000;
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
/**
 * Asks each vendor about the distinct models of `jobs` (cached answers first).
 * @throws ConfigError when a vendor refuses the key (401/403): the key check, before any create
 */
export declare function discoverModels(jobs: readonly JobSpec[], options: DiscoverOptions): Promise<Discovered>;
/**
 * Every problem of every job against its model's facts, or against the catalog's limits where
 * discovery has none; warnings are said once each. Pure.
 */
export declare function checkJobsAgainstFacts(jobs: readonly JobSpec[], lookup: FactsLookup, models?: ModelOverrides): {
    issues: ManifestIssue[];
    warnings: string[];
};

import type { ProviderName } from '../../types.js';
import type { Env } from '../module.js';
import type { ModelFacts } from './facts.js';
/** How long an answer stands. */
export declare const DISCOVERY_TTL_MS: number;
/** `$XDG_CACHE_HOME/video-batch`, else `~/.cache/video-batch` (`home` is injectable for tests). */
export declare function defaultCacheDir(env: Env, home?: () => string): string;
export interface DiscoveryCacheOptions {
    /** The cache folder; discovery answers go in its `discovery/` subfolder. */
    readonly dir: string;
    /** Epoch milliseconds. */
    readonly now: () => number;
    /** @default DISCOVERY_TTL_MS */
    readonly ttlMs?: number;
}
/** One run's view of the cache folder (no state shared between runs but the files). */
export declare class DiscoveryCache {
    private readonly options;
    private readonly ttlMs;
    constructor(options: DiscoveryCacheOptions);
    private file;
    /** The facts stored for the model within the last 24 hours, else undefined. */
    get(provider: ProviderName, where: string, model: string): Promise<ModelFacts | undefined>;
    /** Stores the facts (atomically: a reader never sees half a file); a failure to write is ignored. */
    set(provider: ProviderName, where: string, facts: ModelFacts): Promise<void>;
}

import { type Fault } from './faults.js';
import type { ProviderName } from '../types.js';
import { type RateLimitOptions } from './rate-limit.js';
import { SimulatorStats } from './stats.js';
import type { ModelProfile } from './profiles.js';
export interface SimulatorOptions {
    /** @default 0 (any free port) */
    readonly port?: number;
    /** @default '127.0.0.1' */
    readonly host?: string;
    /** How long a video stays `queued`. @default 300 */
    readonly queueMs?: number;
    /** Time from `in_progress` to `completed`, fixed or per prompt. @default 1500 */
    readonly generationMs?: number | ((prompt: string) => number);
    /** Per-model timing and failure rate (see profiles.ts); `video-batch run --simulate` passes SIMULATED_MODEL_PROFILES. @default none: every model alike */
    readonly modelProfiles?: readonly ModelProfile[];
    /** When set, requests must carry `Authorization: Bearer <apiKey>` (fal: `Key <apiKey>`); otherwise any non-empty token passes. */
    readonly apiKey?: string;
    /** Token bucket over all requests; excess requests get 429. @default no limit */
    readonly rateLimit?: RateLimitOptions;
    /** How long a completed video's content stays downloadable. @default 3_600_000 (1 hour) */
    readonly expiresAfterMs?: number;
    /** When false, `GET /videos` answers 404 like a gateway without it. @default true */
    readonly supportsList?: boolean;
    /**
     * The only model ids accepted, on every route; an entry ending in `*` matches by prefix, so
     * `['*']` accepts any id. Catalog models stay limited by their catalog row either way.
     * @default each API's catalog models, plus GATEWAY_MODELS on the OpenAI shapes (see models.ts)
     */
    readonly models?: readonly string[];
    /** Faults to inject, consumed in order. @default [] */
    readonly faults?: readonly Fault[];
    /** Pad every MP4 up to this many bytes (streamed, never held in memory). @default 0 */
    readonly contentBytes?: number;
    /** The clock; video status is computed from it. @default Date.now */
    readonly now?: () => number;
    /**
     * Keep the videos in this JSON file: loaded at start, rewritten atomically on every create and
     * delete, so a later simulator on the same file answers for them (statuses follow the clock).
     * @default none (in memory only)
     */
    readonly stateFile?: string;
}
export interface Simulator {
    /** Base URL for the SDK, including `/v1`, e.g. `http://127.0.0.1:PORT/v1`. */
    readonly url: string;
    /** `http://HOST:PORT`. */
    readonly origin: string;
    readonly stats: SimulatorStats;
    /** Appends faults after the ones still pending. */
    addFaults(faults: readonly Fault[]): void;
    /** Drops the faults still pending. */
    clearFaults(): void;
    /** Stops listening and destroys open sockets (hanging requests included). */
    close(): Promise<void>;
}
/** The base URL a provider's client takes to reach the simulator (each API's version segment included). */
export declare function simulatorBaseUrl(sim: Pick<Simulator, 'origin'>, provider: ProviderName): string;
/**
 * Starts a simulated OpenAI Videos API on `host:port`.
 * @throws when the port cannot be bound, RangeError for a non-positive rate limit, or
 *   SimulatorStateError when `stateFile` exists but cannot be read back
 */
export declare function startSimulator(options?: SimulatorOptions): Promise<Simulator>;

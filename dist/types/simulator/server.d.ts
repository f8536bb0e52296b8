import { type Fault } from './faults.js';
import { type RateLimitOptions } from './rate-limit.js';
import { SimulatorStats } from './stats.js';
import type { ModelProfile } from './profiles.js';
import { type ModelAcceptor, type SimulatorRoutes } from './world.js';
export interface SimulatorOptions {
    /** Each API's routes, tried in this order (src/simulate.ts hands every provider module's). */
    readonly faces: readonly SimulatorRoutes[];
    /** Whether a route's API serves a model id (src/simulate.ts builds it from the catalog or `models`). */
    readonly isModelAllowed: ModelAcceptor;
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
/**
 * Starts a simulated OpenAI Videos API on `host:port`.
 * @throws when the port cannot be bound, RangeError for a non-positive rate limit, or
 *   SimulatorStateError when `stateFile` exists but cannot be read back
 */
export declare function startSimulator(options: SimulatorOptions): Promise<Simulator>;

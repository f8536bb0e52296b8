/** A token bucket over requests, reporting the `x-ratelimit-*` headers the OpenAI API sends. */
export interface RateLimitOptions {
    /** Bucket size and refill rate: this many requests per minute, bursts up to the same number. */
    readonly requestsPerMinute: number;
}
export interface RateLimitDecision {
    readonly allowed: boolean;
    /** Headers for every response. */
    readonly headers: Readonly<Record<string, string>>;
    /** When refused: how long until one request fits. */
    readonly retryAfterMs: number;
}
/** Go-style durations as OpenAI prints them: `120ms`, `1.5s`, `6m0s`. */
export declare function formatResetDuration(ms: number): string;
export declare class RateLimiter {
    private tokens;
    private updatedAt;
    private readonly capacity;
    private readonly perMs;
    /** @throws RangeError when requestsPerMinute is not positive */
    constructor(options: RateLimitOptions);
    /** Takes one token at `nowMs` if there is one. */
    take(nowMs: number): RateLimitDecision;
}

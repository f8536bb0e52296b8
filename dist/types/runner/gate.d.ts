import type { Clock } from './clock.js';
/**
 * The pace of every request of a run. A 429 pauses all jobs for the server's Retry-After (they
 * would only spend requests learning the same thing) and from then on lets requests out one at a
 * time, `spacing` apart: the server's own limit when it says it (`x-ratelimit-limit-requests`),
 * else the Retry-After (with a token bucket, the wait for one token), shrinking by a fifth per
 * answer until the next 429 (the pace creeps back up; a 429 cuts it again). Urgent requests (status
 * polls, which free a slot when they find a job done) leave before queued creates.
 */
export declare class RateGate {
    private readonly clock;
    /** Longest spacing ever kept between two requests. @default 10000 */
    private readonly maxSpacingMs;
    private openAt;
    private spacing;
    private knownSpacing;
    private slowedAt;
    private limitedAt;
    private lastSentAt;
    private readonly queue;
    private pumping;
    constructor(clock: Clock, 
    /** Longest spacing ever kept between two requests. @default 10000 */
    maxSpacingMs?: number);
    /** The server said 429: hold every request for `retryAfterMs`, and slow the pace. */
    rateLimited(retryAfterMs: number, requestsPerMinute?: number): void;
    /** An answer that was not a 429. */
    answered(): void;
    /** Current spacing between requests, in milliseconds (0 = unpaced). */
    spacingMs(): number;
    /** Resolves when this request may be sent. */
    wait(signal?: AbortSignal, urgent?: boolean): Promise<void>;
    private readyAt;
    /** Lets queued requests out one per slot until the queue is empty. */
    private pump;
}

import { ProviderError } from '../providers/types.js';
export interface RetryOptions {
    /** Tries per request, the first included. @default 8 */
    readonly maxAttempts: number;
    /** @default 500 */
    readonly baseDelayMs: number;
    /** @default 30000 */
    readonly maxDelayMs: number;
}
export declare const DEFAULT_RETRY: RetryOptions;
/** Kinds after which a read (status, download, list) may simply be sent again. */
export declare function isTransient(error: unknown): error is ProviderError;
/** The longest one wait for a server's Retry-After may be; a longer ask is cut to this (and said so). */
export declare const RATE_LIMIT_WAIT_CAP_MS = 300000;
/**
 * A create that failed this way may still have made (and billed) a video; any other ProviderError
 * proves it made none (never reached the server, or refused by it).
 */
export declare function isAmbiguousCreate(error: unknown): boolean;
/**
 * Delay before try `attempt + 1` (attempt counts from 1): the server's Retry-After when it
 * sent one, else exponential backoff with full jitter, capped.
 */
export declare function backoffDelay(attempt: number, options: RetryOptions, retryAfterMs: number | undefined, random: () => number): number;

import { ProviderError, type FailureKind } from '../providers/types.js';

export interface RetryOptions {
  /** Tries per request, the first included. @default 8 */
  readonly maxAttempts: number;
  /** @default 500 */
  readonly baseDelayMs: number;
  /** @default 30000 */
  readonly maxDelayMs: number;
}

export const DEFAULT_RETRY: RetryOptions = { maxAttempts: 8, baseDelayMs: 500, maxDelayMs: 30_000 };

const TRANSIENT: ReadonlySet<FailureKind> = new Set(['rate_limited', 'server', 'connection', 'unreachable', 'timeout']);

/** Kinds after which a read (status, download, list) may simply be sent again. */
export function isTransient(error: unknown): error is ProviderError {
  return error instanceof ProviderError && TRANSIENT.has(error.kind);
}

/** The longest one wait for a server's Retry-After may be; a longer ask is cut to this (and said so). */
export const RATE_LIMIT_WAIT_CAP_MS = 300_000;

/**
 * A create that failed this way may still have made (and billed) a video; any other ProviderError
 * proves it made none (never reached the server, or refused by it).
 */
export function isAmbiguousCreate(error: unknown): boolean {
  return error instanceof ProviderError && (error.kind === 'server' || error.kind === 'connection' || error.kind === 'timeout');
}

/**
 * Delay before try `attempt + 1` (attempt counts from 1): the server's Retry-After when it
 * sent one, else exponential backoff with full jitter, capped.
 */
export function backoffDelay(attempt: number, options: RetryOptions, retryAfterMs: number | undefined, random: () => number): number {
  // The server knows its own limits, but one wait never exceeds the cap: a job has a deadline,
  // and an ask of hours (Retry-After: 999999) is more likely a broken gateway than a plan.
  if (retryAfterMs !== undefined) return Math.min(retryAfterMs, RATE_LIMIT_WAIT_CAP_MS);
  const ceiling = Math.min(options.maxDelayMs, options.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (random() * ceiling) / 2);
}

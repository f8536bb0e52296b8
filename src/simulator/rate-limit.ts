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
export function formatResetDuration(ms: number): string {
  const rounded = Math.max(0, Math.ceil(ms));
  if (rounded < 1000) return `${rounded}ms`;
  if (rounded < 60_000) return `${Number((rounded / 1000).toFixed(3))}s`;
  const minutes = Math.floor(rounded / 60_000);
  return `${minutes}m${Number(((rounded - minutes * 60_000) / 1000).toFixed(3))}s`;
}

export class RateLimiter {
  private tokens: number;
  private updatedAt: number | undefined;
  private readonly capacity: number;
  private readonly perMs: number;

  /** @throws RangeError when requestsPerMinute is not positive */
  constructor(options: RateLimitOptions) {
    if (!(options.requestsPerMinute > 0)) throw new RangeError('rateLimit.requestsPerMinute must be positive');
    this.capacity = options.requestsPerMinute;
    this.perMs = options.requestsPerMinute / 60_000;
    this.tokens = this.capacity;
  }

  /** Takes one token at `nowMs` if there is one. */
  take(nowMs: number): RateLimitDecision {
    if (this.updatedAt !== undefined) {
      this.tokens = Math.min(this.capacity, this.tokens + Math.max(0, nowMs - this.updatedAt) * this.perMs);
    }
    this.updatedAt = nowMs;
    const allowed = this.tokens >= 1;
    if (allowed) this.tokens -= 1;
    const retryAfterMs = allowed ? 0 : Math.ceil((1 - this.tokens) / this.perMs);
    return {
      allowed,
      retryAfterMs,
      headers: {
        'x-ratelimit-limit-requests': String(this.capacity),
        'x-ratelimit-remaining-requests': String(Math.floor(this.tokens)),
        'x-ratelimit-reset-requests': formatResetDuration((this.capacity - this.tokens) / this.perMs),
      },
    };
  }
}

import type { Clock } from './clock.js';

interface Waiter {
  readonly urgent: boolean;
  readonly resolve: () => void;
  readonly reject: (reason: unknown) => void;
}

/**
 * The pace of every request of a run. A 429 pauses all jobs for the server's Retry-After (they
 * would only spend requests learning the same thing) and from then on lets requests out one at a
 * time, `spacing` apart: the server's own limit when it says it (`x-ratelimit-limit-requests`),
 * else the Retry-After (with a token bucket, the wait for one token), shrinking by a fifth per
 * answer until the next 429 (the pace creeps back up; a 429 cuts it again). Urgent requests (status
 * polls, which free a slot when they find a job done) leave before queued creates.
 */
export class RateGate {
  private openAt = 0;
  private spacing = 0;
  private knownSpacing: number | undefined;
  private slowedAt = Number.NEGATIVE_INFINITY;
  private limitedAt = Number.NEGATIVE_INFINITY;
  private lastSentAt = Number.NEGATIVE_INFINITY;
  private readonly queue: Waiter[] = [];
  private pumping = false;

  constructor(
    private readonly clock: Clock,
    /** Longest spacing ever kept between two requests. @default 10000 */
    private readonly maxSpacingMs = 10_000,
  ) {}

  /** The server said 429: hold every request for `retryAfterMs`, and slow the pace. */
  rateLimited(retryAfterMs: number, requestsPerMinute?: number): void {
    const now = this.clock.now();
    // A 429 after an earlier pause ended (within a minute) means the limit keeps biting; one
    // burst of 429s sent together, or a lone one, only earns the pause.
    const sustained = now >= this.openAt && now - this.limitedAt < 60_000;
    this.limitedAt = now;
    this.openAt = Math.max(this.openAt, now + retryAfterMs);
    if (requestsPerMinute !== undefined) {
      this.knownSpacing = Math.min(this.maxSpacingMs, 60_000 / requestsPerMinute);
      this.spacing = this.knownSpacing;
      return;
    }
    if (!sustained) return;
    // Requests sent together come back 429 together: slow down once per spacing, not per answer.
    if (now < this.slowedAt + Math.max(this.spacing, retryAfterMs)) return;
    this.slowedAt = now;
    this.spacing = Math.min(this.maxSpacingMs, Math.max(this.spacing * 1.25, retryAfterMs, 1));
  }

  /** An answer that was not a 429. */
  answered(): void {
    // With the server's limit known its pace is exact; otherwise creep up until a 429 says stop.
    if (this.knownSpacing !== undefined) return;
    // A 429 without the limit may be a one-off: recover within a few dozen answers.
    this.spacing = this.spacing < 1 ? 0 : this.spacing * 0.8;
  }

  /** Current spacing between requests, in milliseconds (0 = unpaced). */
  spacingMs(): number {
    return this.spacing;
  }

  /** Resolves when this request may be sent. */
  wait(signal?: AbortSignal, urgent = false): Promise<void> {
    if (signal?.aborted) return Promise.reject(signal.reason);
    if (this.queue.length === 0 && this.readyAt() <= this.clock.now()) {
      this.lastSentAt = this.clock.now();
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const onAbort = (): void => {
        const index = this.queue.indexOf(waiter);
        if (index >= 0) this.queue.splice(index, 1);
        reject(signal?.reason);
      };
      const waiter: Waiter = {
        urgent,
        resolve: () => {
          signal?.removeEventListener('abort', onAbort);
          resolve();
        },
        reject,
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      // Urgent waiters go behind other urgent ones, ahead of the rest.
      const at = urgent ? this.queue.findIndex((w) => !w.urgent) : -1;
      if (at >= 0) this.queue.splice(at, 0, waiter);
      else this.queue.push(waiter);
      void this.pump();
    });
  }

  private readyAt(): number {
    return Math.max(this.openAt, this.lastSentAt + this.spacing);
  }

  /** Lets queued requests out one per slot until the queue is empty. */
  private async pump(): Promise<void> {
    if (this.pumping) return;
    this.pumping = true;
    try {
      while (this.queue.length > 0) {
        const wait = this.readyAt() - this.clock.now();
        if (wait > 0) await this.clock.sleep(wait);
        const next = this.queue.shift();
        if (!next) break;
        this.lastSentAt = this.clock.now();
        next.resolve();
      }
    } finally {
      this.pumping = false;
    }
  }
}

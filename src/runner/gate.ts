import type { Clock } from './clock.js';

/**
 * The pace of every request of a run. A 429 pauses all jobs for the server's Retry-After (they
 * would only spend requests learning the same thing) and spaces requests at least that far
 * apart, since with a token bucket the wait for one token is the refill interval. Each answer
 * that is not a 429 shortens the spacing a little, so the pace creeps back up to the limit
 * (additive increase of the rate, multiplicative decrease on a 429).
 */
export class RateGate {
  private openAt = 0;
  private nextSlot = 0;
  private spacing = 0;

  constructor(
    private readonly clock: Clock,
    /** Longest spacing ever kept between two requests. @default 10000 */
    private readonly maxSpacingMs = 10_000,
  ) {}

  /** The server said 429: hold every request for `retryAfterMs`, and slow the pace. */
  rateLimited(retryAfterMs: number): void {
    const now = this.clock.now();
    this.openAt = Math.max(this.openAt, now + retryAfterMs);
    this.spacing = Math.min(this.maxSpacingMs, Math.max(this.spacing * 1.5, retryAfterMs, 1));
  }

  /** An answer that was not a 429: speed the pace up by 2%. */
  answered(): void {
    this.spacing = this.spacing < 1 ? 0 : this.spacing * 0.98;
  }

  /** Current spacing between requests, in milliseconds (0 = unpaced). */
  spacingMs(): number {
    return this.spacing;
  }

  /** Milliseconds until requests may go again; 0 when open. */
  remaining(): number {
    return Math.max(0, this.openAt - this.clock.now());
  }

  /** Waits for the pause to end and for this request's slot in the pace. */
  async wait(signal?: AbortSignal): Promise<void> {
    for (let left = this.remaining(); left > 0; left = this.remaining()) await this.clock.sleep(left, signal);
    if (this.spacing === 0) return;
    const now = this.clock.now();
    const slot = Math.max(now, this.nextSlot, this.openAt);
    this.nextSlot = slot + this.spacing;
    if (slot > now) await this.clock.sleep(slot - now, signal);
  }
}

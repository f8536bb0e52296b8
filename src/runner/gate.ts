import type { Clock } from './clock.js';

/**
 * One pause shared by every request of a run: when the server answers 429, all jobs wait
 * out its Retry-After together instead of each spending more requests to learn the same thing.
 */
export class RateGate {
  private openAt = 0;
  constructor(private readonly clock: Clock) {}

  /** Hold every request until `ms` from now (a later pause wins). */
  pause(ms: number): void {
    this.openAt = Math.max(this.openAt, this.clock.now() + ms);
  }

  /** Milliseconds until requests may go again; 0 when open. */
  remaining(): number {
    return Math.max(0, this.openAt - this.clock.now());
  }

  async wait(signal?: AbortSignal): Promise<void> {
    for (let left = this.remaining(); left > 0; left = this.remaining()) await this.clock.sleep(left, signal);
  }
}

import type { Clock } from '../src/runner/clock.js';

/** Virtual time: sleeps resolve only when `advance` moves the clock past them. */
export class FakeClock implements Clock {
  private t = 0;
  private timers: { at: number; resolve: () => void }[] = [];
  now(): number {
    return this.t;
  }
  sleep(ms: number, signal?: AbortSignal): Promise<void> {
    return new Promise((resolve, reject) => {
      const timer = { at: this.t + Math.max(0, ms), resolve };
      this.timers.push(timer);
      signal?.addEventListener('abort', () => {
        this.timers = this.timers.filter((x) => x !== timer);
        reject(signal.reason);
      }, { once: true });
    });
  }
  /** Runs until nothing is left to do or `limit` ms of virtual time have passed. */
  async run(limit = 10_000_000): Promise<void> {
    for (;;) {
      for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
      if (this.timers.length === 0 || this.t > limit) return;
      const next = Math.min(...this.timers.map((x) => x.at));
      this.t = next;
      const due = this.timers.filter((x) => x.at <= next);
      this.timers = this.timers.filter((x) => x.at > next);
      due.forEach((x) => x.resolve());
    }
  }
}


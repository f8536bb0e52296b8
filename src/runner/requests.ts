import type { JobSpec } from '../types.js';
import type { Clock } from './clock.js';
import type { RateGate } from './gate.js';
import { JobStop } from './result.js';
import { backoffDelay, isTransient, RATE_LIMIT_WAIT_CAP_MS, type RetryOptions } from './retry.js';

/** 429s a single request may meet before its job gives up (they cost nothing but time). */
export const RATE_LIMITED_ATTEMPTS = 100;

/**
 * Runs `call` with a signal of its own, tied to `parent` only while the call lasts: HTTP clients
 * add abort listeners they never remove, which on one run-long signal would pile up per request.
 */
export async function scoped<T>(parent: AbortSignal, call: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const child = new AbortController();
  const onAbort = (): void => child.abort(parent.reason);
  if (parent.aborted) child.abort(parent.reason);
  else parent.addEventListener('abort', onAbort, { once: true });
  try {
    return await call(child.signal);
  } finally {
    parent.removeEventListener('abort', onAbort);
  }
}

/** A retry's reason, saying so when the server asked for a longer wait than the cap allows. */
export function withCap(reason: string, askedMs: number | undefined, delayMs: number): string {
  if (askedMs === undefined || askedMs <= delayMs) return reason;
  return `${reason} (the server asked to wait ${Math.round(askedMs / 1000)} s; one wait is capped at ${RATE_LIMIT_WAIT_CAP_MS / 1000} s)`;
}

export interface RequesterDeps {
  readonly gate: RateGate;
  readonly clock: Clock;
  readonly retry: RetryOptions;
  readonly random: () => number;
  readonly signal: AbortSignal;
  readonly onRetry: (job: JobSpec, what: string, reason: string, delayMs: number) => void;
}

/** Sends reads (status, list, download) through the run's gate, retrying what may be retried. */
export class Requester {
  constructor(private readonly deps: RequesterDeps) {}

  /**
   * One call, retried on transient failures with backoff (the server's Retry-After first); a 429
   * spends no retry budget but slows the whole run through the gate. `deadline` (the job's; 0 =
   * none) bounds it all: a request still waiting, sending or reading then is aborted, whatever its
   * own timeout allows. `urgent` requests (polls) leave the gate before queued creates.
   * @throws JobStop `timed_out` when the deadline passed first
   */
  async send<T>(job: JobSpec | undefined, what: string, call: (signal: AbortSignal) => Promise<T>, deadline: number, urgent = false): Promise<T> {
    if (!deadline) return this.tries(job, what, call, 0, urgent, this.deps.signal);
    const { clock, signal } = this.deps;
    const late = (): JobStop => new JobStop('timed_out', { code: 'timeout', message: `the ${what} request did not finish by the job's deadline (--timeout)` });
    if (clock.now() >= deadline) throw late();
    const passed = new AbortController();
    const timer = new AbortController();
    clock.sleep(deadline - clock.now(), timer.signal).then(() => passed.abort(new Error('deadline')), () => undefined);
    try {
      return await this.tries(job, what, call, deadline, urgent, AbortSignal.any([signal, passed.signal]));
    } catch (error) {
      if (passed.signal.aborted && !signal.aborted) throw late();
      throw error;
    } finally {
      timer.abort();
    }
  }

  private async tries<T>(job: JobSpec | undefined, what: string, call: (signal: AbortSignal) => Promise<T>, deadline: number, urgent: boolean, bound: AbortSignal): Promise<T> {
    const { gate, clock, retry, random, signal } = this.deps;
    let failures = 0;
    for (let attempt = 1; ; attempt++) {
      await gate.wait(bound, urgent);
      try {
        const result = await scoped(bound, call);
        gate.answered();
        return result;
      } catch (error) {
        if (signal.aborted) throw signal.reason;
        if (!isTransient(error)) throw error;
        const limited = error.kind === 'rate_limited';
        if (limited ? attempt >= RATE_LIMITED_ATTEMPTS : ++failures >= retry.maxAttempts) throw error;
        const delay = backoffDelay(limited ? 1 : failures, retry, error.details.retryAfterMs, random);
        if (deadline && clock.now() + delay > deadline) throw error;
        if (job) this.deps.onRetry(job, what, withCap(error.message, error.details.retryAfterMs, delay), delay);
        if (limited) gate.rateLimited(delay, error.details.requestsPerMinute);
        else await clock.sleep(delay, bound);
      }
    }
  }
}

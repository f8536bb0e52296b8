import type { JobSpec } from '../types.js';
import type { Clock } from './clock.js';
import type { RateGate } from './gate.js';
import { type RetryOptions } from './retry.js';
/** 429s a single request may meet before its job gives up (they cost nothing but time). */
export declare const RATE_LIMITED_ATTEMPTS = 100;
/**
 * Runs `call` with a signal of its own, tied to `parent` only while the call lasts: HTTP clients
 * add abort listeners they never remove, which on one run-long signal would pile up per request.
 */
export declare function scoped<T>(parent: AbortSignal, call: (signal: AbortSignal) => Promise<T>): Promise<T>;
/** A retry's reason, saying so when the server asked for a longer wait than the cap allows. */
export declare function withCap(reason: string, askedMs: number | undefined, delayMs: number): string;
export interface RequesterDeps {
    readonly gate: RateGate;
    readonly clock: Clock;
    readonly retry: RetryOptions;
    readonly random: () => number;
    readonly signal: AbortSignal;
    readonly onRetry: (job: JobSpec, what: string, reason: string, delayMs: number) => void;
}
/** Sends reads (status, list, download) through the run's gate, retrying what may be retried. */
export declare class Requester {
    private readonly deps;
    constructor(deps: RequesterDeps);
    /**
     * One call, retried on transient failures with backoff (the server's Retry-After first); a 429
     * spends no retry budget but slows the whole run through the gate. `deadline` (the job's; 0 =
     * none) bounds it all: a request still waiting, sending or reading then is aborted, whatever its
     * own timeout allows. `urgent` requests (polls) leave the gate before queued creates.
     * @throws JobStop `timed_out` when the deadline passed first
     */
    send<T>(job: JobSpec | undefined, what: string, call: (signal: AbortSignal) => Promise<T>, deadline: number, urgent?: boolean): Promise<T>;
    private tries;
}

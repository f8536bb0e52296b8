import { type Provider } from '../providers/types.js';
import type { JobSpec, RemoteStatus } from '../types.js';
import type { Clock } from './clock.js';
import type { CreateLock } from './create-lock.js';
import type { EndpointHealth } from './endpoint.js';
import type { RunnerEvents } from './events.js';
import type { RateGate } from './gate.js';
import { type Ledger } from './ledger.js';
import { type CreateSpan } from './reconcile.js';
import { type Requester } from './requests.js';
import { type RetryOptions } from './retry.js';
/** What a job's creates have done so far; the runner reports it. */
export interface CreateState {
    /** Create requests sent. */
    attempts: number;
    /** 429s met by creates (they create nothing). */
    rateLimited: number;
    /** Why the creator did what it did, for the report. */
    decisions: string[];
    videoId: string | null;
}
export interface CreatorDeps {
    readonly requester: Requester;
    readonly gate: RateGate;
    readonly clock: Clock;
    readonly retry: RetryOptions;
    readonly random: () => number;
    /** The run's stop. */
    readonly signal: AbortSignal;
    /** Aborts creates in flight only a grace period after the stop, so their ids are kept. */
    readonly submitSignal: AbortSignal;
    readonly ledger?: Ledger;
    /** Video ids owned by some job, so an ambiguous create never adopts another job's video. */
    readonly claimed: Set<string>;
    /** The endpoint's lock that keeps a reconcile from reading the list while creates are unanswered. */
    readonly lockFor: (provider: Provider) => CreateLock;
    readonly events: Required<RunnerEvents>;
    /** The endpoint's health, which says when it gets no more creates. @default none: never stops */
    readonly healthFor?: (provider: Provider) => EndpointHealth | undefined;
}
type Created = {
    videoId: string;
    status: RemoteStatus;
};
/** How `reconcile` treats a list that cannot prove anything. */
export interface ReconcileOptions {
    /** Whether a proven "none was made" leads to another create (else the job fails). */
    readonly retrying: boolean;
    /** Create again even when the list cannot prove whether a video was made (--retry-uncertain). */
    readonly retryUncertain?: boolean;
    /** 0 = none. */
    readonly deadline: number;
}
/**
 * Creates videos without ever paying twice. The SDK sends no idempotency key, so a create is sent
 * again only when the answer proves nothing was made (a 429, a refusal, a server never reached);
 * after an ambiguous failure (timeout, dropped connection, 5xx) it first reads the recent list and
 * adopts the video only on positive evidence, creates again only when the list proves none was
 * made, and otherwise ends the job `submit_uncertain`. The ledger gets an intent right before each
 * create leaves, then the video id, or `not_created` when the answer proves nothing was made.
 */
export declare class Creator {
    private readonly deps;
    constructor(deps: CreatorDeps);
    /** Creates the job's video; `deadline` (0 = none) bounds every wait, rate limits included. */
    create(job: JobSpec, provider: Provider, remixOf: string | undefined, state: CreateState, deadline: number): Promise<Created>;
    private createLoop;
    /** Ends the job when its endpoint gets no more creates: `not started`, or not created again after an ambiguous try. */
    private refuseWhenStopped;
    private timedOut;
    /** Waits for `wait` (given a signal), or ends the job `timed_out` when the deadline comes first. */
    private beforeDeadline;
    /**
     * After an ambiguous create (or one a killed run never heard back from): adopt the video it made
     * when the list proves which one it is, return undefined when the list proves it made none (or
     * `retryUncertain` says to create anyway), else end the job `submit_uncertain`, naming the videos
     * that may be its own.
     */
    reconcile(job: JobSpec, provider: Provider, span: CreateSpan, state: CreateState, what: string, cause: string, options: ReconcileOptions): Promise<Created | undefined>;
}
export {};

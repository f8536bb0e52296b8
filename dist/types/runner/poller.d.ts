import type { Provider } from '../providers/types.js';
import type { RemoteStatus } from '../types.js';
import type { Clock } from './clock.js';
import { type PollOptions } from './poll.js';
/** Raised for a watched job that passed its deadline. */
export declare class WatchTimeout extends Error {
    readonly name = "WatchTimeout";
}
/** Sends one request with the runner's retry policy (shared backoff, 429 pause), bounded by `deadline` (0 = none). */
export type RequestFn = <T>(what: string, call: (signal: AbortSignal) => Promise<T>, deadline: number) => Promise<T>;
/**
 * Watches every in-flight job of one provider endpoint until each reaches a terminal state.
 * One loop per endpoint: it wakes when the earliest job is due and, where the API can list
 * recent videos, refreshes every job with a single list request (falling back to a retrieve per
 * job when the list lacks it or the API cannot list). When each job is next due comes from
 * `nextPollAt`: its progress rate, the durations of jobs already finished, or a backoff.
 */
export declare class StatusPoller {
    private readonly provider;
    private readonly deps;
    private readonly watches;
    private readonly finishedMs;
    private listSupported;
    private running;
    /** The list request out now, which jobs coming due join. */
    private listing;
    private wake;
    private lastRefreshAt;
    constructor(provider: Provider, deps: {
        clock: Clock;
        poll: PollOptions;
        request: RequestFn;
        signal: AbortSignal;
        /** Least time between two refreshes when `watching` jobs are in flight (the rate limit's say). @default none */
        minGapMs?: (watching: number) => number;
    });
    /**
     * Resolves with the job's terminal status; rejects with WatchTimeout (at its deadline, even while
     * a request about it hangs), the abort reason, or the request's error.
     */
    watch(videoId: string, model: string, status: RemoteStatus, submittedAt: number, deadline: number, onStatus: (s: RemoteStatus) => void): Promise<RemoteStatus>;
    /** Ends a watch with an error (unless it ended already). */
    private end;
    private typicalMs;
    private dueAt;
    private loop;
    /** Sleeps until `ms` pass (undefined: until woken), a request ends or a new watch arrives. */
    private sleep;
    /**
     * Asks about the due jobs: one list for all where the API has one (joining the one out, if any),
     * then one retrieve per due job the list did not show, each bounded by its job's deadline. Never
     * awaited by the loop, so the next jobs come due while these requests are out.
     */
    private refresh;
    /** One list for every job in flight; undefined when it failed (then each job is retrieved). */
    private list;
    /** One retrieve of one job; the job is not due again until it ends. */
    private retrieve;
    private update;
}

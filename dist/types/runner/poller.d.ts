import type { Provider } from '../providers/types.js';
import type { RemoteStatus } from '../types.js';
import type { Clock } from './clock.js';
import { type PollOptions } from './poll.js';
/** Raised for a watched job that passed its deadline. */
export declare class WatchTimeout extends Error {
    readonly name = "WatchTimeout";
}
/** Sends one request with the runner's retry policy (shared backoff, 429 pause). */
export type RequestFn = <T>(what: string, call: (signal: AbortSignal) => Promise<T>) => Promise<T>;
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
    /** Resolves with the job's terminal status; rejects with WatchTimeout, the abort reason, or the request's error. */
    watch(videoId: string, model: string, status: RemoteStatus, submittedAt: number, deadline: number, onStatus: (s: RemoteStatus) => void): Promise<RemoteStatus>;
    private typicalMs;
    private dueAt;
    private loop;
    /** Sleeps until `ms` pass or a new watch arrives (it may be due sooner). */
    private sleep;
    private refresh;
    private update;
}

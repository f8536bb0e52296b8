import type { RemoteStatus } from '../types.js';
export interface PollOptions {
    /** Never ask about a job sooner than this after its last answer. @default 1000 */
    readonly minIntervalMs: number;
    /** Never leave a job unasked longer than this. @default 20000 */
    readonly maxIntervalMs: number;
}
export declare const DEFAULT_POLL: PollOptions;
/** One answer of the server about a job, as the poller saw it. */
export interface PollSample {
    readonly at: number;
    readonly progress?: number;
}
/** When the job is expected to finish, from its progress rate; undefined without a usable rate. */
export declare function predictFromProgress(samples: readonly PollSample[]): number | undefined;
/**
 * When to ask about a job next (absolute time). Pure: the same inputs give the same answer.
 * - Aim just past the predicted completion: from the progress rate when the server reports
 *   progress, else from how long finished jobs of the same model took (`typicalMs`).
 * - Past the prediction, back off with how late the job is; with no prediction at all, back off
 *   with the job's age. Either way within [minInterval, maxInterval] from now.
 * - A server hint (poll-after, a nearly spent rate limit) is a floor.
 */
export declare function nextPollAt(samples: readonly PollSample[], submittedAt: number, status: RemoteStatus, now: number, options: PollOptions, typicalMs?: number): number;

import { type AssetVariant, type Provider } from '../providers/types.js';
import type { JobSpec } from '../types.js';
import type { Clock } from './clock.js';
import type { RunnerEvents } from './events.js';
import { type Ledger } from './ledger.js';
import type { PollOptions } from './poll.js';
import { type EndpointLabel } from './endpoint.js';
import { type JobResult } from './result.js';
import type { RetryOptions } from './retry.js';
export interface RunnerOptions {
    /** Jobs in flight at once (from submit to a terminal state). */
    readonly concurrency: number;
    /** Downloads at once, bounded apart from generation. @default 4 */
    readonly downloadConcurrency?: number;
    /** Per job, from its first submit to a terminal state; 0 = no limit. */
    readonly timeoutMs: number;
    /** Fetch finished videos into `<outDir>/videos/`. */
    readonly download: boolean;
    /** Preview images to fetch beside each downloaded video, as `videos/<stem>.<variant>.<webp, jpg, png...>`. @default [] */
    readonly variants?: readonly AssetVariant[];
    readonly outDir: string;
    readonly poll: PollOptions;
    readonly retry: RetryOptions;
    readonly clock: Clock;
    /** For backoff jitter. @default Math.random */
    readonly random?: () => number;
    readonly providerFor: (job: JobSpec) => Provider;
    /** How messages name a job's endpoint (and its key variable). @default the provider's name */
    readonly endpointLabel?: (job: JobSpec) => EndpointLabel;
    readonly events: Required<RunnerEvents>;
    readonly ledger?: Ledger;
    /** Create again a job whose video expired before an earlier run downloaded it. @default false */
    readonly regenerateExpired?: boolean;
    /**
     * Jobs to create again although an earlier run's create of them may have made a video that the
     * list could not prove (they ended `submit_uncertain`). @default none
     */
    readonly retryUncertain?: ReadonlySet<string>;
    /** Aborting stops new submits and polling; unfinished jobs end `pending`, their ids kept. */
    readonly signal?: AbortSignal;
}
/** How long a stop lets a create already in flight finish, so its video id reaches the ledger. */
export declare const SUBMIT_GRACE_MS = 3000;
/** Runs every job to an end and returns one result per job, in manifest order. */
export declare function runJobs(jobs: readonly JobSpec[], options: RunnerOptions): Promise<JobResult[]>;
/** Jobs ordered so every remix source comes before its remixes (the reader rejects cycles). */
export declare function dependencyOrder(jobs: readonly JobSpec[]): JobSpec[];

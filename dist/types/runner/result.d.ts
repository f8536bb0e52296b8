import type { JobErrorInfo, JobOutcome, JobParams, JobSpec, ProviderName } from '../types.js';
import type { VideoHeader } from './video-header.js';
/** Raised inside a job to end it with a given outcome. */
export declare class JobStop extends Error {
    readonly outcome: 'failed' | 'timed_out' | 'expired';
    readonly info: JobErrorInfo;
    constructor(outcome: 'failed' | 'timed_out' | 'expired', info: JobErrorInfo);
}
/** The record of one job, as it goes into report.json. */
export interface JobResult {
    readonly id: string;
    readonly prompt: string;
    readonly provider: ProviderName;
    readonly model: string;
    readonly seconds: number | null;
    readonly size: string | null;
    /** The job's params as sent; absent when it has none. */
    readonly params?: JobParams;
    readonly status: JobOutcome;
    /** The provider's own last status word, e.g. `in_progress`. */
    readonly rawStatus: string | null;
    readonly videoId: string | null;
    readonly error: JobErrorInfo | null;
    /** Create requests sent for this job in this run. */
    readonly attempts: number;
    /** Why the runner did what it did when a create went wrong (retried, adopted, gave up). */
    readonly decisions: readonly string[];
    /** Path of the video relative to the output folder. */
    readonly file: string | null;
    readonly bytes: number | null;
    /** Path of the thumbnail image (extension from its content type) relative to the output folder; null when requested but not saved, absent when not requested. */
    readonly thumbnail?: string | null;
    /** Path of the spritesheet image (every frame tiled), like `thumbnail`. */
    readonly spritesheet?: string | null;
    /**
     * What the downloaded file's header says the video is (width × height, seconds), which may not
     * be what was asked; null when the header could not be read, absent when there is no file.
     */
    readonly actual?: VideoHeader | null;
    readonly startedAt: string | null;
    readonly finishedAt: string | null;
    readonly durationMs: number | null;
    readonly source: {
        readonly file: string;
        readonly line: number;
        readonly row?: number;
    };
    /** The job's matrix variant name; null outside a matrix. */
    readonly variant: string | null;
    /** The job's id before matrix expansion (its prompt's group); null outside a matrix. */
    readonly group: string | null;
    /** What the vendor reported this job cost, in USD (see RemoteStatus.actualCostUsd); absent when it did not say. */
    readonly actualCostUsd?: number;
}
/** A result with the job's own fields filled in and everything else empty. */
export declare function baseResult(job: JobSpec, status: JobOutcome): JobResult;

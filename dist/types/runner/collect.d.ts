import { ProviderError, type AssetVariant, type Provider } from '../providers/types.js';
import type { JobSpec, RemoteStatus } from '../types.js';
import { type Clock } from './clock.js';
import type { Requester } from './requests.js';
import { JobStop } from './result.js';
import { type VideoHeader } from './video-header.js';
export type VariantPaths = {
    -readonly [V in AssetVariant]?: string | null;
};
/** What the video file's header says it is (JobResult.actual); absent when there is no file. */
export interface ActualVideo {
    actual?: VideoHeader | null;
}
export interface CollectorOptions {
    readonly requester: Requester;
    readonly outDir: string;
    /** Preview images to fetch beside each video. @default [] */
    readonly variants?: readonly AssetVariant[];
    /** The runner's clock, which job deadlines are read on. @default systemClock */
    readonly clock?: Clock;
}
/** What a job's collection answers to besides the job itself. */
export interface CollectLimits {
    /** The job's deadline (`--timeout`, on the runner's clock); 0 or absent = none. */
    readonly deadline?: number;
    /** The job's decisions, where a dropped preview is noted. */
    readonly decisions?: string[];
}
/** Where a job's video goes: `file` relative to the output folder (with `/`), `target` absolute. */
export interface VideoPaths {
    readonly file: string;
    readonly target: string;
}
/** The `expired` end of a job, with what to do about it. */
export declare function expiredStop(why: string): JobStop;
/**
 * A download refused because the finished video is gone (404 or 410). Providers that know when
 * a link expires say so in `RemoteStatus.expiresAt` (OpenAI, Seedance); this covers the rest.
 */
export declare function isGone(error: unknown): error is ProviderError;
/** A preview's file extension from its content type: `image/webp` -> `webp`, any other `image/x` -> `x`. */
export declare function previewExtension(contentType: string | undefined): string;
export declare class Collector {
    private readonly options;
    private readonly videosDir;
    constructor(options: CollectorOptions);
    /** The video's place for a file stem; a stem that would leave `videos/` is a bug, not user input. */
    paths(stem: string): VideoPaths;
    /**
     * Downloads the video (retried like every read) and its previews, all by the job's deadline.
     * @throws JobStop `expired` when the server no longer serves the finished video, `bad_download`
     *   when what arrived is not a video, `timed_out` when the deadline passed first
     */
    collect(job: JobSpec, provider: Provider, videoId: string, status: RemoteStatus, stem: string, limits?: CollectLimits): Promise<{
        file: string;
        bytes: number;
    } & VariantPaths & ActualVideo>;
    /** For a job done in an earlier run: the requested preview images already on disk, and the video's header. */
    onDisk(stem: string): VariantPaths & ActualVideo;
    /**
     * Preview images beside a downloaded video: one that fails is recorded as null and never fails
     * the job; one that is not an image is noted in the job's decisions.
     */
    private previews;
}

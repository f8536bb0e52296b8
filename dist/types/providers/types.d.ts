import type { JobSpec, ProviderName, RemoteStatus } from '../types.js';
/**
 * Why a provider call failed, in terms the runner's retry policy understands.
 * - `rate_limited`: the server refused before doing anything (429); safe to retry any call.
 * - `server`, `connection`, `timeout`: transient, but a create may or may not have happened.
 * - `unreachable`: the connection was never made (refused, unknown host, TLS failed), so the
 *   request provably never reached the server: a create made nothing. `details.code` says why.
 * - `auth`, `client`, `not_found`: retrying will not help.
 */
export type FailureKind = 'rate_limited' | 'server' | 'connection' | 'unreachable' | 'timeout' | 'auth' | 'client' | 'not_found';
/** A provider call that failed, mapped from the provider's own error shape. */
export declare class ProviderError extends Error {
    readonly kind: FailureKind;
    readonly details: {
        readonly status?: number;
        /** The provider's error code, e.g. `invalid_model`. */
        readonly code?: string;
        /** From `retry-after-ms` / `retry-after`, when the server sent one. */
        readonly retryAfterMs?: number;
        /** From `x-ratelimit-limit-requests` on a 429: the account's requests per minute. */
        readonly requestsPerMinute?: number;
    };
    readonly name = "ProviderError";
    constructor(kind: FailureKind, message: string, details?: {
        readonly status?: number;
        /** The provider's error code, e.g. `invalid_model`. */
        readonly code?: string;
        /** From `retry-after-ms` / `retry-after`, when the server sent one. */
        readonly retryAfterMs?: number;
        /** From `x-ratelimit-limit-requests` on a 429: the account's requests per minute. */
        readonly requestsPerMinute?: number;
    });
}
/** The bytes of a finished video, as a stream (never buffered whole). */
export interface DownloadBody {
    readonly body: ReadableStream<Uint8Array>;
    /** From `content-length`, used to detect a truncated transfer. */
    readonly contentLength?: number;
    /** From `content-type`: tells an error page from a video, and names a saved preview's file (`image/webp`). */
    readonly contentType?: string;
}
/** Preview images a finished video may have besides the video itself (OpenAI: WebP thumbnail, JPEG spritesheet). */
export declare const ASSET_VARIANTS: readonly ["thumbnail", "spritesheet"];
export type AssetVariant = (typeof ASSET_VARIANTS)[number];
/**
 * Reads a comma-separated list such as `video,thumbnail` (what the CLI's --variants and the
 * action's `variants` input take). `video` is always fetched and may be named; `unknown` holds
 * every other name that is not a variant, for the caller's message. Pure.
 */
export declare function parseVariantList(text: string): {
    variants: AssetVariant[];
    unknown: string[];
};
export interface SubmitResult {
    readonly remoteId: string;
    readonly status: RemoteStatus;
    /**
     * What this provider needs to find the generation again in a later run, when the id alone is
     * not enough (the generations shape: its result URL). Kept in the run's ledger, handed back
     * through `Provider.restore`; never shown in a report.
     */
    readonly restore?: string;
}
/**
 * One video API behind the runner. Implementations map their wire shapes to neutral
 * types and their errors to `ProviderError`; they never retry (the runner decides).
 */
export interface Provider {
    readonly name: ProviderName;
    /**
     * Start a generation. `remixOfVideoId` is set when the job remixes a finished video. Call
     * `sending()` once everything local is ready (files read, body built), right before the request
     * leaves: the runner records its intent there, and a submit that fails before calling it is
     * known to have sent nothing.
     */
    submit(job: JobSpec, remixOfVideoId: string | undefined, signal: AbortSignal, sending?: () => void): Promise<SubmitResult>;
    /** Current state of a generation. */
    status(remoteId: string, signal: AbortSignal): Promise<RemoteStatus>;
    /** Before a resumed generation is looked at: what `submit` returned as `restore` in an earlier run. */
    restore?(remoteId: string, restore: string): void;
    /**
     * Statuses of the most recent generations in one request (newest first, one page), so the
     * runner can refresh every job in flight at once. Absent when the API cannot list.
     */
    listStatuses?(signal: AbortSignal): Promise<ReadonlyMap<string, RemoteStatus>>;
    /** Stream the finished video. */
    download(remoteId: string, status: RemoteStatus, signal: AbortSignal): Promise<DownloadBody>;
    /** Stream a preview image of the finished video; absent when the API serves none. */
    downloadVariant?(remoteId: string, variant: AssetVariant, signal: AbortSignal): Promise<DownloadBody>;
    /**
     * After an ambiguous create (timeout, dropped connection, 5xx): the generations made since
     * `sinceMs` (newest first), with what the list states of each, so the runner can judge whether
     * one is this job's. Absent when the API offers no way to look.
     */
    findSubmitted?(job: JobSpec, sinceMs: number, signal: AbortSignal): Promise<RecentVideos>;
    /**
     * One cheap authenticated read (a list of one item, say) before the first create, so a wrong
     * key or base URL fails the run at once instead of every job. Resolves when the API answered
     * as it should; throws ProviderError otherwise. Absent when the API has nothing cheap to read.
     */
    preflight?(signal: AbortSignal): Promise<void>;
}
/** One generation in a provider's recent list; a field the list does not state is undefined. */
export interface ListedVideo {
    readonly id: string;
    readonly createdAtMs?: number;
    readonly prompt?: string;
    readonly model?: string;
    readonly seconds?: string;
    readonly size?: string;
    /**
     * Every request field the list states of this video (Replicate: the prediction's `input`, seed
     * and the like included), in the form `RecentVideos.sent` gives this job's own, so the two
     * compare field by field. A value the vendor rewrites (an uploaded image shown by another URL)
     * is left out by the provider: unstated, it neither matches nor rules out.
     */
    readonly request?: Readonly<Record<string, unknown>>;
}
export interface RecentVideos {
    readonly videos: readonly ListedVideo[];
    /** The list may not reach back to `sinceMs` (more pages than were read): absence proves nothing. */
    readonly truncated: boolean;
    /** The request fields this job's create sent, in the form of `ListedVideo.request`; absent when the list states none. */
    readonly sent?: Readonly<Record<string, unknown>>;
}

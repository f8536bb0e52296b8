/**
 * The provider-neutral life of a simulated video, computed from elapsed time alone (no timers):
 * queued for `queueMs`, then in progress for `generationMs`, then completed or failed.
 * Pure: every function takes the clock reading it needs.
 */
export type VideoStatus = 'queued' | 'in_progress' | 'completed' | 'failed';
export interface VideoFailure {
    readonly code: string;
    readonly message: string;
}
import { type ModelProfile } from './profiles.js';
/** Prompt markers that steer a simulated video, for demos and tests. */
export declare const PROMPT_MARKERS: {
    /** Ends `failed` with code `moderation_blocked` as soon as generation starts (progress 0). */
    readonly moderation: "[sim:moderation]";
    /** Ends `failed` with code `internal_error` halfway through generation. */
    readonly fail: "[sim:fail]";
    /** Takes 5x the generation time. */
    readonly slow: "[sim:slow]";
    /** Makes the video turned a quarter (720x1280 for 1280x720), as a model that ignores the size asked. */
    readonly portrait: "[sim:portrait]";
    /** Makes half the seconds asked (at least 1), as a model that ignores the length asked. */
    readonly short: "[sim:short]";
};
/** Everything decided when a video is accepted; its state at any later time follows from this. */
export interface VideoJob {
    readonly id: string;
    readonly prompt: string;
    readonly model: string;
    /** Whole seconds, as the API's string. */
    readonly seconds: string;
    /** `WIDTHxHEIGHT`. */
    readonly size: string;
    readonly createdAtMs: number;
    readonly queueMs: number;
    readonly generationMs: number;
    /** Set when the video is going to fail; `failAfterMs` counts from the start of generation. */
    readonly failure: (VideoFailure & {
        readonly failAfterMs: number;
    }) | null;
    readonly remixedFromVideoId: string | null;
    /** Bytes of an uploaded `input_reference`, when one came with the request. */
    readonly inputReferenceBytes?: number;
}
/** What a video looks like at one moment. */
export interface VideoState {
    readonly status: VideoStatus;
    /** Integer 0..100; 100 only when completed. */
    readonly progress: number;
    readonly completedAtMs: number | null;
    readonly expiresAtMs: number | null;
    readonly error: VideoFailure | null;
}
export interface VideoRequest {
    readonly id: string;
    readonly prompt: string;
    readonly model: string;
    readonly seconds: string;
    readonly size: string;
    readonly createdAtMs: number;
    readonly remixedFromVideoId?: string | null;
    readonly inputReferenceBytes?: number;
}
export interface VideoTiming {
    /** How long a video stays `queued`. */
    readonly queueMs: number;
    /** How long generation takes, fixed or per prompt. */
    readonly generationMs: number | ((prompt: string) => number);
    /** Per-model timing factors and failure rates (see profiles.ts). @default none */
    readonly profiles?: readonly ModelProfile[];
}
/** Decides timing and outcome for an accepted request, honouring the prompt markers. */
export declare function planVideo(request: VideoRequest, timing: VideoTiming): VideoJob;
/** When the video completes (epoch ms), or null when it is going to fail. */
export declare function plannedCompletionMs(job: VideoJob): number | null;
/** The state of `job` at `nowMs`; `expiresAfterMs` sets `expiresAtMs` of completed videos. */
export declare function videoStateAt(job: VideoJob, nowMs: number, expiresAfterMs: number): VideoState;
/** True once a completed video's assets can no longer be downloaded. */
export declare function isExpired(state: VideoState, nowMs: number): boolean;

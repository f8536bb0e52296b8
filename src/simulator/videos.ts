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

import { failsUpstream, profileOf, type ModelProfile } from './profiles.js';

/** Prompt markers that steer a simulated video, for demos and tests. */
export const PROMPT_MARKERS = {
  /** Ends `failed` with code `moderation_blocked` as soon as generation starts (progress 0). */
  moderation: '[sim:moderation]',
  /** Ends `failed` with code `internal_error` halfway through generation. */
  fail: '[sim:fail]',
  /** Takes 5x the generation time. */
  slow: '[sim:slow]',
  /** Makes the video turned a quarter (720x1280 for 1280x720), as a model that ignores the size asked. */
  portrait: '[sim:portrait]',
  /** Makes half the seconds asked (at least 1), as a model that ignores the length asked. */
  short: '[sim:short]',
} as const;

const SLOW_FACTOR = 5;

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
  readonly failure: (VideoFailure & { readonly failAfterMs: number }) | null;
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
export function planVideo(request: VideoRequest, timing: VideoTiming): VideoJob {
  const { prompt } = request;
  const base = typeof timing.generationMs === 'function' ? timing.generationMs(prompt) : timing.generationMs;
  const profile = profileOf(timing.profiles ?? [], request.model);
  const factor = profile?.timeFactor ?? 1;
  const generationMs = Math.round(Math.max(0, base) * factor * (prompt.includes(PROMPT_MARKERS.slow) ? SLOW_FACTOR : 1));
  let failure: VideoJob['failure'] = null;
  if (prompt.includes(PROMPT_MARKERS.moderation)) {
    failure = {
      code: 'moderation_blocked',
      message: 'Your request was blocked by our moderation system.',
      failAfterMs: 0,
    };
  } else if (prompt.includes(PROMPT_MARKERS.fail)) {
    failure = {
      code: 'internal_error',
      message: 'Video generation failed due to an internal error. Please try again.',
      failAfterMs: Math.floor(generationMs / 2),
    };
  } else if (failsUpstream(profile, request.model, prompt)) {
    failure = {
      code: 'upstream_error',
      message: `The upstream provider of ${request.model} failed to generate this video (simulated failure rate ${Math.round((profile?.failureRate ?? 0) * 100)}%).`,
      failAfterMs: Math.floor(generationMs * 0.8),
    };
  }
  return {
    id: request.id,
    prompt,
    model: request.model,
    seconds: prompt.includes(PROMPT_MARKERS.short) ? String(Math.max(1, Math.floor(Number(request.seconds) / 2))) : request.seconds,
    size: prompt.includes(PROMPT_MARKERS.portrait) ? request.size.replace(/^(\d+)x(\d+)$/, '$2x$1') : request.size,
    createdAtMs: request.createdAtMs,
    queueMs: Math.round(Math.max(0, timing.queueMs) * factor),
    generationMs,
    failure,
    remixedFromVideoId: request.remixedFromVideoId ?? null,
    ...(request.inputReferenceBytes === undefined ? {} : { inputReferenceBytes: request.inputReferenceBytes }),
  };
}

/** When the video completes (epoch ms), or null when it is going to fail. */
export function plannedCompletionMs(job: VideoJob): number | null {
  return job.failure ? null : job.createdAtMs + job.queueMs + job.generationMs;
}

function progressAfter(job: VideoJob, generatingMs: number): number {
  if (job.generationMs <= 0) return 0;
  return Math.min(99, Math.max(0, Math.floor((100 * generatingMs) / job.generationMs)));
}

/** The state of `job` at `nowMs`; `expiresAfterMs` sets `expiresAtMs` of completed videos. */
export function videoStateAt(job: VideoJob, nowMs: number, expiresAfterMs: number): VideoState {
  const generatingMs = nowMs - job.createdAtMs - job.queueMs;
  if (generatingMs < 0) return { status: 'queued', progress: 0, completedAtMs: null, expiresAtMs: null, error: null };
  if (job.failure && generatingMs >= job.failure.failAfterMs) {
    const { code, message } = job.failure;
    return { status: 'failed', progress: progressAfter(job, job.failure.failAfterMs), completedAtMs: null, expiresAtMs: null, error: { code, message } };
  }
  if (job.failure || generatingMs < job.generationMs) {
    return { status: 'in_progress', progress: progressAfter(job, generatingMs), completedAtMs: null, expiresAtMs: null, error: null };
  }
  const completedAtMs = job.createdAtMs + job.queueMs + job.generationMs;
  return { status: 'completed', progress: 100, completedAtMs, expiresAtMs: completedAtMs + expiresAfterMs, error: null };
}

/** True once a completed video's assets can no longer be downloaded. */
export function isExpired(state: VideoState, nowMs: number): boolean {
  return state.expiresAtMs !== null && nowMs >= state.expiresAtMs;
}

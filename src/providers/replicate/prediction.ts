/**
 * Replicate's prediction object, read at the boundary: its id, its status word mapped to ours,
 * the video URL in `output`, what the recent list states of each prediction, and the error body
 * (`{detail}`, or `{title, detail, status}`). Pure.
 */
import type { JobSpec, RemoteState, RemoteStatus } from '../../types.js';
import { answerError, asNumber, asRecord, asString, type ErrorFields } from '../fetch-json.js';
import type { ListedVideo, RecentVideos } from '../types.js';
import { inputNamesFor, parseModelRef } from './input.js';

/** Outputs of predictions made through the API are deleted an hour after they finish (PROVIDER.md). */
export const REPLICATE_OUTPUT_TTL_MS = 3_600_000;

const STATES: Readonly<Record<string, RemoteState>> = {
  starting: 'queued',
  processing: 'running',
  succeeded: 'completed',
  failed: 'failed',
  canceled: 'failed',
  // A prediction whose Cancel-After deadline passed before it started (video-batch sets none).
  aborted: 'failed',
};

const ENDED_WITHOUT_ERROR: Readonly<Record<string, string>> = {
  failed: 'the prediction failed',
  canceled: 'the prediction was canceled',
  aborted: 'the prediction was aborted before it started',
};

/** The id a create answered with. */
export function predictionId(body: unknown): string {
  const id = asString(asRecord(body)?.id);
  if (!id) throw answerError(body, 'Replicate answered the create without a prediction id');
  return id;
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
}

/**
 * The video URL in a prediction's `output`: a URL, the first URL of a list, or the URL an object
 * holds (its `video` or `url` field first, else the first field that is one).
 */
export function outputUrl(output: unknown): string | undefined {
  if (typeof output === 'string') return isHttpUrl(output) ? output : undefined;
  if (Array.isArray(output)) {
    for (const item of output) {
      const url = outputUrl(item);
      if (url) return url;
    }
    return undefined;
  }
  const record = asRecord(output);
  if (!record) return undefined;
  const preferred = [record.video, record.url].map(outputUrl).find((url) => url !== undefined);
  return preferred ?? Object.values(record).map(outputUrl).find((url) => url !== undefined);
}

function timeMs(value: unknown): number | undefined {
  const text = asString(value);
  const ms = text === undefined ? Number.NaN : Date.parse(text);
  return Number.isNaN(ms) ? undefined : ms;
}

/** A prediction as a neutral status, keeping Replicate's status word; an unknown word counts as running. */
export function predictionStatus(body: unknown): RemoteStatus {
  const prediction = asRecord(body);
  const word = asString(prediction?.status);
  if (!prediction || !word) throw answerError(body, 'Replicate answered without a prediction status');
  const state = STATES[word] ?? 'running';
  if (state === 'failed') {
    const message = asString(prediction.error) ?? asString(asRecord(prediction.error)?.message) ?? ENDED_WITHOUT_ERROR[word] ?? 'the prediction failed';
    return { state, rawStatus: word, error: { code: word === 'failed' ? 'prediction_failed' : word, message } };
  }
  if (state !== 'completed') return { state, rawStatus: word };
  const url = outputUrl(prediction.output);
  if (!url) return { state: 'failed', rawStatus: word, error: { code: 'no_video', message: 'the prediction succeeded without a URL in its output' } };
  const finished = timeMs(prediction.completed_at) ?? timeMs(prediction.created_at);
  return { state, rawStatus: word, downloadUrl: url, ...(finished === undefined ? {} : { expiresAt: finished + REPLICATE_OUTPUT_TTL_MS }) };
}

/** `~30s`, `in 30 seconds`, `1 second`: the wait a throttling message names, in milliseconds. */
function waitInText(text: string): number | undefined {
  const match = /(\d+(?:\.\d+)?)\s*(?:s\b|sec|second)/i.exec(text);
  return match ? Number(match[1]) * 1000 : undefined;
}

/**
 * Replicate's error body: its message is `detail` (else `title`; `status` repeats the HTTP status)
 * and, on a 429, the wait is `retry_after` in seconds when sent, else what `detail` names
 * ("resets in ~30s"). No code: `title` is prose, and the HTTP status already sets the kind.
 */
export function replicateErrorFields(body: unknown): ErrorFields {
  const record = asRecord(body);
  if (!record) return {};
  const detail = asString(record.detail);
  const title = asString(record.title);
  const message = detail ?? title;
  const seconds = asNumber(record.retry_after);
  const throttled = asNumber(record.status) === 429 || /throttl/i.test(message ?? '');
  const retryAfterMs = seconds !== undefined ? seconds * 1000 : throttled && message ? waitInText(message) : undefined;
  return {
    ...(message === undefined ? {} : { message }),
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  };
}

/** The model of a listed prediction in the form the job names it: `owner/name`, or `owner/name:version`. */
function statedModel(item: Readonly<Record<string, unknown>>, jobModel: string): string | undefined {
  const model = asString(item.model);
  if (parseModelRef(jobModel)?.version === undefined) return model;
  const version = asString(item.version);
  return model && version ? `${model}:${version}` : undefined;
}

/**
 * A listed prediction's `input` as comparable with the input a job sent: whole, except an image
 * field that holds something other than a `data:` URL (Replicate may keep an inline image as a
 * file and show its URL): left out, so it is unstated rather than different.
 */
function comparableInput(input: Readonly<Record<string, unknown>>, imageName: string | undefined): Readonly<Record<string, unknown>> {
  const image = imageName === undefined ? undefined : input[imageName];
  if (imageName === undefined || image === undefined || (typeof image === 'string' && image.startsWith('data:'))) return input;
  return Object.fromEntries(Object.entries(input).filter(([key]) => key !== imageName));
}

/**
 * What one page of `GET /predictions` states of each prediction, for judging a lost create:
 * creation time, model (and version), and, when the list carries the input, its prompt, duration
 * and every other input field (seed, negative_prompt, aspect_ratio...) as `request`, to compare
 * with `sent` (the `input` this job's create sent). `truncated` when the page has a `next` and
 * does not reach back to `sinceMs`.
 */
export function listedPredictions(body: unknown, job: JobSpec, sinceMs: number, sent?: Readonly<Record<string, unknown>>): RecentVideos {
  const page = asRecord(body);
  const results = page?.results;
  if (!page || !Array.isArray(results)) throw answerError(body, 'Replicate answered the prediction list without results');
  const names = inputNamesFor(job.model);
  const durationName = names.duration;
  const videos: ListedVideo[] = [];
  let oldest: number | undefined;
  let undated = false;
  for (const entry of results) {
    const item = asRecord(entry);
    const id = asString(item?.id);
    if (!item || !id) continue;
    const createdAtMs = timeMs(item.created_at);
    if (createdAtMs === undefined) undated = true;
    else oldest = oldest === undefined ? createdAtMs : Math.min(oldest, createdAtMs);
    const input = asRecord(item.input);
    const prompt = asString(input?.prompt);
    const model = statedModel(item, job.model);
    const duration = durationName === undefined ? undefined : asNumber(input?.[durationName]);
    videos.push({
      id,
      ...(createdAtMs === undefined ? {} : { createdAtMs }),
      ...(prompt === undefined ? {} : { prompt }),
      ...(model === undefined ? {} : { model }),
      ...(duration === undefined ? {} : { seconds: String(duration) }),
      ...(input === undefined ? {} : { request: comparableInput(input, names.image) }),
    });
  }
  const more = asString(page.next) !== undefined;
  const reachesBack = oldest !== undefined && oldest < sinceMs && !undated;
  return { videos, truncated: more && !reachesBack, ...(sent === undefined ? {} : { sent: comparableInput(sent, names.image) }) };
}

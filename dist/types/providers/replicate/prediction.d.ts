/**
 * Replicate's prediction object, read at the boundary: its id, its status word mapped to ours,
 * the video URL in `output`, what the recent list states of each prediction, and the error body
 * (`{detail}`, or `{title, detail, status}`). Pure.
 */
import type { JobSpec, RemoteStatus } from '../../types.js';
import { type ErrorFields } from '../fetch-json.js';
import type { RecentVideos } from '../types.js';
/** Outputs of predictions made through the API are deleted an hour after they finish (PROVIDER.md). */
export declare const REPLICATE_OUTPUT_TTL_MS = 3600000;
/** The id a create answered with. */
export declare function predictionId(body: unknown): string;
/**
 * The video URL in a prediction's `output`: a URL, the first URL of a list, or the URL an object
 * holds (its `video` or `url` field first, else the first field that is one).
 */
export declare function outputUrl(output: unknown): string | undefined;
/** A prediction as a neutral status, keeping Replicate's status word; an unknown word counts as running. */
export declare function predictionStatus(body: unknown): RemoteStatus;
/**
 * Replicate's error body: its message is `detail` (else `title`; `status` repeats the HTTP status)
 * and, on a 429, the wait is `retry_after` in seconds when sent, else what `detail` names
 * ("resets in ~30s"). No code: `title` is prose, and the HTTP status already sets the kind.
 */
export declare function replicateErrorFields(body: unknown): ErrorFields;
/**
 * What one page of `GET /predictions` states of each prediction, for judging a lost create:
 * creation time, model (and version), and, when the list carries the input, its prompt, duration
 * and every other input field (seed, negative_prompt, aspect_ratio...) as `request`, to compare
 * with `sent` (the `input` this job's create sent). `truncated` when the page has a `next` and
 * does not reach back to `sinceMs`.
 */
export declare function listedPredictions(body: unknown, job: JobSpec, sinceMs: number, sent?: Readonly<Record<string, unknown>>): RecentVideos;

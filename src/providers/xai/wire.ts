/**
 * xAI's video generations shape, as pure functions: a job -> the create body, a deferred request's
 * answer -> a neutral status. The status reader also takes the answers of gateways that serve
 * `/videos/generations` asynchronously (`{id, status}`, a URL under `url`, `video_url` or
 * `data[0].url`), which is why openai-generations uses it too. See PROVIDER.md.
 */
import type { JobSpec, RemoteState, RemoteStatus } from '../../types.js';
import { answerError, asNumber, asRecord, asString, errorFields } from '../fetch-json.js';
import type { ProviderParams } from '../module.js';
import { withParams } from '../params.js';
import { ProviderError } from '../types.js';

export type XaiAspectRatio = '16:9' | '9:16' | '1:1' | '4:3' | '3:4' | '3:2' | '2:3';
export type XaiResolution = '480p' | '720p' | '1080p';

const RATIOS: readonly (readonly [XaiAspectRatio, number, number])[] = [
  ['16:9', 16, 9],
  ['9:16', 9, 16],
  ['1:1', 1, 1],
  ['4:3', 4, 3],
  ['3:4', 3, 4],
  ['3:2', 3, 2],
  ['2:3', 2, 3],
];
const TIERS: readonly (readonly [XaiResolution, number])[] = [
  ['480p', 480],
  ['720p', 720],
  ['1080p', 1080],
];

/** `WIDTHxHEIGHT` whose short side is the tier and whose long side follows the ratio, rounded to a multiple of 16 (xAI's 480p 16:9 is 848x480). */
function nominalSize(ratio: readonly [XaiAspectRatio, number, number], short: number): string {
  const [, w, h] = ratio;
  const exact = (short * Math.max(w, h)) / Math.min(w, h);
  const long = Number.isInteger(exact) ? exact : Math.round(exact / 16) * 16;
  return w >= h ? `${long}x${short}` : `${short}x${long}`;
}

/** Every `size` the API can express, as `aspect_ratio` + `resolution` (which models take 1080p is the catalog's business). */
export const XAI_SIZES: Readonly<Record<string, { readonly aspectRatio: XaiAspectRatio; readonly resolution: XaiResolution }>> = Object.fromEntries(
  TIERS.flatMap(([resolution, short]) => RATIOS.map((r) => [nominalSize(r, short), { aspectRatio: r[0], resolution }] as const)),
);

/** The JSON body of `POST {base}/videos/generations`. */
export interface XaiRequestBody {
  readonly model: string;
  readonly prompt: string;
  readonly duration?: number;
  readonly aspect_ratio?: XaiAspectRatio;
  readonly resolution?: XaiResolution;
  /** A public URL or a base64 data URI. */
  readonly image?: { readonly url: string };
  readonly [param: string]: unknown;
}

/** A job's params join the body (user, output...). */
export const XAI_PARAMS: ProviderParams = {
  into: 'the JSON body',
  reserved: { model: 'model', prompt: 'prompt', duration: 'seconds', aspect_ratio: 'size', resolution: 'size', size: 'size', image: 'input_reference' },
};

/** Maps a job to the create body: seconds -> duration, size -> aspect_ratio + resolution, image -> a data URI. Pure. */
export function xaiRequestBody(job: JobSpec, imageDataUrl?: string): XaiRequestBody {
  let shape: { aspect_ratio: XaiAspectRatio; resolution: XaiResolution } | undefined;
  if (job.size !== undefined) {
    const mapped = XAI_SIZES[job.size];
    // The traits refuse these when the manifest is read; this guards direct callers.
    if (!mapped) throw new ProviderError('client', `xAI cannot make ${job.size}; it accepts ${Object.keys(XAI_SIZES).join(', ')}`);
    shape = { aspect_ratio: mapped.aspectRatio, resolution: mapped.resolution };
  }
  const body = {
    model: job.model,
    prompt: job.prompt,
    ...(job.seconds === undefined ? {} : { duration: job.seconds }),
    ...(shape ?? {}),
    ...(imageDataUrl === undefined ? {} : { image: { url: imageDataUrl } }),
  };
  return withParams(body, job, XAI_PARAMS);
}

/**
 * The id of an asynchronous create answer: xAI's `{request_id}`, or a gateway's `{id, status}`.
 * Undefined for an answer that is neither (a synchronous `{data: [{url}]}`).
 */
export function deferredId(body: unknown): string | undefined {
  const answer = asRecord(body);
  const requestId = asString(answer?.request_id);
  if (requestId) return requestId;
  const id = asString(answer?.id) ?? asString(answer?.task_id);
  return id !== undefined && asString(answer?.status) !== undefined ? id : undefined;
}

/** The request id xAI answered a create with. */
export function xaiRequestId(body: unknown): string {
  const id = deferredId(body);
  if (!id) throw answerError(body, 'xAI answered the create without a request_id');
  return id;
}

const STATES: Readonly<Record<string, RemoteState>> = {
  pending: 'queued',
  queued: 'queued',
  processing: 'running',
  in_progress: 'running',
  running: 'running',
  done: 'completed',
  completed: 'completed',
  succeeded: 'completed',
  success: 'completed',
  failed: 'failed',
  error: 'failed',
  expired: 'failed',
  cancelled: 'failed',
};

/** The video URL of a finished answer, wherever the shape puts it. */
function resultUrl(answer: Readonly<Record<string, unknown>>): string | undefined {
  const data = Array.isArray(answer.data) ? answer.data : [];
  return (
    asString(asRecord(answer.video)?.url) ??
    asString(answer.video_url) ??
    asString(answer.url) ??
    asString(asRecord(data[0])?.url) ??
    asString(asRecord(answer.output)?.url)
  );
}

/** xAI reports its own charge in `usage.cost_in_usd_ticks`, ten-billionths of a dollar. */
const USD_PER_TICK = 1e-10;

/**
 * Maps a deferred request's answer to a neutral status, keeping its status word. An answer with no
 * status (only the request id) is still pending; an unknown word counts as running (the poll has a
 * deadline). `done` without a URL is a failure, never a success.
 */
export function deferredStatus(body: unknown): RemoteStatus {
  const answer = asRecord(body);
  if (!answer) throw answerError(body, 'the API answered the poll without a JSON object');
  const word = asString(answer.status)?.toLowerCase();
  if (word === undefined) {
    if (deferredId(body) !== undefined || asString(answer.request_id)) return { state: 'queued', rawStatus: 'pending' };
    throw answerError(body, 'the API answered the poll without a status');
  }
  const state = STATES[word] ?? 'running';
  const progress = asNumber(answer.progress);
  const ticks = asNumber(asRecord(answer.usage)?.cost_in_usd_ticks);
  const spent = ticks === undefined ? {} : { actualCostUsd: Math.round(ticks * USD_PER_TICK * 1_000_000) / 1_000_000 };
  if (state === 'queued' || state === 'running') return { state, rawStatus: word, ...(progress === undefined ? {} : { progress }) };
  if (state === 'failed') {
    const error = errorFields(body);
    const message = error.message ?? asString(answer.error) ?? (word === 'expired' ? 'the request expired before the video was made' : 'the generation failed');
    return { state, rawStatus: word, error: { code: error.code ?? word, message }, ...spent };
  }
  const url = resultUrl(answer);
  if (!url) {
    const moderated = asRecord(answer.video)?.respect_moderation === false;
    const error = moderated
      ? { code: 'content_filtered', message: 'the video did not pass moderation' }
      : { code: 'no_video', message: 'the generation finished without a video URL' };
    return { state: 'failed', rawStatus: word, error, ...spent };
  }
  return { state: 'completed', rawStatus: word, downloadUrl: url, progress: 100, ...spent };
}

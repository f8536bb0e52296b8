/**
 * Google Veo through the Gemini API: `POST {base}/models/{model}:predictLongRunning` starts an
 * operation, `GET {base}/{operation name}` is polled until `done`, and the video is fetched from
 * `response.generateVideoResponse.generatedSamples[0].video.uri`. See docs/providers.md.
 */
import type { JobSpec, RemoteStatus } from '../../types.js';
import {
  answerError,
  asNumber,
  asRecord,
  asString,
  checkedDownloadUrl,
  joinUrl,
  openDownload,
  requestJson,
  sameOrigin,
  type HttpClient,
} from '../fetch-json.js';
import { rateLimitPauseMs } from '../http.js';
import { asModelRetired } from '../model-gone.js';
import { hopRulesFor } from '../hop-rules.js';
import { FIRST_ONLY, readJobImages, type ImageSlots, type JobImage } from '../job-images.js';
import type { ProviderParams } from '../module.js';
import { withParams } from '../params.js';
import { ProviderError, type DownloadBody, type Provider, type SubmitResult } from '../types.js';

/** Google's endpoint, version segment included; a gateway's base URL carries its own. */
export const VEO_DEFAULT_BASE_URL = 'https://generativelanguage.googleapis.com/v1beta';

export type VeoAspectRatio = '16:9' | '9:16';
export type VeoResolution = '720p' | '1080p' | '4k';

/** Every `size` the Gemini API can express, as `parameters.aspectRatio` + `parameters.resolution`. */
export const VEO_SIZES: Readonly<Record<string, { readonly aspectRatio: VeoAspectRatio; readonly resolution: VeoResolution }>> = {
  '1280x720': { aspectRatio: '16:9', resolution: '720p' },
  '720x1280': { aspectRatio: '9:16', resolution: '720p' },
  '1920x1080': { aspectRatio: '16:9', resolution: '1080p' },
  '1080x1920': { aspectRatio: '9:16', resolution: '1080p' },
  '3840x2160': { aspectRatio: '16:9', resolution: '4k' },
  '2160x3840': { aspectRatio: '9:16', resolution: '4k' },
};

/** How the key travels: Google wants `x-goog-api-key`; gateways take a Bearer token. */
export type VeoAuth = 'x-goog-api-key' | 'bearer';

/** Google's own API hosts (`*.googleapis.com`): they take `x-goog-api-key`, and only they may be sent a Google key. */
export function isGoogleHost(hostname: string): boolean {
  return hostname === 'googleapis.com' || hostname.endsWith('.googleapis.com');
}

/** The base URL decides: a `*.googleapis.com` host gets `x-goog-api-key`, any other host a Bearer token. */
export function veoAuthFor(baseUrl: string): VeoAuth {
  return isGoogleHost(new URL(baseUrl).hostname) ? 'x-goog-api-key' : 'bearer';
}

/** Google's host without a path means its current version; every other base URL is used as given. */
export function veoBaseUrl(baseUrl: string | undefined): string {
  const url = new URL(baseUrl ?? VEO_DEFAULT_BASE_URL);
  if (isGoogleHost(url.hostname) && (url.pathname === '' || url.pathname === '/')) return `${url.origin}/v1beta`;
  return url.href.replace(/\/+$/, '');
}

export interface VeoImage {
  readonly bytesBase64Encoded: string;
  readonly mimeType: string;
}

/** A reference image as `instances[0].referenceImages[]` takes it: `asset` keeps a subject (Veo 3.1 takes up to 3). */
export interface VeoReferenceImage {
  readonly image: VeoImage;
  readonly referenceType: 'asset';
}

/** A job's images besides the first frame, in wire form. */
export interface VeoMoreImages {
  readonly lastFrame?: VeoImage;
  readonly referenceImages?: readonly VeoImage[];
}

/** One instance of `predictLongRunning`: the prompt and the input images. */
export interface VeoInstance {
  readonly prompt: string;
  readonly image?: VeoImage;
  readonly lastFrame?: VeoImage;
  readonly referenceImages?: readonly VeoReferenceImage[];
}

/** The instance of a job: `image` (first frame), `lastFrame`, `referenceImages` as Google's Veo reference names them. Pure. */
export function veoInstance(prompt: string, image?: VeoImage, more: VeoMoreImages = {}): VeoInstance {
  const references = more.referenceImages ?? [];
  return {
    prompt,
    ...(image ? { image } : {}),
    ...(more.lastFrame ? { lastFrame: more.lastFrame } : {}),
    ...(references.length > 0 ? { referenceImages: references.map((reference) => ({ image: reference, referenceType: 'asset' as const })) } : {}),
  };
}

/**
 * The input images a Veo model takes, from Google's Veo reference (read 2026-12-07): Veo 3.1
 * takes a first and a last frame, or up to 3 `asset` reference images (not with the frames);
 * Veo 2 a first and a last frame; Veo 3.0 and others a first frame. Pure.
 */
export function veoImageSlots(model: string): ImageSlots {
  const id = model.replace(/^(models|publishers\/google\/models)\//, '');
  if (/^veo-3\.1-(lite|.*-lite)/.test(id)) return { first: true, last: true, lastNeedsFirst: true, references: 0 };
  if (/^veo-3\.1/.test(id)) return { first: true, last: true, lastNeedsFirst: true, references: 3, referencesAlone: true };
  if (/^veo-2/.test(id)) return { first: true, last: true, lastNeedsFirst: true, references: 0 };
  return FIRST_ONLY;
}

/** The JSON body of `predictLongRunning` (Gemini API wire names). */
export interface VeoRequestBody {
  readonly instances: readonly [VeoInstance];
  readonly parameters: { aspectRatio?: VeoAspectRatio; resolution?: VeoResolution; durationSeconds?: number; readonly [param: string]: unknown };
}

/** A job's params join `parameters` (negativePrompt, seed, generateAudio, personGeneration...). */
export const VEO_PARAMS: ProviderParams = {
  into: '`parameters`',
  reserved: { aspectRatio: 'size', resolution: 'size', durationSeconds: 'seconds' },
  // `sampleCount` in `parameters`, `numberOfVideos` in Google's SDKs (PROVIDER.md): several videos, each billed.
  outputCount: ['sampleCount', 'numberOfVideos'],
};

/** Maps a job to the request body: seconds -> durationSeconds, size -> aspectRatio + resolution, then its params. Pure. */
export function veoRequestBody(job: JobSpec, image?: VeoImage, more: VeoMoreImages = {}): VeoRequestBody {
  const parameters: VeoRequestBody['parameters'] = {};
  if (job.size !== undefined) {
    const mapped = VEO_SIZES[job.size];
    // checkJob refuses these before anything is sent; this guards direct callers.
    if (!mapped) throw new ProviderError('client', `Veo cannot make ${job.size}; it accepts ${Object.keys(VEO_SIZES).join(', ')}`);
    parameters.aspectRatio = mapped.aspectRatio;
    parameters.resolution = mapped.resolution;
  }
  if (job.seconds !== undefined) parameters.durationSeconds = job.seconds;
  return { instances: [veoInstance(job.prompt, image, more)], parameters: withParams(parameters, job, VEO_PARAMS) };
}

/** google.rpc.Code names, by number, for operation errors that carry only the number. */
const RPC_CODES = [
  'OK', 'CANCELLED', 'UNKNOWN', 'INVALID_ARGUMENT', 'DEADLINE_EXCEEDED', 'NOT_FOUND', 'ALREADY_EXISTS', 'PERMISSION_DENIED',
  'RESOURCE_EXHAUSTED', 'FAILED_PRECONDITION', 'ABORTED', 'OUT_OF_RANGE', 'UNIMPLEMENTED', 'INTERNAL', 'UNAVAILABLE', 'DATA_LOSS', 'UNAUTHENTICATED',
] as const;

/** The operation's name, which is also its path under the base URL. */
export function veoOperationName(body: unknown): string {
  const name = asString(asRecord(body)?.name);
  // A 200 holding `{"error": ...}` carries the server's reason: surface it, not a missing name.
  if (!name) throw answerError(body, 'the Gemini API answered without an operation name');
  return name;
}

/**
 * Maps an operation to a neutral status. An operation has no status word, so `rawStatus` is
 * `running` (not done), `done` (a video), `error` (operation error) or `filtered` (safety filters).
 */
export function veoOperationStatus(body: unknown, headers?: Headers): RemoteStatus {
  veoOperationName(body);
  const op = asRecord(body) ?? {};
  const pause = rateLimitPauseMs(headers);
  const hint = pause === undefined ? {} : { pollAfterMs: pause };
  const error = asRecord(op.error);
  if (error) {
    const code = asString(error.status) ?? RPC_CODES[asNumber(error.code) ?? 2] ?? `code_${String(error.code)}`;
    return { state: 'failed', rawStatus: 'error', error: { code, message: asString(error.message) ?? 'the operation failed' }, ...hint };
  }
  if (op.done !== true) return { state: 'running', rawStatus: 'running', ...hint };
  const response = asRecord(op.response);
  const result = asRecord(response?.generateVideoResponse);
  // Some gateways answer in the SDK's shape, `response.generatedVideos`, instead of Google's.
  const listed = result?.generatedSamples ?? response?.generatedVideos;
  const samples: unknown[] = Array.isArray(listed) ? listed : [];
  const uri = asString(asRecord(asRecord(samples[0])?.video)?.uri);
  if (uri) return { state: 'completed', rawStatus: 'done', downloadUrl: uri, ...hint };
  const reasons = (Array.isArray(result?.raiMediaFilteredReasons) ? result.raiMediaFilteredReasons : []).filter((r): r is string => typeof r === 'string');
  if (reasons.length > 0 || (asNumber(result?.raiMediaFilteredCount) ?? 0) > 0) {
    const message = reasons.length > 0 ? reasons.join(' ') : 'the video was blocked by safety filters';
    return { state: 'failed', rawStatus: 'filtered', error: { code: 'content_filtered', message }, ...hint };
  }
  return { state: 'failed', rawStatus: 'done', error: { code: 'no_video', message: 'the operation finished without a video' }, ...hint };
}

const SEGMENT = /^[A-Za-z0-9._~-]+$/;

function operationUrl(base: string, name: string): string {
  const segments = name.split('/');
  if (segments.some((s) => !SEGMENT.test(s) || s === '.' || s === '..')) {
    throw new ProviderError('client', `unexpected operation name ${JSON.stringify(name.slice(0, 200))}`);
  }
  return joinUrl(base, `/${name}`);
}

export interface VeoProviderOptions {
  readonly apiKey: string;
  /** Up to and including the version segment. @default VEO_DEFAULT_BASE_URL */
  readonly baseUrl?: string;
  /** @default veoAuthFor(baseUrl) */
  readonly auth?: VeoAuth;
  /** Per-request timeout in milliseconds. @default 60000 */
  readonly requestTimeoutMs?: number;
  /** @default globalThis.fetch */
  readonly fetch?: typeof fetch;
}

/** The Veo provider. Never retries; every failure is a ProviderError for the runner to judge. */
export function createVeoProvider(options: VeoProviderOptions): Provider {
  const base = veoBaseUrl(options.baseUrl);
  const auth = options.auth ?? veoAuthFor(base);
  const keyHeader: Readonly<Record<string, string>> = auth === 'x-goog-api-key' ? { 'x-goog-api-key': options.apiKey } : { authorization: `Bearer ${options.apiKey}` };
  const client: HttpClient = { fetch: options.fetch ?? globalThis.fetch, rules: hopRulesFor(base), timeoutMs: options.requestTimeoutMs ?? 60_000, label: 'the Gemini API' };

  return {
    name: 'veo',

    async submit(job: JobSpec, remixOfVideoId: string | undefined, signal: AbortSignal, sending?: () => void): Promise<SubmitResult> {
      if (remixOfVideoId !== undefined) throw new ProviderError('client', 'Veo cannot remix a video');
      const images = await readJobImages(job);
      const wire = (image: JobImage): VeoImage => ({ bytesBase64Encoded: image.base64, mimeType: image.mimeType });
      const body = veoRequestBody(job, images.first && wire(images.first), {
        ...(images.last ? { lastFrame: wire(images.last) } : {}),
        referenceImages: images.references.map(wire),
      });
      const model = job.model.replace(/^models\//, '');
      const url = joinUrl(base, `/models/${encodeURIComponent(model)}:predictLongRunning`);
      sending?.();
      const answer = await requestJson(client, { method: 'POST', url, headers: keyHeader, body, signal }).catch((error: unknown) => {
        throw asModelRetired(job, error, { notFoundMeansGone: true });
      });
      return { remoteId: veoOperationName(answer.body), status: veoOperationStatus(answer.body, answer.headers) };
    },

    async status(remoteId: string, signal: AbortSignal): Promise<RemoteStatus> {
      const answer = await requestJson(client, { method: 'GET', url: operationUrl(base, remoteId), headers: keyHeader, signal });
      return veoOperationStatus(answer.body, answer.headers);
    },

    async download(_remoteId: string, status: RemoteStatus, signal: AbortSignal): Promise<DownloadBody> {
      if (!status.downloadUrl) throw new ProviderError('server', 'the finished operation named no video URI');
      const url = checkedDownloadUrl(status.downloadUrl, client.rules);
      // The key goes only where the API lives (Google serves the file there); never to another host.
      return openDownload(client, url, sameOrigin(url, base) ? keyHeader : {}, signal);
    },
  };
}

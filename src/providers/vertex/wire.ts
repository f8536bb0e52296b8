/**
 * Vertex AI's Veo wire shapes, pure: the `predictLongRunning` body built from a job, the
 * `fetchPredictOperation` answer mapped to a neutral status, and the URLs of a model, an operation
 * and a `gs://` result. See PROVIDER.md for the sources.
 */
import type { JobSpec, RemoteStatus } from '../../types.js';
import { answerError, asNumber, asRecord, asString, joinUrl } from '../fetch-json.js';
import type { ProviderParams } from '../module.js';
import { withParams } from '../params.js';
import { ProviderError } from '../types.js';
import { VEO_SIZES, veoInstance, type VeoInstance, type VeoMoreImages } from '../veo/client.js';

/** Google Cloud Storage's JSON API, where a `gs://` result is read with the same credentials. */
export const GCS_DEFAULT_BASE_URL = 'https://storage.googleapis.com/storage/v1';

/** Veo takes the same sizes on Vertex AI as on the Gemini API: one model family, one table. */
export const VERTEX_SIZES = VEO_SIZES;

/** `https://{location}-aiplatform.googleapis.com/v1`; the `global` location has no region prefix. */
export function vertexDefaultBaseUrl(location: string): string {
  return location === 'global' ? 'https://aiplatform.googleapis.com/v1' : `https://${location}-aiplatform.googleapis.com/v1`;
}

const SEGMENT = /^[A-Za-z0-9._~-]+$/;

function checkedSegment(value: string, what: string): string {
  if (!SEGMENT.test(value) || value === '.' || value === '..') throw new ProviderError('client', `${what} ${JSON.stringify(value.slice(0, 100))} is not a valid path segment`);
  return value;
}

/** `projects/{p}/locations/{l}/publishers/google/models/{model}`. */
export function modelPath(project: string, location: string, model: string): string {
  return `projects/${checkedSegment(project, 'the project')}/locations/${checkedSegment(location, 'the location')}/publishers/google/models/${checkedSegment(model, 'the model')}`;
}

const OPERATION = /^(projects\/[^/]+\/locations\/[^/]+\/publishers\/google\/models\/[^/]+)\/operations\/[^/]+$/;

/**
 * The model path an operation belongs to (its `fetchPredictOperation` is called there).
 * @throws ProviderError `client` for a name of another shape or with unsafe segments
 */
export function operationModelPath(name: string): string {
  const match = OPERATION.exec(name);
  if (!match || name.split('/').some((s) => !SEGMENT.test(s) || s === '.' || s === '..')) {
    throw new ProviderError('client', `unexpected operation name ${JSON.stringify(name.slice(0, 200))}`);
  }
  return match[1]!;
}

export function predictUrl(base: string, path: string): string {
  return joinUrl(base, `/${path}:predictLongRunning`);
}

export function fetchOperationUrl(base: string, path: string): string {
  return joinUrl(base, `/${path}:fetchPredictOperation`);
}

export interface VertexImage {
  readonly bytesBase64Encoded: string;
  readonly mimeType: string;
}

/** The JSON body of `predictLongRunning` (Vertex AI wire names). */
export interface VertexRequestBody {
  readonly instances: readonly [VeoInstance];
  readonly parameters: Readonly<Record<string, unknown>>;
}

/** A job's params join `parameters` (negativePrompt, seed, personGeneration, storageUri...). */
export const VERTEX_PARAMS: ProviderParams = {
  into: '`parameters`',
  reserved: { aspectRatio: 'size', resolution: 'size', durationSeconds: 'seconds', generateAudio: 'audio' },
  // Vertex AI's Veo reference: `sampleCount`, 1 to 4 videos per request (PROVIDER.md); always sent as 1.
  outputCount: ['sampleCount', 'numberOfVideos'],
};

/**
 * Whether `model` takes `generateAudio`: Google's Veo reference marks it required for Veo 3
 * models and Veo 2 has no sound, so every model but a `veo-2` one gets it. Pure.
 */
export function takesGenerateAudio(model: string): boolean {
  return !/^veo-2\b/.test(model);
}

/** Why a job's params cannot go to Vertex AI beyond the reserved keys, if they cannot. Pure. */
export function vertexParamsProblem(params: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const uri = params?.storageUri;
  if (uri !== undefined && !(typeof uri === 'string' && /^gs:\/\/[^/]+/.test(uri))) return `params "storageUri" must be a Cloud Storage folder such as gs://my-bucket/videos/ (got ${JSON.stringify(uri)})`;
  return undefined;
}

/**
 * Maps a job to the request body: seconds -> durationSeconds, size -> aspectRatio + resolution,
 * audio -> generateAudio (always, true when unset), then the job's `params` as-is into
 * `parameters`, and `sampleCount: 1`. Pure.
 */
export function vertexRequestBody(job: JobSpec, image?: VertexImage, more: VeoMoreImages = {}): VertexRequestBody {
  const parameters: Record<string, unknown> = {};
  if (job.size !== undefined) {
    const mapped = VERTEX_SIZES[job.size];
    // The traits refuse these before anything is sent; this guards direct callers.
    if (!mapped) throw new ProviderError('client', `Veo on Vertex AI cannot make ${job.size}; it accepts ${Object.keys(VERTEX_SIZES).join(', ')}`);
    parameters.aspectRatio = mapped.aspectRatio;
    parameters.resolution = mapped.resolution;
  }
  if (job.seconds !== undefined) parameters.durationSeconds = job.seconds;
  // Required by the reference for Veo 3, so always sent: the job's audio, else sound (the price's default).
  if (takesGenerateAudio(job.model)) parameters.generateAudio = job.audio ?? true;
  // checkJob refuses these when the manifest is read; this guards direct callers.
  const problem = vertexParamsProblem(job.params);
  if (problem !== undefined) throw new ProviderError('client', problem);
  return { instances: [veoInstance(job.prompt, image, more)], parameters: { ...withParams(parameters, job, VERTEX_PARAMS), sampleCount: 1 } };
}

/** The operation name a create answered. */
export function operationName(body: unknown): string {
  const name = asString(asRecord(body)?.name);
  if (!name) throw answerError(body, 'Vertex AI answered without an operation name');
  return name;
}

/** google.rpc.Code names by number, for operation errors that carry only the number. */
const RPC_CODES = [
  'OK', 'CANCELLED', 'UNKNOWN', 'INVALID_ARGUMENT', 'DEADLINE_EXCEEDED', 'NOT_FOUND', 'ALREADY_EXISTS', 'PERMISSION_DENIED',
  'RESOURCE_EXHAUSTED', 'FAILED_PRECONDITION', 'ABORTED', 'OUT_OF_RANGE', 'UNIMPLEMENTED', 'INTERNAL', 'UNAVAILABLE', 'DATA_LOSS', 'UNAUTHENTICATED',
] as const;

/** Where a finished operation's video is: inline bytes (base64) or a Cloud Storage object. */
export type VertexVideo = { readonly kind: 'inline'; readonly base64: string; readonly mimeType?: string } | { readonly kind: 'gcs'; readonly uri: string };

export interface VertexOperation {
  readonly status: RemoteStatus;
  readonly video?: VertexVideo;
}

/**
 * Maps a `fetchPredictOperation` answer. An operation has no status word, so `rawStatus` is
 * `running`, `done` (a video), `error` (the operation's error) or `filtered` (safety filters).
 * A `gs://` result becomes the status's `downloadUrl`; inline bytes stay out of the status (it
 * goes into events and reports) and are handed back beside it.
 */
export function vertexOperation(body: unknown): VertexOperation {
  operationName(body);
  const op = asRecord(body) ?? {};
  const error = asRecord(op.error);
  if (error) {
    const code = asString(error.status) ?? RPC_CODES[asNumber(error.code) ?? 2] ?? `code_${String(error.code)}`;
    return { status: { state: 'failed', rawStatus: 'error', error: { code, message: asString(error.message) ?? 'the operation failed' } } };
  }
  if (op.done !== true) return { status: { state: 'running', rawStatus: 'running' } };
  const response = asRecord(op.response) ?? {};
  const videos: unknown[] = Array.isArray(response.videos) ? response.videos : [];
  const first = asRecord(videos[0]);
  const uri = asString(first?.gcsUri);
  if (uri) return { status: { state: 'completed', rawStatus: 'done', downloadUrl: uri }, video: { kind: 'gcs', uri } };
  const base64 = asString(first?.bytesBase64Encoded);
  if (base64) {
    const mimeType = asString(first?.mimeType);
    return { status: { state: 'completed', rawStatus: 'done' }, video: { kind: 'inline', base64, ...(mimeType ? { mimeType } : {}) } };
  }
  const reasons = (Array.isArray(response.raiMediaFilteredReasons) ? response.raiMediaFilteredReasons : []).filter((r): r is string => typeof r === 'string');
  if (reasons.length > 0 || (asNumber(response.raiMediaFilteredCount) ?? 0) > 0) {
    const message = reasons.length > 0 ? reasons.join(' ') : 'the video was blocked by safety filters';
    return { status: { state: 'failed', rawStatus: 'filtered', error: { code: 'content_filtered', message } } };
  }
  return { status: { state: 'failed', rawStatus: 'done', error: { code: 'no_video', message: 'the operation finished without a video' } } };
}

/**
 * The JSON API URL that serves `gs://bucket/object` (objects.get with `alt=media`).
 * @throws ProviderError `client` for a URI that is not `gs://bucket/object`
 */
export function gcsMediaUrl(gsUri: string, storageBase: string): string {
  const match = /^gs:\/\/([a-z0-9][a-z0-9._-]{1,220}[a-z0-9])\/(.+)$/.exec(gsUri);
  if (!match) throw new ProviderError('client', `the finished operation named a video at ${JSON.stringify(gsUri.slice(0, 200))}, not gs://bucket/object`);
  return joinUrl(storageBase, `/b/${encodeURIComponent(match[1]!)}/o/${encodeURIComponent(match[2]!)}?alt=media`);
}

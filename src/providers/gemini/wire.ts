/**
 * The Gemini API's Interactions shape for video, as pure functions: a job -> the create body, an
 * Interaction -> a neutral status, its `usage` -> a cost. Wire names are the API's (snake_case);
 * see PROVIDER.md for the sources of each.
 */
import type { JobSpec, RemoteState, RemoteStatus } from '../../types.js';
import { answerError, asNumber, asRecord, asString } from '../fetch-json.js';
import type { ProviderParams } from '../module.js';
import { withParams } from '../params.js';
import { ProviderError } from '../types.js';

export type GeminiAspectRatio = '16:9' | '9:16';
export type GeminiResolution = '360p' | '720p' | '1080p' | '4k';

/** Every `size` the Interactions API can express, as `response_format.aspect_ratio` + `resolution`. */
export const GEMINI_SIZES: Readonly<Record<string, { readonly aspectRatio: GeminiAspectRatio; readonly resolution: GeminiResolution }>> = {
  '640x360': { aspectRatio: '16:9', resolution: '360p' },
  '360x640': { aspectRatio: '9:16', resolution: '360p' },
  '1280x720': { aspectRatio: '16:9', resolution: '720p' },
  '720x1280': { aspectRatio: '9:16', resolution: '720p' },
  '1920x1080': { aspectRatio: '16:9', resolution: '1080p' },
  '1080x1920': { aspectRatio: '9:16', resolution: '1080p' },
  '3840x2160': { aspectRatio: '16:9', resolution: '4k' },
  '2160x3840': { aspectRatio: '9:16', resolution: '4k' },
};

/** A content block of `input` (js-genai `Content`): text, or an image inline as base64 or by its Files API uri. */
export type GeminiContent =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'image'; readonly data: string; readonly mime_type: string }
  | { readonly type: 'image'; readonly uri: string; readonly mime_type: string };

/** `response_format` for video (js-genai `VideoResponseFormat`). */
export interface GeminiVideoFormat {
  readonly type: 'video';
  aspect_ratio?: GeminiAspectRatio;
  resolution?: GeminiResolution;
  /** `"<seconds>s"`: the form other clients verified live; Google's reference types it only as a string. */
  duration?: string;
}

/** The JSON body of `POST {base}/interactions`. */
export interface GeminiRequestBody {
  readonly model: string;
  readonly input: string | readonly GeminiContent[];
  readonly response_modalities: readonly ['video'];
  readonly response_format: GeminiVideoFormat;
  readonly background: true;
  readonly [param: string]: unknown;
}

/** A job's params join the body (system_instruction, generation_config, store...), beside what video-batch sets. */
export const GEMINI_PARAMS: ProviderParams = {
  into: 'the JSON body',
  reserved: {
    model: 'model',
    input: 'prompt, first_frame, last_frame and reference_images',
    response_modalities: 'video-batch (always video)',
    response_format: 'size and seconds',
    background: 'video-batch (always true: the interaction is polled)',
  },
};

/** An image as `input` carries it: inline base64, or the uri of a file uploaded to the Files API. */
export type GeminiImage = { readonly base64: string; readonly mimeType: string } | { readonly uri: string; readonly mimeType: string };

/**
 * The most inline image bytes one request may carry: the Gemini API takes inline data up to
 * 20 MB per request (its image-understanding guide); past that the images go through the Files API.
 */
export const GEMINI_INLINE_LIMIT_BYTES = 20 * 1000 * 1000;

/** The Files API's limit per file (its reference: 2 GB per file). */
export const GEMINI_FILE_LIMIT_BYTES = 2 * 1024 * 1024 * 1024;

/** How many bytes `bytes` of image take inline: base64 grows them by a third. */
export function inlineSize(bytes: number): number {
  return Math.ceil(bytes / 3) * 4;
}

/**
 * Which images (by index) go through the Files API so that the rest fit `limit` inline: the
 * largest first, as few as possible. Pure.
 */
export function imagesToUpload(sizes: readonly number[], limit: number): ReadonlySet<number> {
  let inline = sizes.reduce((sum, size) => sum + inlineSize(size), 0);
  const upload = new Set<number>();
  const largestFirst = sizes.map((size, index) => ({ size, index })).sort((a, b) => b.size - a.size);
  for (const { size, index } of largestFirst) {
    if (inline <= limit) break;
    upload.add(index);
    inline -= inlineSize(size);
  }
  return upload;
}

/**
 * The input images Gemini Omni takes (Google Cloud's Gemini Omni guides for first and last
 * frames and for reference images, read 2026-12-07): a first frame, a first and a last frame,
 * or up to 3 reference images. Pure.
 */
export const GEMINI_IMAGE_SLOTS = { first: true, last: true, lastNeedsFirst: true, references: 3, referencesAlone: true } as const;

/** The duration as the API takes it: whole or fractional seconds with an `s`, e.g. `8s`. */
export function geminiDuration(seconds: number): string {
  return `${seconds}s`;
}

/**
 * Maps a job to the create body: prompt (and its input image) -> `input`, size -> aspect ratio +
 * resolution, seconds -> duration, then its params. Pure.
 */
export function geminiRequestBody(job: JobSpec, image?: GeminiImage, more: { readonly last?: GeminiImage; readonly references?: readonly GeminiImage[] } = {}): GeminiRequestBody {
  const format: GeminiVideoFormat = { type: 'video' };
  if (job.size !== undefined) {
    const mapped = GEMINI_SIZES[job.size];
    // The traits refuse these when the manifest is read; this guards direct callers.
    if (!mapped) throw new ProviderError('client', `the Gemini API cannot make ${job.size}; it accepts ${Object.keys(GEMINI_SIZES).join(', ')}`);
    format.aspect_ratio = mapped.aspectRatio;
    format.resolution = mapped.resolution;
  }
  if (job.seconds !== undefined) format.duration = geminiDuration(job.seconds);
  // A prompt alone goes as a string; with an image, as content blocks (the image first, as the clients that verified it send it).
  // The frames in order (first, then last), else the reference images: the model tells the mode from the images it is given.
  const images = [...(image ? [image] : []), ...(more.last ? [more.last] : []), ...(more.references ?? [])];
  const part = (one: GeminiImage): GeminiContent =>
    'uri' in one ? { type: 'image', uri: one.uri, mime_type: one.mimeType } : { type: 'image', data: one.base64, mime_type: one.mimeType };
  const input: GeminiRequestBody['input'] = images.length > 0 ? [...images.map(part), { type: 'text', text: job.prompt }] : job.prompt;
  const body = { model: job.model.replace(/^models\//, ''), input, response_modalities: ['video'] as const, response_format: format, background: true as const };
  return withParams(body, job, GEMINI_PARAMS);
}

/** The interaction id a create answered with. */
export function interactionId(body: unknown): string {
  const id = asString(asRecord(body)?.id);
  // A 200 holding `{"error": ...}` carries the server's reason: surface it, not a missing id.
  if (!id) throw answerError(body, 'the Gemini API answered the create without an interaction id');
  return id;
}

const STATES: Readonly<Record<string, RemoteState>> = {
  queued: 'queued',
  in_progress: 'running',
  completed: 'completed',
  failed: 'failed',
  cancelled: 'failed',
  incomplete: 'failed',
  budget_exceeded: 'failed',
  // video-batch sends no tools: an interaction waiting on a tool answer would never move on.
  requires_action: 'failed',
};

const ENDED_WITHOUT_ERROR: Readonly<Record<string, string>> = {
  failed: 'the interaction failed',
  cancelled: 'the interaction was cancelled',
  incomplete: 'the interaction ended incomplete (the output may have been filtered or cut off)',
  budget_exceeded: 'the interaction ran out of its budget before the video was made',
  requires_action: 'the interaction waits for a tool answer, which a video job never gives',
};

/** The generated video of an interaction: inline base64 `data` or a Files API `uri`. */
export interface GeminiVideo {
  readonly data?: string;
  readonly uri?: string;
  readonly mimeType: string;
}

function videoBlock(value: unknown): GeminiVideo | undefined {
  const block = asRecord(value);
  if (block?.type !== 'video') return undefined;
  const data = asString(block.data);
  const uri = asString(block.uri);
  if (data === undefined && uri === undefined) return undefined;
  return { ...(data === undefined ? {} : { data }), ...(uri === undefined ? {} : { uri }), mimeType: asString(block.mime_type) ?? 'video/mp4' };
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value : [];
}

/**
 * The last video block of the interaction's output: the `model_output` steps' `content` after the
 * last `user_input` step (the reference's `steps[]`), else `output_video` (what the SDKs add),
 * else a top-level `outputs[]` (the API's earlier shape, still sent by some gateways).
 */
export function interactionVideo(interaction: Readonly<Record<string, unknown>>): GeminiVideo | undefined {
  const steps = list(interaction.steps);
  for (let i = steps.length - 1; i >= 0; i--) {
    const step = asRecord(steps[i]);
    if (step?.type === 'user_input') break;
    if (step?.type !== 'model_output') continue;
    const content = list(step.content);
    for (let j = content.length - 1; j >= 0; j--) {
      const video = videoBlock(content[j]);
      if (video) return video;
    }
  }
  const direct = videoBlock(interaction.output_video);
  if (direct) return direct;
  const outputs = list(interaction.outputs);
  for (let j = outputs.length - 1; j >= 0; j--) {
    const video = videoBlock(outputs[j]);
    if (video) return video;
  }
  return undefined;
}

/** The first error an interaction carries: `errors[]`, a `model_output` step's `error`, or `error`. */
function interactionError(interaction: Readonly<Record<string, unknown>>): { code?: string; message?: string } {
  const candidates = [
    ...list(interaction.errors),
    ...list(interaction.steps).map((step) => asRecord(step)?.error),
    interaction.error,
  ];
  for (const candidate of candidates) {
    const error = asRecord(candidate);
    if (!error) continue;
    const code = asString(error.code) ?? asString(error.status) ?? (asNumber(error.code) === undefined ? undefined : `code_${String(error.code)}`);
    const message = asString(error.message);
    if (code !== undefined || message !== undefined) return { ...(code === undefined ? {} : { code }), ...(message === undefined ? {} : { message }) };
  }
  return {};
}

/** Token counts of an interaction's `usage` that are billed at different rates. */
export interface GeminiTokens {
  readonly input: number;
  readonly videoOutput: number;
  /** Text and thought output. */
  readonly otherOutput: number;
}

/**
 * The billed token counts of `usage`: input, video output (`output_tokens_by_modality` for
 * `video`) and the rest of the output (text, thoughts). Undefined when the answer has no usage.
 */
export function interactionTokens(usage: unknown): GeminiTokens | undefined {
  const record = asRecord(usage);
  if (!record) return undefined;
  const byModality = list(record.output_tokens_by_modality).map(asRecord);
  const video = byModality.filter((entry) => entry?.modality === 'video').reduce((sum, entry) => sum + (asNumber(entry?.tokens) ?? 0), 0);
  const totalOutput = asNumber(record.total_output_tokens) ?? video;
  const thoughts = asNumber(record.total_thought_tokens) ?? 0;
  return { input: asNumber(record.total_input_tokens) ?? 0, videoOutput: video, otherOutput: Math.max(0, totalOutput - video) + thoughts };
}

/** USD per million tokens, from the catalog row's `price.usd_per_million_tokens`. */
export interface TokenPrice {
  readonly input: number;
  readonly output_video: number;
  readonly output_text: number;
}

/** What the tokens cost at `price`, in USD (rounded to a millionth of a dollar). Pure. */
export function tokenCostUsd(tokens: GeminiTokens, price: TokenPrice): number {
  const usd = (tokens.input * price.input + tokens.videoOutput * price.output_video + tokens.otherOutput * price.output_text) / 1_000_000;
  return Math.round(usd * 1_000_000) / 1_000_000;
}

/**
 * Maps an interaction to a neutral status, keeping the API's status word. An unknown word counts as
 * running (the poll has a deadline). A completed interaction without a video is a failure
 * (`no_video`), never a success: Google's forum reports completed interactions with no output.
 * `cost` prices the interaction's usage; absent when the catalog has no token price.
 */
export function interactionStatus(body: unknown, cost?: (tokens: GeminiTokens) => number | undefined): RemoteStatus & { readonly video?: GeminiVideo } {
  const interaction = asRecord(body);
  const word = asString(interaction?.status);
  if (!interaction || !word) throw answerError(body, 'the Gemini API answered without an interaction status');
  const state = STATES[word] ?? 'running';
  if (state === 'queued' || state === 'running') return { state, rawStatus: word };
  const tokens = interactionTokens(interaction.usage);
  const usd = tokens && cost ? cost(tokens) : undefined;
  const spent = usd === undefined ? {} : { actualCostUsd: usd };
  if (state === 'failed') {
    const error = interactionError(interaction);
    return { state, rawStatus: word, error: { code: error.code ?? word, message: error.message ?? ENDED_WITHOUT_ERROR[word] ?? 'the interaction failed' }, ...spent };
  }
  const video = interactionVideo(interaction);
  if (!video) {
    const error = interactionError(interaction);
    return { state: 'failed', rawStatus: word, error: { code: 'no_video', message: error.message ?? 'the interaction completed without a video (the output may have been filtered)' }, ...spent };
  }
  return { state: 'completed', rawStatus: word, video, ...spent };
}

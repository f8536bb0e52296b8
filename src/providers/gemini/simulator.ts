/**
 * The Gemini API's Interactions shape for video over the shared video state, under `/gemini/v1beta`:
 * `POST /interactions` (background) answers `{id, status: "in_progress"}`, `GET /interactions/{id}`
 * reports the interaction with its `steps[]`, `usage` and, once completed, a `model_output` video:
 * inline base64 up to 4 MB, else a Files API `uri` (`GET /files/{id}` says ACTIVE, `:download`
 * serves it). Input images come inline or as the `uri` of a file uploaded first through the Files
 * API's resumable upload (`POST /gemini/upload/v1beta/files`: start, then `upload, finalize` to the
 * session URL it hands out). Errors use Google's `{error: {code, message, status}}`.
 */
import { nestedText, videoFileReply } from '../../simulator/files.js';
import { jsonReply, type Reply, type RequestBody } from '../../simulator/http.js';
import { catalogRow } from '../simulator-models.js';
import type { VideoJob } from '../../simulator/videos.js';
import { inlineImage } from '../../simulator/input-images.js';
import type { InputImageRecord } from '../../simulator/stats.js';
import { acceptVideo, peekVideo, showVideo, type RouteContext, type RouteDefinition, type SimulatorWorld } from '../../simulator/world.js';

const SIZES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  '16:9': { '360p': '640x360', '720p': '1280x720', '1080p': '1920x1080', '4k': '3840x2160' },
  '9:16': { '360p': '360x640', '720p': '720x1280', '1080p': '1080x1920', '4k': '2160x3840' },
};
/** Clients' live checks: 10 s when no duration is given. */
const DEFAULT_SECONDS = 10;
/** Above this the video is handed out as a Files API URI instead of inline (a guide's figure, not Google's). */
const INLINE_LIMIT_BYTES = 4 * 1024 * 1024;
/** Video output tokens per second of 720p video, as Google's price notes give them. */
const VIDEO_TOKENS_PER_SECOND = 5792;
/** Other resolutions scaled as the per-second prices scale (an assumption of this simulator, not Google's figure). */
const TOKEN_SCALE: Readonly<Record<string, number>> = { '360p': 1 / 3, '720p': 1, '1080p': 1.5, '4k': 3 };
const TOKENS_PER_IMAGE = 2040;

/** The create's fields (js-genai `CreateModelInteraction`); anything else is refused as Google does. */
const CREATE_FIELDS = [
  'model', 'input', 'background', 'response_modalities', 'response_format', 'response_mime_type', 'generation_config', 'system_instruction',
  'safety_settings', 'store', 'stream', 'tools', 'labels', 'previous_interaction_id', 'service_tier', 'webhook_config', 'environment',
];
const FORMAT_FIELDS = ['type', 'aspect_ratio', 'resolution', 'duration', 'delivery', 'gcs_uri'];

function googleError(status: number, code: string, message: string): Reply {
  return jsonReply(status, { error: { code: status, message, status: code } });
}

function record(value: unknown): Readonly<Record<string, unknown>> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

/** The content blocks of `input`: a string is one text block; a list of steps is flattened. */
function contentOf(input: unknown): Readonly<Record<string, unknown>>[] {
  if (typeof input === 'string') return [{ type: 'text', text: input }];
  const items = Array.isArray(input) ? input : [input];
  return items.flatMap((item) => {
    const block = record(item);
    if (block?.type === 'user_input') return (Array.isArray(block.content) ? block.content : []).map(record).filter((b) => b !== undefined);
    return block ? [block] : [];
  });
}

function promptOf(body: RequestBody): string | undefined {
  return nestedText(body, (json) => contentOf(json.input).find((block) => block.type === 'text')?.text);
}

function interaction(job: VideoJob, status: string, extra: Readonly<Record<string, unknown>> = {}): Readonly<Record<string, unknown>> {
  return { id: job.id, object: 'interaction', model: job.model, status, created: new Date(job.createdAtMs).toISOString(), ...extra };
}

/** An upload session (started, bytes not yet received) or a finished uploaded file. */
interface Upload {
  readonly length: number;
  readonly mimeType: string;
  bytes?: Buffer;
}

/** The uploads of one simulator: sessions by upload id; a finished one's uri names it. */
type Uploads = Map<string, Upload>;

function header(context: RouteContext, name: string): string | undefined {
  const value = context.headers?.[name];
  return Array.isArray(value) ? value.join(', ') : value;
}

/**
 * The Files API's resumable upload: `start` (sizes and type in `X-Goog-Upload-Header-*`, a JSON
 * `{file: {display_name}}`) answers the session URL in `X-Goog-Upload-URL`; the bytes posted there
 * with `upload, finalize` at offset 0 answer `{file: {name, uri, mimeType, state}}`.
 */
function upload(uploads: Uploads, origin: () => string, context: RouteContext): Reply {
  const command = header(context, 'x-goog-upload-command');
  const session = context.query.get('upload_id');
  if (session === null) {
    if (header(context, 'x-goog-upload-protocol') !== 'resumable' || command !== 'start') {
      return googleError(400, 'INVALID_ARGUMENT', 'Start an upload with X-Goog-Upload-Protocol: resumable and X-Goog-Upload-Command: start.');
    }
    const length = Number(header(context, 'x-goog-upload-header-content-length'));
    const mimeType = header(context, 'x-goog-upload-header-content-type');
    if (!Number.isSafeInteger(length) || length <= 0 || !mimeType) {
      return googleError(400, 'INVALID_ARGUMENT', 'X-Goog-Upload-Header-Content-Length and X-Goog-Upload-Header-Content-Type are required.');
    }
    if (typeof record(context.body.json?.file)?.display_name !== 'string') return googleError(400, 'INVALID_ARGUMENT', 'The body must be {file: {display_name}}.');
    const id = `upload-${uploads.size + 1}`;
    uploads.set(id, { length, mimeType });
    const url = `${origin()}/gemini/upload/v1beta/files?upload_id=${id}&upload_protocol=resumable`;
    return { status: 200, headers: { 'x-goog-upload-url': url, 'x-goog-upload-status': 'active' }, body: new Uint8Array() };
  }
  const started = uploads.get(session);
  if (!started || started.bytes !== undefined) return googleError(404, 'NOT_FOUND', `No upload session ${session}.`);
  if (command !== 'upload, finalize' || header(context, 'x-goog-upload-offset') !== '0') {
    return googleError(400, 'INVALID_ARGUMENT', 'Send the bytes with X-Goog-Upload-Command: upload, finalize and X-Goog-Upload-Offset: 0.');
  }
  const bytes = context.bytes ?? Buffer.alloc(0);
  if (bytes.length !== started.length) return googleError(400, 'INVALID_ARGUMENT', `The upload declared ${started.length} bytes but sent ${bytes.length}.`);
  started.bytes = bytes;
  const name = `files/${session}`;
  return jsonReply(200, { file: { name, mimeType: started.mimeType, sizeBytes: String(bytes.length), uri: `${origin()}/gemini/v1beta/${name}`, state: 'ACTIVE' } });
}

/** The bytes of an uploaded file by the uri this simulator issued, base64 (as an inline image would carry them). */
function uploadedBase64(uploads: Uploads, origin: () => string, uri: unknown): string | undefined {
  const prefix = `${origin()}/gemini/v1beta/files/`;
  if (typeof uri !== 'string' || !uri.startsWith(prefix)) return undefined;
  return uploads.get(uri.slice(prefix.length))?.bytes?.toString('base64');
}

function create(world: SimulatorWorld, uploads: Uploads, origin: () => string, context: RouteContext): Reply {
  const { json, error } = context.body;
  if (error !== undefined || !json) return googleError(400, 'INVALID_ARGUMENT', error ?? 'Invalid JSON payload received.');
  const extra = Object.keys(json).find((name) => !CREATE_FIELDS.includes(name));
  if (extra !== undefined) return googleError(400, 'INVALID_ARGUMENT', `Invalid JSON payload received. Unknown name "${extra}": Cannot find field.`);
  const model = typeof json.model === 'string' ? json.model : '';
  if (!world.isModelAllowed('gemini', model)) return googleError(404, 'NOT_FOUND', `models/${model} is not found for API version v1beta, or is not supported for interactions.`);
  const blocks = contentOf(json.input);
  const prompt = blocks.find((block) => block.type === 'text')?.text;
  if (typeof prompt !== 'string' || prompt.trim() === '') return googleError(400, 'INVALID_ARGUMENT', 'input must hold a text prompt.');
  const modalities = json.response_modalities;
  if (!Array.isArray(modalities) || !modalities.includes('video')) return googleError(400, 'INVALID_ARGUMENT', 'This model only generates video: set response_modalities to ["video"].');
  const format = record(json.response_format) ?? {};
  const unknownFormat = Object.keys(format).find((name) => !FORMAT_FIELDS.includes(name));
  if (unknownFormat !== undefined) return googleError(400, 'INVALID_ARGUMENT', `Unknown name "${unknownFormat}" at 'response_format': Cannot find field.`);
  if (json.response_format !== undefined && format.type !== 'video') return googleError(400, 'INVALID_ARGUMENT', 'response_format.type must be "video".');
  const aspectRatio = String(format.aspect_ratio ?? '16:9');
  const resolution = String(format.resolution ?? '720p');
  if (!SIZES[aspectRatio]) return googleError(400, 'INVALID_ARGUMENT', `Unsupported aspect_ratio: ${aspectRatio}. Supported: 16:9, 9:16.`);
  const size = SIZES[aspectRatio]?.[resolution];
  if (!size) return googleError(400, 'INVALID_ARGUMENT', `Unsupported resolution: ${resolution}. Supported: 360p, 720p, 1080p, 4k.`);
  const duration = format.duration === undefined ? `${DEFAULT_SECONDS}s` : String(format.duration);
  const seconds = /^(\d+(?:\.\d+)?)s$/.exec(duration)?.[1];
  if (seconds === undefined) return googleError(400, 'INVALID_ARGUMENT', `Invalid duration "${duration}": give seconds with an "s", e.g. "8s".`);
  const row = catalogRow('gemini', model);
  const allowed = row?.seconds ?? [];
  const [min, max] = [Math.min(...allowed), Math.max(...allowed)];
  if (allowed.length > 0 && (Number(seconds) < min || Number(seconds) > max)) {
    return googleError(400, 'INVALID_ARGUMENT', `duration must be between ${min}s and ${max}s for ${model} (got ${duration}).`);
  }
  if (row?.sizes && !row.sizes.includes(size)) return googleError(400, 'INVALID_ARGUMENT', `${model} does not support ${resolution} at ${aspectRatio}.`);
  const images = blocks.filter((block) => block.type === 'image');
  if (images.some((image) => (typeof image.data !== 'string' && typeof image.uri !== 'string') || typeof image.mime_type !== 'string')) {
    return googleError(400, 'INVALID_ARGUMENT', 'an image content block needs data (base64) or uri, and mime_type.');
  }
  // A uri must name a file uploaded here; its bytes are then checked as inline bytes are.
  const dataOf = (image: Readonly<Record<string, unknown>>): string | undefined => (typeof image.data === 'string' ? image.data : uploadedBase64(uploads, origin, image.uri));
  const unknownUri = images.find((image) => dataOf(image) === undefined);
  if (unknownUri) return googleError(400, 'INVALID_ARGUMENT', `File ${String(unknownUri.uri)} does not exist or was not uploaded.`);
  const imageBytes = images.reduce((sum, image) => sum + Buffer.from(dataOf(image) ?? '', 'base64').length, 0);
  const records: InputImageRecord[] = [];
  for (const [index, block] of blocks.entries()) {
    if (block.type !== 'image') continue;
    const decoded = inlineImage(`input[${index}] image`, dataOf(block), { bare: true, mimeType: block.mime_type });
    if (typeof decoded === 'string') return googleError(400, 'INVALID_ARGUMENT', decoded);
    records.push(decoded);
  }
  if (records.length > 3) return googleError(400, 'INVALID_ARGUMENT', 'input may hold at most 3 images.');
  const mapped = ['model', 'input', 'background', 'response_modalities', 'response_format'];
  const extraFields = Object.fromEntries(Object.entries(json).filter(([name]) => !mapped.includes(name)));
  const job = acceptVideo(
    world,
    { prompt, model, seconds: String(Math.ceil(Number(seconds))), size, createdAtMs: context.now, ...(images.length > 0 ? { inputReferenceBytes: imageBytes } : {}) },
    extraFields,
    records,
  );
  return jsonReply(200, interaction(job, 'in_progress'));
}

function usage(job: VideoJob, prompt: string, images: number): Readonly<Record<string, unknown>> {
  const input = Math.ceil(prompt.length / 4) + images * TOKENS_PER_IMAGE;
  const short = Math.min(...job.size.split('x').map(Number));
  const resolution = short >= 2160 ? '4k' : `${short}p`;
  const video = Math.round(VIDEO_TOKENS_PER_SECOND * (TOKEN_SCALE[resolution] ?? 1) * Number(job.seconds));
  return {
    total_input_tokens: input,
    total_output_tokens: video,
    output_tokens_by_modality: [{ modality: 'video', tokens: video }],
    total_tokens: input + video,
  };
}

function retrieve(world: SimulatorWorld, origin: () => string, context: RouteContext): Reply {
  const job = world.store.get(context.params.id ?? '');
  if (!job) return googleError(404, 'NOT_FOUND', `Interaction ${context.params.id ?? ''} not found.`);
  const state = showVideo(world, job, context.now);
  if (state.status === 'queued' || state.status === 'in_progress') return jsonReply(200, interaction(job, 'in_progress'));
  const spent = { usage: usage(job, job.prompt, job.inputReferenceBytes === undefined ? 0 : 1) };
  const input = { type: 'user_input', content: [{ type: 'text', text: job.prompt }] };
  if (state.error) {
    const error = { code: state.error.code, message: state.error.message };
    return jsonReply(200, interaction(job, 'failed', { ...spent, errors: [error], steps: [input] }));
  }
  const file = world.assets.mp4({ id: job.id, seconds: Number(job.seconds), size: job.size });
  const total = file.prefix.length + file.paddingBytes;
  const video =
    total <= INLINE_LIMIT_BYTES
      ? { type: 'video', mime_type: 'video/mp4', data: Buffer.concat([file.prefix, Buffer.alloc(file.paddingBytes)]).toString('base64') }
      : { type: 'video', mime_type: 'video/mp4', uri: `${origin()}/gemini/v1beta/files/${job.id}` };
  return jsonReply(200, interaction(job, 'completed', { ...spent, steps: [input, { type: 'model_output', content: [video] }] }));
}

function fileRoute(world: SimulatorWorld, origin: () => string, context: RouteContext): Reply {
  const raw = context.params.id ?? '';
  const download = raw.endsWith(':download');
  const id = download ? raw.slice(0, -':download'.length) : raw;
  const job = world.store.get(id);
  if (!job) return googleError(404, 'NOT_FOUND', `File files/${id} not found.`);
  if (download) {
    return videoFileReply(world, job, context.now, (why) =>
      googleError(why === 'expired' ? 404 : 400, why === 'expired' ? 'NOT_FOUND' : 'FAILED_PRECONDITION', `File files/${id} is ${why.replace('_', ' ')}.`),
    );
  }
  const state = peekVideo(world, job, context.now);
  const fileState = state.status === 'completed' ? 'ACTIVE' : state.status === 'failed' ? 'FAILED' : 'PROCESSING';
  return jsonReply(200, { name: `files/${id}`, mimeType: 'video/mp4', state: fileState, uri: `${origin()}/gemini/v1beta/files/${id}` });
}

/** The Interactions routes under `/gemini/v1beta`; `origin` is read per request for the URIs handed out. */
export function geminiRoutes(world: SimulatorWorld, origin: () => string): RouteDefinition[] {
  const uploads: Uploads = new Map();
  return [
    { name: 'create', method: 'POST', pattern: '/gemini/v1beta/interactions', handle: (context) => create(world, uploads, origin, context), promptOf },
    // Both steps of the Files API's resumable upload: the session URL is this path with an upload_id.
    { name: 'other', method: 'POST', pattern: '/gemini/upload/v1beta/files', handle: (context) => upload(uploads, origin, context) },
    // The models list: what a client reads to check its key (the preflight); no models listed.
    { name: 'list', method: 'GET', pattern: '/gemini/v1beta/models', handle: () => jsonReply(200, { models: [] }) },
    { name: 'retrieve', method: 'GET', pattern: '/gemini/v1beta/interactions/:id', handle: (context) => retrieve(world, origin, context) },
    { name: 'content', method: 'GET', pattern: '/gemini/v1beta/files/:id', handle: (context) => fileRoute(world, origin, context) },
  ];
}

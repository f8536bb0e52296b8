/**
 * The Gemini API's Veo shape over the shared video state: `POST /v1beta/models/{model}:predictLongRunning`
 * answers an operation name, `GET /v1beta/{name}` reports `done` and the video URI, and
 * `GET /v1beta/files/{id}:download?alt=media` serves it. Errors use Google's `{error: {code, message, status}}`.
 */
import { jsonReply, type Reply, type RequestBody } from '../../simulator/http.js';
import { nestedText, videoFileReply } from '../../simulator/files.js';
import { catalogRow } from '../simulator-models.js';
import { acceptVideo, showVideo, type RouteContext, type RouteDefinition, type SimulatorWorld } from '../../simulator/world.js';
import type { VideoJob } from '../../simulator/videos.js';
import { inlineImage } from '../../simulator/input-images.js';
import type { InputImageRecord } from '../../simulator/stats.js';

/**
 * The input images of a Veo instance as Google's reference shapes them (`image`, `lastFrame`,
 * `referenceImages[]` of `{image, referenceType}`), each decoded and checked to be an image; or
 * why the request is refused. Shared with the Vertex AI routes (same instance shape).
 */
export function veoInstanceImages(instance: Readonly<Record<string, unknown>> | undefined): InputImageRecord[] | string {
  const records: InputImageRecord[] = [];
  const one = (field: string, value: unknown): string | undefined => {
    const image = record(value);
    if (!image || typeof image.mimeType !== 'string') return `${field} needs bytesBase64Encoded and mimeType.`;
    if (typeof image.gcsUri === 'string' && image.bytesBase64Encoded === undefined) return undefined; // Vertex AI: a Cloud Storage object
    const decoded = inlineImage(field, image.bytesBase64Encoded, { bare: true, mimeType: image.mimeType });
    if (typeof decoded === 'string') return decoded;
    records.push(decoded);
    return undefined;
  };
  if (instance?.image !== undefined) {
    const problem = one('instances[0].image', instance.image);
    if (problem) return problem;
  }
  if (instance?.lastFrame !== undefined) {
    if (instance.image === undefined) return 'instances[0].lastFrame needs instances[0].image (the first frame).';
    const problem = one('instances[0].lastFrame', instance.lastFrame);
    if (problem) return problem;
  }
  if (instance?.referenceImages !== undefined) {
    const references = instance.referenceImages;
    if (!Array.isArray(references) || references.length === 0 || references.length > 3) return 'instances[0].referenceImages must list 1 to 3 images.';
    if (instance.image !== undefined || instance.lastFrame !== undefined) return 'referenceImages cannot be used with image or lastFrame.';
    for (const [index, reference] of references.entries()) {
      const entry = record(reference);
      if (entry?.referenceType !== 'asset' && entry?.referenceType !== 'style') return `instances[0].referenceImages[${index}].referenceType must be asset or style.`;
      const problem = one(`instances[0].referenceImages[${index}].image`, entry.image);
      if (problem) return problem;
    }
  }
  return records;
}

const SIZES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  '16:9': { '720p': '1280x720', '1080p': '1920x1080', '4k': '3840x2160' },
  '9:16': { '720p': '720x1280', '1080p': '1080x1920', '4k': '2160x3840' },
};
const DURATIONS = ['4', '6', '8'];
const RESPONSE_TYPE = 'type.googleapis.com/google.ai.generativelanguage.v1beta.PredictLongRunningResponse';

/** Field names the Gemini API reads for Veo (its REST reference and googleapis/js-genai's converters). */
const TOP_LEVEL = ['instances', 'parameters'];
const INSTANCE_FIELDS = ['prompt', 'image', 'lastFrame', 'video', 'referenceImages', 'mask'];
const PARAMETERS = [
  'aspectRatio', 'resolution', 'durationSeconds', 'negativePrompt', 'personGeneration', 'seed', 'sampleCount',
  'storageUri', 'fps', 'pubsubTopic', 'enhancePrompt', 'generateAudio', 'compressionQuality',
];

/** Google's 400 for a JSON name its schema lacks, e.g. `Unknown name "config": Cannot find field.` */
function unknownName(object: Readonly<Record<string, unknown>> | undefined, known: readonly string[], at: string): Reply | undefined {
  const extra = Object.keys(object ?? {}).find((name) => !known.includes(name));
  if (extra === undefined) return undefined;
  return googleError(400, 'INVALID_ARGUMENT', `Invalid JSON payload received. Unknown name "${extra}"${at ? ` at '${at}'` : ''}: Cannot find field.`);
}

function googleError(status: number, code: string, message: string): Reply {
  return jsonReply(status, { error: { code: status, message, status: code } });
}

function record(value: unknown): Readonly<Record<string, unknown>> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function firstInstance(json: Readonly<Record<string, unknown>> | undefined): Readonly<Record<string, unknown>> | undefined {
  const instances = json?.instances;
  return Array.isArray(instances) ? record(instances[0]) : undefined;
}

function promptOf(body: RequestBody): string | undefined {
  return nestedText(body, (json) => firstInstance(json)?.prompt);
}

function operationName(job: VideoJob): string {
  return `models/${job.model}/operations/${job.id}`;
}

function predict(world: SimulatorWorld, context: RouteContext): Reply {
  const model = /^(.+):predictLongRunning$/.exec(context.params.action ?? '')?.[1];
  if (model === undefined) return googleError(404, 'NOT_FOUND', `Method not found: ${context.path}`);
  const { json, error } = context.body;
  if (error !== undefined || !json) return googleError(400, 'INVALID_ARGUMENT', error ?? 'Invalid JSON payload received.');
  if (!world.isModelAllowed('veo', model)) {
    return googleError(404, 'NOT_FOUND', `models/${model} is not found for API version v1beta, or is not supported for predictLongRunning.`);
  }
  const unknown = unknownName(json, TOP_LEVEL, '') ?? unknownName(firstInstance(json), INSTANCE_FIELDS, 'instances[0]') ?? unknownName(record(json.parameters), PARAMETERS, 'parameters');
  if (unknown) return unknown;
  const instance = firstInstance(json);
  const prompt = instance?.prompt;
  if (typeof prompt !== 'string' || prompt.trim() === '') return googleError(400, 'INVALID_ARGUMENT', 'instances[0].prompt is required.');
  const parameters = record(json.parameters) ?? {};
  const aspectRatio = String(parameters.aspectRatio ?? '16:9');
  const resolution = String(parameters.resolution ?? '720p');
  const seconds = String(parameters.durationSeconds ?? '8');
  const size = SIZES[aspectRatio]?.[resolution];
  if (!SIZES[aspectRatio]) return googleError(400, 'INVALID_ARGUMENT', `Unsupported aspect ratio: ${aspectRatio}. Supported: 16:9, 9:16.`);
  if (!size) return googleError(400, 'INVALID_ARGUMENT', `Unsupported resolution: ${resolution}. Supported: 720p, 1080p, 4k.`);
  if (!DURATIONS.includes(seconds)) return googleError(400, 'INVALID_ARGUMENT', `durationSeconds must be one of 4, 6, 8 (got ${seconds}).`);
  if (resolution !== '720p' && seconds !== '8') return googleError(400, 'INVALID_ARGUMENT', `${resolution} videos must be 8 seconds long.`);
  const row = catalogRow('veo', model);
  if (row?.sizes && !row.sizes.includes(size)) return googleError(400, 'INVALID_ARGUMENT', `${model} does not support ${resolution} at ${aspectRatio}.`);
  if (row?.seconds && !row.seconds.map(String).includes(seconds)) return googleError(400, 'INVALID_ARGUMENT', `${model} does not support durationSeconds ${seconds}.`);
  const image = record(instance?.image);
  const base64 = image?.bytesBase64Encoded;
  const images = veoInstanceImages(instance);
  if (typeof images === 'string') return googleError(400, 'INVALID_ARGUMENT', images);
  const mapped = ['aspectRatio', 'resolution', 'durationSeconds'];
  const extraFields = Object.fromEntries(Object.entries(parameters).filter(([name]) => !mapped.includes(name)));
  const job = acceptVideo(
    world,
    { prompt, model, seconds, size, createdAtMs: context.now, ...(typeof base64 === 'string' ? { inputReferenceBytes: Buffer.from(base64, 'base64').length } : {}) },
    extraFields,
    images,
  );
  return jsonReply(200, { name: operationName(job) });
}

function operation(world: SimulatorWorld, origin: () => string, context: RouteContext): Reply {
  const id = context.params.id ?? '';
  const job = world.store.get(id);
  if (!job || job.model !== context.params.model) return googleError(404, 'NOT_FOUND', `Operation ${context.path.slice('/v1beta/'.length)} not found.`);
  const state = showVideo(world, job, context.now);
  const name = operationName(job);
  if (state.status === 'queued' || state.status === 'in_progress') return jsonReply(200, { name });
  if (state.error?.code === 'moderation_blocked') {
    // Safety filters end the operation without an error: the response just holds no samples.
    const response = { '@type': RESPONSE_TYPE, generateVideoResponse: { raiMediaFilteredCount: 1, raiMediaFilteredReasons: [state.error.message] } };
    return jsonReply(200, { name, done: true, response });
  }
  if (state.error) return jsonReply(200, { name, done: true, error: { code: 13, message: state.error.message } });
  const uri = `${origin()}/v1beta/files/${job.id}:download?alt=media`;
  return jsonReply(200, { name, done: true, response: { '@type': RESPONSE_TYPE, generateVideoResponse: { generatedSamples: [{ video: { uri } }] } } });
}

function download(world: SimulatorWorld, context: RouteContext): Reply {
  const id = /^(.+):download$/.exec(context.params.id ?? '')?.[1] ?? '';
  const job = world.store.get(id);
  if (!job) return googleError(404, 'NOT_FOUND', `File files/${id} not found.`);
  return videoFileReply(world, job, context.now, (why) =>
    googleError(why === 'expired' ? 404 : 400, why === 'expired' ? 'NOT_FOUND' : 'FAILED_PRECONDITION', `File files/${id} is ${why.replace('_', ' ')}.`),
  );
}

/** The Veo routes under `/v1beta`; `origin` is read per request for the URIs handed out. */
export function veoRoutes(world: SimulatorWorld, origin: () => string): RouteDefinition[] {
  return [
    { name: 'create', method: 'POST', pattern: '/v1beta/models/:action', handle: (context) => predict(world, context), promptOf },
    // The models list: what a client reads to check its key (the preflight); no models listed.
    { name: 'list', method: 'GET', pattern: '/v1beta/models', handle: () => jsonReply(200, { models: [] }) },
    { name: 'retrieve', method: 'GET', pattern: '/v1beta/models/:model/operations/:id', handle: (context) => operation(world, origin, context) },
    { name: 'content', method: 'GET', pattern: '/v1beta/files/:id', handle: (context) => download(world, context) },
  ];
}

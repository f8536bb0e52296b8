/**
 * Vertex AI's Veo shape in the simulator, over the shared video state: `predictLongRunning`
 * answers an operation name, `fetchPredictOperation` reports `done` with the video inline
 * (base64) or, when the request set `parameters.storageUri`, as a `gs://` object that the
 * Cloud Storage route serves. Errors use Google's `{error: {code, message, status}}`.
 */
import { jsonReply, type Reply, type RequestBody } from '../../simulator/http.js';
import { nestedText, videoFileReply } from '../../simulator/files.js';
import { catalogRow } from '../simulator-models.js';
import { acceptVideo, showVideo, type RouteContext, type RouteDefinition, type SimulatorWorld } from '../../simulator/world.js';
import type { ProviderName } from '../../types.js';
import { takesGenerateAudio } from './wire.js';
import { veoInstanceImages } from '../veo/simulator.js';

/** The path of the simulated Vertex AI base URL (version included) and of its Cloud Storage. */
export const VERTEX_SIM_BASE_PATH = '/vertex/v1';
export const VERTEX_SIM_STORAGE_PATH = '/vertex/storage/v1';
/** A token-exchange endpoint (Google's STS shape) for `external_account` credentials files: see PROVIDER.md. */
export const VERTEX_SIM_TOKEN_PATH = '/vertex/oauth2/token';
/** The access token the simulator's token endpoint hands out (a simulator with `apiKey` accepts only that key). */
export const VERTEX_SIM_ACCESS_TOKEN = 'simulated-access-token';

const VERTEX = 'vertex' as ProviderName;
const MODEL_ROOT = `${VERTEX_SIM_BASE_PATH}/projects/:project/locations/:location/publishers/google/models`;
const RESPONSE_TYPE = 'type.googleapis.com/cloud.ai.large_models.vision.GenerateVideoResponse';
const SIZES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  '16:9': { '720p': '1280x720', '1080p': '1920x1080', '4k': '3840x2160' },
  '9:16': { '720p': '720x1280', '1080p': '1080x1920', '4k': '2160x3840' },
};
const DURATIONS = ['4', '6', '8'];
/** `parameters` the simulator maps to a video; the rest are recorded as they arrived. */
const MAPPED = ['aspectRatio', 'resolution', 'durationSeconds'];
/** Field names of Vertex AI's Veo reference (see PROVIDER.md). */
const TOP_LEVEL = ['instances', 'parameters'];
const INSTANCE_FIELDS = ['prompt', 'image', 'lastFrame', 'video', 'mask', 'referenceImages'];
const PARAMETERS = [
  'aspectRatio', 'compressionQuality', 'durationSeconds', 'enhancePrompt', 'generateAudio', 'negativePrompt', 'personGeneration',
  'resizeMode', 'resolution', 'sampleCount', 'seed', 'storageUri',
];

function googleError(status: number, code: string, message: string): Reply {
  return jsonReply(status, { error: { code: status, message, status: code } });
}

function record(value: unknown): Readonly<Record<string, unknown>> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function unknownName(object: Readonly<Record<string, unknown>> | undefined, known: readonly string[], at: string): Reply | undefined {
  const extra = Object.keys(object ?? {}).find((name) => !known.includes(name));
  if (extra === undefined) return undefined;
  return googleError(400, 'INVALID_ARGUMENT', `Invalid JSON payload received. Unknown name "${extra}"${at ? ` at '${at}'` : ''}: Cannot find field.`);
}

function firstInstance(json: Readonly<Record<string, unknown>> | undefined): Readonly<Record<string, unknown>> | undefined {
  const instances = json?.instances;
  return Array.isArray(instances) ? record(instances[0]) : undefined;
}

function promptOf(body: RequestBody): string | undefined {
  return nestedText(body, (json) => firstInstance(json)?.prompt);
}

function operationName(context: RouteContext, id: string): string {
  const { project, location, model } = context.params;
  return `projects/${project}/locations/${location}/publishers/google/models/${model}/operations/${id}`;
}

/** Per simulator: where each video asked to be written (`parameters.storageUri`). */
type StorageUris = Map<string, string>;

function predict(world: SimulatorWorld, storage: StorageUris, context: RouteContext): Reply {
  const model = context.params.model ?? '';
  const { json, error } = context.body;
  if (error !== undefined || !json) return googleError(400, 'INVALID_ARGUMENT', error ?? 'Invalid JSON payload received.');
  if (!world.isModelAllowed(VERTEX, model)) {
    return googleError(404, 'NOT_FOUND', `Publisher Model \`projects/${context.params.project}/locations/${context.params.location}/publishers/google/models/${model}\` was not found or your project does not have access to it.`);
  }
  const parameters = record(json.parameters) ?? {};
  const unknown = unknownName(json, TOP_LEVEL, '') ?? unknownName(firstInstance(json), INSTANCE_FIELDS, 'instances[0]') ?? unknownName(parameters, PARAMETERS, 'parameters');
  if (unknown) return unknown;
  const instance = firstInstance(json);
  const prompt = instance?.prompt;
  if (typeof prompt !== 'string' || prompt.trim() === '') return googleError(400, 'INVALID_ARGUMENT', 'instances[0].prompt is required.');
  // The reference marks generateAudio required for Veo 3 models: a body without it is refused.
  if (takesGenerateAudio(model) && typeof parameters.generateAudio !== 'boolean') {
    return googleError(400, 'INVALID_ARGUMENT', `parameters.generateAudio is required for ${model} (true or false).`);
  }
  const aspectRatio = String(parameters.aspectRatio ?? '16:9');
  const resolution = String(parameters.resolution ?? '720p');
  const seconds = String(parameters.durationSeconds ?? '8');
  const size = SIZES[aspectRatio]?.[resolution];
  if (!SIZES[aspectRatio]) return googleError(400, 'INVALID_ARGUMENT', `Unsupported aspect ratio: ${aspectRatio}. Supported: 16:9, 9:16.`);
  if (!size) return googleError(400, 'INVALID_ARGUMENT', `Unsupported resolution: ${resolution}. Supported: 720p, 1080p, 4k.`);
  if (!DURATIONS.includes(seconds)) return googleError(400, 'INVALID_ARGUMENT', `durationSeconds must be one of 4, 6, 8 (got ${seconds}).`);
  const row = catalogRow(VERTEX, model);
  if (row?.sizes && !row.sizes.includes(size)) return googleError(400, 'INVALID_ARGUMENT', `${model} does not support ${resolution} at ${aspectRatio}.`);
  if (row?.secondsBySize?.[size] && !row.secondsBySize[size]!.map(String).includes(seconds)) {
    return googleError(400, 'INVALID_ARGUMENT', `${resolution} videos must be ${row.secondsBySize[size]!.join(' or ')} seconds long.`);
  }
  const storageUri = parameters.storageUri;
  if (storageUri !== undefined && (typeof storageUri !== 'string' || !/^gs:\/\/[a-z0-9][a-z0-9._-]+[a-z0-9](\/.*)?$/.test(storageUri))) {
    return googleError(400, 'INVALID_ARGUMENT', `storageUri must be a Cloud Storage URI such as gs://bucket/folder/ (got ${JSON.stringify(storageUri)}).`);
  }
  const image = record(instance?.image);
  const base64 = image?.bytesBase64Encoded;
  const images = veoInstanceImages(instance);
  if (typeof images === 'string') return googleError(400, 'INVALID_ARGUMENT', images);
  const job = acceptVideo(world, {
    prompt,
    model,
    seconds,
    size,
    createdAtMs: context.now,
    ...(typeof base64 === 'string' ? { inputReferenceBytes: Buffer.from(base64, 'base64').length } : {}),
  }, Object.fromEntries(Object.entries(parameters).filter(([name]) => !MAPPED.includes(name))), images);
  if (typeof storageUri === 'string') storage.set(job.id, storageUri.replace(/\/+$/, ''));
  return jsonReply(200, { name: operationName(context, job.id) });
}

function fetchOperation(world: SimulatorWorld, storage: StorageUris, context: RouteContext): Reply {
  const name = context.body.json?.operationName;
  if (typeof name !== 'string') return googleError(400, 'INVALID_ARGUMENT', 'operationName is required.');
  const id = /\/operations\/([^/]+)$/.exec(name)?.[1] ?? '';
  const job = world.store.get(id);
  if (!job || name !== operationName(context, id) || job.model !== context.params.model) return googleError(404, 'NOT_FOUND', `Operation ${name} not found.`);
  const state = showVideo(world, job, context.now);
  if (state.status === 'queued' || state.status === 'in_progress') return jsonReply(200, { name });
  if (state.error?.code === 'moderation_blocked') {
    return jsonReply(200, { name, done: true, response: { '@type': RESPONSE_TYPE, raiMediaFilteredCount: 1, raiMediaFilteredReasons: [state.error.message] } });
  }
  if (state.error) return jsonReply(200, { name, done: true, error: { code: 13, message: state.error.message } });
  const folder = storage.get(job.id);
  if (folder !== undefined) {
    return jsonReply(200, { name, done: true, response: { '@type': RESPONSE_TYPE, raiMediaFilteredCount: 0, videos: [{ gcsUri: `${folder}/${job.id}/sample_0.mp4`, mimeType: 'video/mp4' }] } });
  }
  const file = world.assets.mp4({ id: job.id, seconds: Number(job.seconds), size: job.size });
  const bytes = Buffer.concat([Buffer.from(file.prefix), Buffer.alloc(file.paddingBytes)]);
  const video = { bytesBase64Encoded: bytes.toString('base64'), mimeType: 'video/mp4' };
  return jsonReply(200, { name, done: true, response: { '@type': RESPONSE_TYPE, raiMediaFilteredCount: 0, videos: [video] } });
}

/** Cloud Storage's `objects.get?alt=media` for the objects the operations above name. */
function storageObject(world: SimulatorWorld, storage: StorageUris, context: RouteContext): Reply {
  const { bucket, object } = context.params;
  const id = /(?:^|\/)([^/]+)\/sample_0\.mp4$/.exec(object ?? '')?.[1] ?? '';
  const job = world.store.get(id);
  const folder = storage.get(id);
  if (context.query.get('alt') !== 'media' || !job || folder === undefined || `gs://${bucket}/${object}` !== `${folder}/${id}/sample_0.mp4`) {
    return googleError(404, 'NOT_FOUND', `No such object: ${bucket}/${object}`);
  }
  return videoFileReply(world, job, context.now, (why) => googleError(404, 'NOT_FOUND', `No such object: ${bucket}/${object} (${why})`));
}

/**
 * Google's STS token exchange (`grant_type=urn:ietf:params:oauth:grant-type:token-exchange`), as
 * google-auth-library calls the `token_url` of a workload identity federation file: any subject
 * token gets the simulator's access token.
 */
function exchangeToken(context: RouteContext): Reply {
  const { fields } = context.body;
  if (fields.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:token-exchange' || !fields.get('subject_token')) {
    return jsonReply(400, { error: 'invalid_request', error_description: 'grant_type must be token-exchange, with a subject_token' });
  }
  return jsonReply(200, { access_token: VERTEX_SIM_ACCESS_TOKEN, issued_token_type: 'urn:ietf:params:oauth:token-type:access_token', token_type: 'Bearer', expires_in: 3600 });
}

/** The Vertex AI routes; `storage` state lives as long as this simulator. */
export function vertexRoutes(world: SimulatorWorld): RouteDefinition[] {
  const storage: StorageUris = new Map();
  return [
    { name: 'create', method: 'POST', pattern: `${MODEL_ROOT}/:model:predictLongRunning`, handle: (context) => predict(world, storage, context), promptOf },
    { name: 'retrieve', method: 'POST', pattern: `${MODEL_ROOT}/:model:fetchPredictOperation`, handle: (context) => fetchOperation(world, storage, context) },
    { name: 'content', method: 'GET', pattern: `${VERTEX_SIM_STORAGE_PATH}/b/:bucket/o/:object`, handle: (context) => storageObject(world, storage, context) },
    { name: 'other', method: 'POST', pattern: VERTEX_SIM_TOKEN_PATH, handle: exchangeToken, anonymous: true },
  ];
}

/**
 * Replicate's predictions in the simulator, under `/replicate/v1`, over the shared video state:
 * official models by name, pinned versions through `/predictions` with `version`, the prediction
 * object with starting / processing / succeeded / failed, the recent list (newest first, with the
 * input as sent), `GET /account`, each model's published schema (`GET /models/{owner}/{name}` and
 * `.../versions/{id}`, from simulator-schemas.ts) by which a create's input is validated, and
 * output files on this simulator. Errors are
 * `{title, detail, status}`; rate limits are the simulator's own (429 with Retry-After).
 */
import { jsonReply, type Reply, type RequestBody } from '../../simulator/http.js';
import { videoFileReply } from '../../simulator/files.js';
import { catalogRow } from '../simulator-models.js';
import type { VideoJob } from '../../simulator/videos.js';
import { inlineImage } from '../../simulator/input-images.js';
import type { InputImageRecord } from '../../simulator/stats.js';
import { acceptVideo, showVideo, type RouteContext, type RouteDefinition, type SimulatorWorld } from '../../simulator/world.js';
import type { JsonValue } from '../../types.js';
import type { JsonSchema } from '../discovery/facts.js';
import { inputNamesFor, parseModelRef, type InputNames } from './input.js';
import { shortSide } from './mapping.js';
import { firstProperty, inputProblems, inputProperty, inputSchemaOf } from './schema.js';
import { SIMULATED_REPLICATE_SCHEMAS } from './simulator-schemas.js';

export const REPLICATE_SIMULATOR_BASE_PATH = '/replicate/v1';
const BASE = REPLICATE_SIMULATOR_BASE_PATH;
const LIST_PAGE = 100;

const RATIOS: Readonly<Record<string, readonly [number, number]>> = {
  '16:9': [16, 9], '9:16': [9, 16], '1:1': [1, 1], '4:3': [4, 3], '3:4': [3, 4], '21:9': [21, 9], '9:21': [9, 21], '3:2': [3, 2], '2:3': [2, 3],
};

/** What the simulator keeps of each prediction beyond the shared video state. */
interface PredictionRecord {
  readonly model: string;
  readonly version: string;
  readonly input: Readonly<Record<string, unknown>>;
}


/** Where models on Replicate take a last frame and a list of reference images. */
const LAST_FRAME_INPUTS = ['last_frame', 'last_frame_image', 'end_image', 'tail_image', 'end_frame'];
const REFERENCE_INPUTS = ['reference_images', 'reference_image_urls', 'image_urls'];

/** Every inline (data URL) image of an input, decoded and recorded under its input name; or why one is refused. */
function inputImages(input: Readonly<Record<string, unknown>>, imageName: string | undefined): InputImageRecord[] | string {
  const records: InputImageRecord[] = [];
  const add = (field: string, value: unknown): string | undefined => {
    if (typeof value !== 'string' || !value.startsWith('data:')) return undefined;
    const decoded = inlineImage(field, value);
    if (typeof decoded === 'string') return `${field}: ${decoded}`;
    records.push(decoded);
    return undefined;
  };
  for (const name of [...(imageName ? [imageName] : []), ...LAST_FRAME_INPUTS]) {
    const problem = add(name, input[name]);
    if (problem) return problem;
  }
  for (const name of REFERENCE_INPUTS) {
    const list = input[name];
    if (list === undefined) continue;
    if (!Array.isArray(list)) return `${name}: must be a list of URLs`;
    for (const [index, value] of list.entries()) {
      const problem = add(`${name}[${index}]`, value);
      if (problem) return problem;
    }
  }
  return records;
}

function problem(status: number, title: string, detail: string): Reply {
  return jsonReply(status, { title, detail, status });
}

function record(value: unknown): Readonly<Record<string, unknown>> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function promptOf(body: RequestBody): string | undefined {
  const prompt = record(body.json?.input)?.prompt;
  return typeof prompt === 'string' ? prompt : undefined;
}

/** `WIDTHxHEIGHT` of an aspect ratio at a resolution such as `720p` (short side), long side rounded to even. */
function sizeOf(ratio: readonly [number, number], short: number): string {
  const [w, h] = ratio;
  const long = Math.round((short * Math.max(w, h)) / Math.min(w, h) / 2) * 2;
  return w >= h ? `${long}x${short}` : `${short}x${long}`;
}

/** The input schema the simulator holds for a model (see simulator-schemas.ts), by `owner/name`. */
function schemaOf(model: string): JsonSchema | undefined {
  const openapi = SIMULATED_REPLICATE_SCHEMAS[model];
  return openapi === undefined ? undefined : inputSchemaOf(openapi);
}

/** Where a schema keeps each of the settings the simulator renders by. */
function schemaNames(schema: JsonSchema): InputNames {
  const pick = (names: readonly string[]) => firstProperty(schema, names)?.name;
  const duration = pick(['duration', 'seconds']);
  const aspectRatio = pick(['aspect_ratio']);
  const resolution = pick(['resolution']);
  const image = pick(['start_image', 'first_frame_image', 'image', 'input_image']);
  return { ...(duration ? { duration } : {}), ...(aspectRatio ? { aspectRatio } : {}), ...(resolution ? { resolution } : {}), ...(image ? { image } : {}) };
}

/** A fixed version id per model, as Replicate's 64-hex ids look. */
function versionId(model: string): string {
  return Buffer.from(model.padEnd(32, '.')).toString('hex').slice(0, 64);
}

/** `GET /models/{owner}/{name}` (with `latest_version`) or `.../versions/{id}`: the model's published schema. */
function modelAnswer(world: SimulatorWorld, context: RouteContext, version?: string): Reply {
  const model = `${context.params.owner}/${context.params.name}`;
  const openapi = SIMULATED_REPLICATE_SCHEMAS[model];
  if (openapi === undefined || !world.isModelAllowed('replicate', model)) return problem(404, 'Not found', `The requested model ${model} could not be found.`);
  const latest = { id: version ?? versionId(model), created_at: '2026-10-01T00:00:00.000Z', cog_version: '0.16.8', openapi_schema: openapi };
  if (version !== undefined) return jsonReply(200, latest);
  return jsonReply(200, {
    url: `https://replicate.com/${model}`,
    owner: context.params.owner,
    name: context.params.name,
    description: null,
    visibility: 'public',
    is_official: true,
    latest_version: latest,
  });
}

function create(world: SimulatorWorld, predictions: Map<string, PredictionRecord>, origin: () => string, context: RouteContext, official?: string): Reply {
  const { json, error } = context.body;
  if (error !== undefined || !json) return problem(400, 'Invalid request', error ?? 'The request body must be a JSON object.');
  const input = record(json.input);
  if (!input) return problem(422, 'Input validation failed', 'input is required and must be an object');
  let model = official;
  let version = 'hidden';
  if (model === undefined) {
    const ref = typeof json.version === 'string' ? parseModelRef(json.version) : undefined;
    if (!ref) return problem(422, 'Invalid version or not permitted', 'The specified version does not exist (or perhaps you don\'t have permission to use it?)');
    model = `${ref.owner}/${ref.name}`;
    version = ref.version ?? version;
  }
  if (!world.isModelAllowed('replicate', model)) return problem(404, 'Not found', `The requested model ${model} could not be found.`);
  const prompt = input.prompt;
  if (typeof prompt !== 'string' || prompt.trim() === '') return problem(422, 'Input validation failed', 'prompt is required');
  const schema = schemaOf(model);
  // A model with a published schema is held to it, as Replicate validates a prediction's input.
  const refused = schema ? inputProblems(schema, input as Readonly<Record<string, JsonValue>>) : [];
  if (refused.length > 0) return problem(422, 'Input validation failed', refused.join('; '));
  const names = schema ? schemaNames(schema) : inputNamesFor(model);
  const row = catalogRow('replicate', model);
  const fallback = (name: string | undefined): unknown => (schema && name ? inputProperty(schema, name)?.default : undefined);
  const duration = input[names.duration ?? 'duration'] ?? fallback(names.duration) ?? row?.seconds?.[0] ?? 5;
  if (typeof duration !== 'number' || !Number.isInteger(duration) || duration < 1) return problem(422, 'Input validation failed', 'duration: must be a whole number of seconds');
  if (!schema && row?.seconds && !row.seconds.includes(duration)) {
    return problem(422, 'Input validation failed', `duration: must be one of ${row.seconds.join(', ')}`);
  }
  const ratioName = String(input[names.aspectRatio ?? 'aspect_ratio'] ?? fallback(names.aspectRatio) ?? '16:9');
  const ratio = RATIOS[ratioName];
  if (!ratio) return problem(422, 'Input validation failed', `aspect_ratio: ${ratioName} is not one of the allowed values`);
  const resolution = names.resolution === undefined ? '720p' : String(input[names.resolution] ?? fallback(names.resolution) ?? '720p');
  const short = shortSide(resolution);
  if (short === undefined) return problem(422, 'Input validation failed', `resolution: ${resolution} is not one of the allowed values`);
  const size = sizeOf(ratio, short);
  if (!schema && row?.sizes && !row.sizes.includes(size)) return problem(422, 'Input validation failed', `${names.resolution ?? 'aspect_ratio'}: ${resolution} ${ratioName} is not available for ${model}`);
  const image = names.image === undefined ? undefined : input[names.image];
  if (image !== undefined && (typeof image !== 'string' || !/^(data:image\/[a-z]+;base64,|https?:\/\/)/.test(image))) {
    return problem(422, 'Input validation failed', `${names.image}: must be a URL or a data URL`);
  }
  const dataUrl = typeof image === 'string' && image.startsWith('data:') ? image : undefined;
  const images = inputImages(input, names.image);
  if (typeof images === 'string') return problem(422, 'Input validation failed', images);
  // Whatever else the input holds (a job's params: seed, negative_prompt...) is recorded as sent.
  const mapped = ['prompt', names.duration, names.aspectRatio, names.resolution, names.image];
  const extraFields = Object.fromEntries(Object.entries(input).filter(([name]) => !mapped.includes(name)));
  const job = acceptVideo(world, {
    prompt,
    model,
    seconds: String(duration),
    size,
    createdAtMs: context.now,
    ...(dataUrl ? { inputReferenceBytes: Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64').length } : {}),
  }, extraFields, images);
  predictions.set(job.id, { model, version, input });
  return jsonReply(201, prediction(world, predictions, origin, job, context.now, { seen: false }));
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function prediction(
  world: SimulatorWorld,
  predictions: ReadonlyMap<string, PredictionRecord>,
  origin: () => string,
  job: VideoJob,
  now: number,
  { seen }: { readonly seen: boolean },
): Readonly<Record<string, unknown>> {
  // A create answers `starting` whatever the clock says: the prediction was only just made.
  const state = seen ? showVideo(world, job, now) : undefined;
  const own = predictions.get(job.id);
  const status = state === undefined ? 'starting' : { queued: 'starting', in_progress: 'processing', completed: 'succeeded', failed: 'failed' }[state.status];
  const api = `${origin()}${BASE}/predictions/${job.id}`;
  return {
    id: job.id,
    model: own?.model ?? job.model,
    version: own?.version ?? 'hidden',
    input: own?.input ?? { prompt: job.prompt },
    logs: '',
    output: state?.status === 'completed' ? `${origin()}/files/replicate/${job.id}.mp4` : null,
    data_removed: false,
    error: state?.error ? state.error.message : null,
    status,
    source: 'api',
    created_at: iso(job.createdAtMs),
    ...(state && state.status !== 'queued' ? { started_at: iso(job.createdAtMs + job.queueMs) } : {}),
    ...(state?.completedAtMs ? { completed_at: iso(state.completedAtMs) } : {}),
    urls: { get: api, cancel: `${api}/cancel`, web: `https://replicate.com/p/${job.id}` },
  };
}

function retrieve(world: SimulatorWorld, predictions: ReadonlyMap<string, PredictionRecord>, origin: () => string, context: RouteContext): Reply {
  const id = context.params.id ?? '';
  const job = predictions.has(id) ? world.store.get(id) : undefined;
  if (!job) return problem(404, 'Not found', 'The requested resource could not be found.');
  return jsonReply(200, prediction(world, predictions, origin, job, context.now, { seen: true }));
}

function list(world: SimulatorWorld, predictions: ReadonlyMap<string, PredictionRecord>, origin: () => string, context: RouteContext): Reply {
  const jobs = [...predictions.keys()]
    .map((id) => world.store.get(id))
    .filter((job): job is VideoJob => job !== undefined)
    .sort((a, b) => b.createdAtMs - a.createdAtMs);
  const page = jobs.slice(0, LIST_PAGE);
  const next = jobs.length > LIST_PAGE ? `${origin()}${BASE}/predictions?cursor=page2` : null;
  return jsonReply(200, { next, previous: null, results: page.map((job) => prediction(world, predictions, origin, job, context.now, { seen: true })) });
}

function file(world: SimulatorWorld, predictions: ReadonlyMap<string, PredictionRecord>, context: RouteContext): Reply {
  const id = (context.params.id ?? '').replace(/\.mp4$/, '');
  const job = predictions.has(id) ? world.store.get(id) : undefined;
  if (!job) return problem(404, 'Not found', 'The requested file could not be found.');
  return videoFileReply(world, job, context.now, (why) => problem(404, 'Not found', `The output is ${why.replace('_', ' ')}.`));
}

/** The Replicate routes, and the output files they hand out. One record per simulator, never shared. */
export function replicateRoutes(world: SimulatorWorld, origin: () => string): readonly RouteDefinition[] {
  const predictions = new Map<string, PredictionRecord>();
  return [
    { name: 'create', method: 'POST', pattern: `${BASE}/models/:owner/:name/predictions`, handle: (c) => create(world, predictions, origin, c, `${c.params.owner}/${c.params.name}`), promptOf },
    { name: 'create', method: 'POST', pattern: `${BASE}/predictions`, handle: (c) => create(world, predictions, origin, c), promptOf },
    { name: 'list', method: 'GET', pattern: `${BASE}/predictions`, handle: (c) => list(world, predictions, origin, c) },
    { name: 'retrieve', method: 'GET', pattern: `${BASE}/predictions/:id`, handle: (c) => retrieve(world, predictions, origin, c) },
    { name: 'other', method: 'GET', pattern: `${BASE}/models/:owner/:name`, handle: (c) => modelAnswer(world, c) },
    { name: 'other', method: 'GET', pattern: `${BASE}/models/:owner/:name/versions/:version`, handle: (c) => modelAnswer(world, c, c.params.version) },
    { name: 'other', method: 'GET', pattern: `${BASE}/account`, handle: () => jsonReply(200, { type: 'user', username: 'simulated', name: 'Simulated account', github_url: null }) },
    { name: 'content', method: 'GET', pattern: '/files/replicate/:id', handle: (c) => file(world, predictions, c) },
  ];
}

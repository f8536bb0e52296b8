/**
 * fal's queue in the simulator, over the shared video state: `POST /fal/{model}` answers
 * `{request_id, status_url, response_url, cancel_url}` pointing back here; the status answers 202
 * (IN_QUEUE, IN_PROGRESS) then 200 (COMPLETED); the result holds `video.url` or the model's error
 * (422 with a `detail` list, or a 503 request error with `error_type`), as fal's reference shows.
 * Input is checked when the request runs, as fal's runners do: a bad input still gets a request id.
 * An endpoint with a published schema (published.ts) is held to that schema alone; the others to
 * their catalog row. fal's Platform API (Models, Pricing) is served beside the queue.
 */
import { jsonReply, type Reply, type RequestBody } from '../../simulator/http.js';
import { videoFileReply } from '../../simulator/files.js';
import { catalogRow } from '../simulator-models.js';
import type { VideoJob } from '../../simulator/videos.js';
import { inlineImage } from '../../simulator/input-images.js';
import type { InputImageRecord } from '../../simulator/stats.js';
import { acceptVideo, peekVideo, showVideo, type RouteContext, type RouteDefinition, type SimulatorWorld } from '../../simulator/world.js';
import type { JsonValue } from '../../types.js';
import { propertiesOf, requiredOf, valueProblem } from '../discovery/json-schema.js';
import { nominalSize } from '../discovery/sizes.js';
import { FAL_INPUT_NAMES } from './input.js';
import { falPlatformRoutes } from './platform-simulator.js';
import { FAL_PUBLISHED, publishedInputSchema } from './published.js';
import { secondsOfDuration } from './schema-input.js';

/** The simulator path fal's base URL has: `FAL_BASE_URL=http://127.0.0.1:PORT/fal`. */
export const FAL_SIMULATOR_BASE_PATH = '/fal';

interface ValidationItem {
  readonly loc: readonly string[];
  readonly msg: string;
  readonly type: string;
}

const RESOLUTIONS: Readonly<Record<string, number>> = { '480p': 480, '720p': 720, '1080p': 1080, '4k': 2160 };

function detailReply(status: number, detail: string | readonly ValidationItem[], errorType?: string): Reply {
  return jsonReply(status, { detail, ...(errorType ? { error_type: errorType } : {}) }, errorType ? { 'x-fal-error-type': errorType } : {});
}

/** Seconds from `8`, `"8"` or `"8s"`, or undefined when it is none of those. */
function secondsOf(value: unknown): number | undefined {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.replace(/s$/, '') : '';
  return /^[1-9]\d*$/.test(text) ? Number(text) : undefined;
}

/** The nominal `WIDTHxHEIGHT` of an aspect ratio at a resolution (short side = the resolution). */
function sizeOf(ratio: string, resolution: string): string | undefined {
  const match = /^([1-9]\d*):([1-9]\d*)$/.exec(ratio);
  const short = RESOLUTIONS[resolution] ?? (/^([1-9]\d*)p$/.test(resolution) ? Number(resolution.slice(0, -1)) : undefined);
  if (!match || short === undefined) return undefined;
  const [w, h] = [Number(match[1]), Number(match[2])];
  const long = Math.round((short * Math.max(w, h)) / Math.min(w, h) / 2) * 2;
  return w >= h ? `${long}x${short}` : `${short}x${long}`;
}

/**
 * What the request asks for, and what its endpoint's published schema refuses in it: a missing
 * required field, a value of the wrong type or outside its enum (fal ignores fields it does not
 * know). Seconds and size are read back from the schema's own fields and defaults.
 */
function readPublishedInput(model: string, json: Readonly<Record<string, unknown>>): ReturnType<typeof readInput> | undefined {
  const schema = publishedInputSchema(model);
  if (!schema) return undefined;
  const properties = propertiesOf(schema);
  const problems: ValidationItem[] = [];
  for (const name of requiredOf(schema)) {
    if (json[name] === undefined) problems.push({ loc: ['body', name], msg: 'Field required', type: 'missing' });
  }
  for (const [name, value] of Object.entries(json)) {
    const property = properties[name];
    if (!property || value === undefined) continue;
    const problem = valueProblem(value as JsonValue, property);
    if (problem !== undefined) problems.push({ loc: ['body', name], msg: `Input ${problem}`, type: Array.isArray(property.enum) ? 'enum' : 'type_error' });
  }
  const pick = (name: string): unknown => json[name] ?? properties[name]?.default;
  const seconds = secondsOfDuration((pick('duration') ?? 5) as JsonValue) ?? 5;
  const size = nominalSize(String(pick('aspect_ratio') ?? '16:9'), String(pick('resolution') ?? '720p')) ?? '1280x720';
  const image = typeof json.image_url === 'string' ? json.image_url : undefined;
  return { prompt: typeof json.prompt === 'string' ? json.prompt : '', seconds, size, ...(image ? { image } : {}), problems };
}

/** What the request asks for, and what is wrong with its input for this model (by its catalog row). */
function readInput(model: string, json: Readonly<Record<string, unknown>>): { prompt: string; seconds: number; size: string; image?: string; problems: ValidationItem[] } {
  const problems: ValidationItem[] = [];
  const names = FAL_INPUT_NAMES[model];
  const row = catalogRow('fal', model);
  const prompt = typeof json.prompt === 'string' ? json.prompt : '';
  if (prompt.trim() === '') problems.push({ loc: ['body', 'prompt'], msg: 'Field required', type: 'missing' });
  const seconds = json.duration === undefined ? (row?.seconds?.at(-1) ?? 5) : secondsOf(json.duration);
  const durationText = names?.duration === 'seconds-suffix' ? `${seconds ?? ''}s` : String(seconds ?? '');
  if (seconds === undefined || (names?.duration === 'seconds-suffix' && json.duration !== undefined && json.duration !== durationText)) {
    problems.push({ loc: ['body', 'duration'], msg: `Input should be a duration this model takes, not ${JSON.stringify(json.duration)}`, type: 'enum' });
  } else if (row?.seconds && !row.seconds.includes(seconds)) {
    problems.push({ loc: ['body', 'duration'], msg: `Input should be one of ${row.seconds.map((s) => (names?.duration === 'seconds-suffix' ? `'${s}s'` : `'${s}'`)).join(', ')}`, type: 'enum' });
  }
  const size = sizeOf(String(json.aspect_ratio ?? '16:9'), String(json.resolution ?? '720p'));
  if (size === undefined || (row?.sizes && !row.sizes.includes(size))) {
    problems.push({ loc: ['body', 'aspect_ratio'], msg: `This model cannot make ${String(json.aspect_ratio ?? '16:9')} at ${String(json.resolution ?? '720p')}`, type: 'enum' });
  }
  const image = typeof json.image_url === 'string' ? json.image_url : undefined;
  if (image !== undefined && row?.imageInput === false) problems.push({ loc: ['body', 'image_url'], msg: 'Extra inputs are not permitted', type: 'extra_forbidden' });
  return { prompt, seconds: seconds ?? 5, size: size ?? '1280x720', ...(image ? { image } : {}), problems };
}

/** Image fields fal endpoints name, single and list. */
const IMAGE_FIELDS = ['image_url', 'start_image_url', 'first_frame_url', 'last_frame_url', 'tail_image_url', 'end_image_url'];
const IMAGE_LIST_FIELDS = ['image_urls', 'reference_image_urls'];

/** The inline (data URI) images of an input, each decoded and recorded under its field; or why one is refused. */
function falImages(json: Readonly<Record<string, unknown>>): InputImageRecord[] | string {
  const records: InputImageRecord[] = [];
  const add = (field: string, value: unknown): string | undefined => {
    if (typeof value !== 'string' || !value.startsWith('data:')) return undefined;
    const decoded = inlineImage(field, value);
    if (typeof decoded === 'string') return decoded;
    records.push(decoded);
    return undefined;
  };
  for (const name of IMAGE_FIELDS) {
    const problem = add(name, json[name]);
    if (problem) return problem;
  }
  for (const name of IMAGE_LIST_FIELDS) {
    const list = json[name];
    if (list === undefined) continue;
    if (!Array.isArray(list)) return `${name} must be a list of image URLs`;
    for (const [index, value] of list.entries()) {
      const problem = add(`${name}[${index}]`, value);
      if (problem) return problem;
    }
  }
  return records;
}

/** The ids of each simulator's requests whose input failed the model's checks, with why. */
type Refusals = Map<string, readonly ValidationItem[]>;

function requestUrls(origin: string, model: string, id: string): Record<string, string> {
  const [owner = '', app = ''] = model.split('/');
  const root = `${origin}${FAL_SIMULATOR_BASE_PATH}/${encodeURIComponent(owner)}/${encodeURIComponent(app)}/requests/${encodeURIComponent(id)}`;
  return { response_url: root, status_url: `${root}/status`, cancel_url: `${root}/cancel` };
}

function submit(world: SimulatorWorld, origin: () => string, refusals: Refusals, context: RouteContext): Reply {
  const model = Object.keys(context.params).sort().map((key) => context.params[key]).join('/');
  if (!world.isModelAllowed('fal', model) && !Object.hasOwn(FAL_PUBLISHED, model)) return detailReply(404, `Application '${model}' not found`);
  const { json, error } = context.body;
  if (error !== undefined || !json) return detailReply(422, [{ loc: ['body'], msg: error ?? 'Input should be a valid dictionary', type: 'dict_type' }]);
  const input = readPublishedInput(model, json) ?? readInput(model, json);
  const images = falImages(json);
  if (typeof images === 'string') return detailReply(422, [{ loc: ['body'], msg: images, type: 'value_error' }]);
  const job = acceptVideo(world, {
    prompt: input.prompt,
    model,
    seconds: String(input.seconds),
    size: input.size,
    createdAtMs: context.now,
    ...(input.image?.startsWith('data:') ? { inputReferenceBytes: Buffer.from(input.image.slice(input.image.indexOf(',') + 1), 'base64').length } : {}),
  }, undefined, images);
  if (input.problems.length > 0) refusals.set(job.id, input.problems);
  return jsonReply(200, { status: 'IN_QUEUE', request_id: job.id, ...requestUrls(origin(), model, job.id), queue_position: 0 });
}

/** The request of `/fal/{owner}/{app}/requests/{id}`, if it exists under that app. */
function findRequest(world: SimulatorWorld, context: RouteContext): VideoJob | undefined {
  const job = world.store.get(context.params.id ?? '');
  const [owner, app] = job?.model.split('/') ?? [];
  return job && owner === context.params.owner && app === context.params.app ? job : undefined;
}

function status(world: SimulatorWorld, origin: () => string, context: RouteContext): Reply {
  const job = findRequest(world, context);
  if (!job) return detailReply(404, 'Request not found');
  const state = showVideo(world, job, context.now);
  const word = state.status === 'queued' ? 'IN_QUEUE' : state.status === 'in_progress' ? 'IN_PROGRESS' : 'COMPLETED';
  const body = { status: word, request_id: job.id, ...requestUrls(origin(), job.model, job.id), logs: null, ...(word === 'IN_QUEUE' ? { queue_position: 0 } : {}) };
  return jsonReply(word === 'COMPLETED' ? 200 : 202, body);
}

function result(world: SimulatorWorld, origin: () => string, refusals: Refusals, context: RouteContext): Reply {
  const job = findRequest(world, context);
  if (!job) return detailReply(404, 'Request not found');
  const state = peekVideo(world, job, context.now);
  if (state.status === 'queued' || state.status === 'in_progress') return detailReply(400, 'Request is still in progress');
  const refused = refusals.get(job.id);
  if (refused) return detailReply(422, refused);
  if (state.error?.code === 'moderation_blocked') {
    return detailReply(422, [{ loc: ['body', 'prompt'], msg: state.error.message, type: 'content_policy_violation' }]);
  }
  if (state.error) return detailReply(503, 'The runner disconnected unexpectedly while processing the request', 'runner_disconnected');
  return jsonReply(200, { video: { url: `${origin()}/files/fal/${job.id}.mp4`, content_type: 'video/mp4', file_name: `${job.id}.mp4` } });
}

function file(world: SimulatorWorld, context: RouteContext): Reply {
  const job = world.store.get((context.params.id ?? '').replace(/\.mp4$/, ''));
  if (!job) return detailReply(404, 'File not found');
  return videoFileReply(world, job, context.now, (why) => detailReply(404, `The file is ${why.replace('_', ' ')}`));
}

function promptOf(body: RequestBody): string | undefined {
  return typeof body.json?.prompt === 'string' ? body.json.prompt : undefined;
}

/** Submit patterns for endpoint ids of two to six segments (`fal-ai/veo3.1/fast`, ...). */
const SUBMIT_PATTERNS = [2, 3, 4, 5, 6].map((count) => `${FAL_SIMULATOR_BASE_PATH}/${Array.from({ length: count }, (_, i) => `:s${i}`).join('/')}`);

/** fal's queue routes under `/fal`, and the file URLs its results hand out. */
export function falRoutes(world: SimulatorWorld, origin: () => string): RouteDefinition[] {
  const refusals: Refusals = new Map();
  const root = `${FAL_SIMULATOR_BASE_PATH}/:owner/:app/requests/:id`;
  return [
    ...falPlatformRoutes(),
    { name: 'retrieve', method: 'GET', pattern: `${root}/status`, handle: (context) => status(world, origin, context) },
    { name: 'retrieve', method: 'GET', pattern: root, handle: (context) => result(world, origin, refusals, context) },
    { name: 'content', method: 'GET', pattern: '/files/fal/:id', handle: (context) => file(world, context) },
    ...SUBMIT_PATTERNS.map((pattern): RouteDefinition => ({ name: 'create', method: 'POST', pattern, handle: (context) => submit(world, origin, refusals, context), promptOf })),
  ];
}

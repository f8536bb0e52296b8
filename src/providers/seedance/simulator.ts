/**
 * BytePlus ModelArk's content-generation tasks over the shared video state:
 * `POST /api/v3/contents/generations/tasks` answers `{id}`, `GET .../tasks/{id}` reports
 * queued / running / succeeded / failed with `content.video_url` pointing back at this simulator.
 * Errors use ModelArk's `{error: {code, message, param, type}}`.
 */
import { jsonReply, type Reply, type RequestBody } from '../../simulator/http.js';
import { nestedText, videoFileReply } from '../../simulator/files.js';
import { catalogRow } from '../simulator-models.js';
import type { VideoJob, VideoState } from '../../simulator/videos.js';
import { inlineImage } from '../../simulator/input-images.js';
import type { InputImageRecord } from '../../simulator/stats.js';
import { acceptVideo, showVideo, type RouteContext, type RouteDefinition, type SimulatorWorld } from '../../simulator/world.js';

const RATIOS: Readonly<Record<string, readonly [number, number]>> = {
  '16:9': [16, 9],
  '9:16': [9, 16],
  '4:3': [4, 3],
  '3:4': [3, 4],
  '1:1': [1, 1],
  '21:9': [21, 9],
};
const TIERS: Readonly<Record<string, number>> = { '480p': 480, '720p': 720, '1080p': 1080 };
/** Body fields of ModelArk's create-task request (its API reference, docs 1520757). */
const BODY_FIELDS = [
  'model', 'content', 'callback_url', 'return_last_frame', 'ratio', 'resolution', 'duration', 'frames', 'seed',
  'camera_fixed', 'watermark', 'service_tier', 'execution_expires_after', 'generate_audio', 'draft',
];
const MIN_DURATION = 2;
const MAX_DURATION = 15;

/** ModelArk's words for the shared states, and its codes for the simulator's failures. */
const STATUS: Readonly<Record<VideoState['status'], string>> = { queued: 'queued', in_progress: 'running', completed: 'succeeded', failed: 'failed' };
const ERROR_CODES: Readonly<Record<string, string>> = {
  moderation_blocked: 'OutputVideoSensitiveContentDetected',
  internal_error: 'InternalServiceError',
};

function arkError(status: number, code: string, message: string, param = ''): Reply {
  return jsonReply(status, { error: { code, message, param, type: status === 404 ? 'NotFound' : 'BadRequest' } });
}

function record(value: unknown): Readonly<Record<string, unknown>> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function items(json: Readonly<Record<string, unknown>> | undefined): readonly Readonly<Record<string, unknown>>[] {
  const content = json?.content;
  if (!Array.isArray(content)) return [];
  return content.flatMap((item: unknown) => {
    const entry = record(item);
    return entry ? [entry] : [];
  });
}

function promptOf(body: RequestBody): string | undefined {
  return nestedText(body, (json) => items(json).find((item) => item.type === 'text')?.text);
}

/** The nominal `WIDTHxHEIGHT` of a ratio at a tier: short side = tier. */
function sizeOf(ratio: readonly [number, number], short: number): string {
  const [w, h] = ratio;
  const long = Math.round((short * Math.max(w, h)) / Math.min(w, h) / 2) * 2;
  return w >= h ? `${long}x${short}` : `${short}x${long}`;
}

function create(world: SimulatorWorld, context: RouteContext): Reply {
  const { json, error } = context.body;
  if (error !== undefined || !json) return arkError(400, 'InvalidParameter', error ?? 'The request body must be a JSON object.');
  const model = json.model;
  if (typeof model !== 'string' || model === '') return arkError(400, 'MissingParameter', 'The parameter `model` is required.', 'model');
  if (!world.isModelAllowed('seedance', model)) return arkError(404, 'InvalidEndpointOrModel.NotFound', `The model or endpoint ${model} does not exist or you do not have access to it.`, 'model');
  const extra = Object.keys(json).find((name) => !BODY_FIELDS.includes(name));
  if (extra !== undefined) return arkError(400, 'InvalidParameter', `The parameter \`${extra}\` specified in the request is not valid.`, extra);
  const prompt = promptOf(context.body);
  if (prompt === undefined || prompt.trim() === '') return arkError(400, 'MissingParameter', 'content needs a text item with the prompt.', 'content');
  const ratioText = String(json.ratio ?? '16:9');
  const ratio = ratioText === 'adaptive' ? RATIOS['16:9'] : RATIOS[ratioText];
  if (!ratio) return arkError(400, 'InvalidParameter', `The parameter \`ratio\` specified in the request is not valid: ${ratioText}.`, 'ratio');
  const resolution = String(json.resolution ?? '720p');
  const tier = TIERS[resolution];
  if (tier === undefined) return arkError(400, 'InvalidParameter', `The parameter \`resolution\` specified in the request is not valid: ${resolution}.`, 'resolution');
  const duration = json.duration ?? 5;
  if (typeof duration !== 'number' || !Number.isInteger(duration) || duration < MIN_DURATION || duration > MAX_DURATION) {
    return arkError(400, 'InvalidParameter', `The parameter \`duration\` must be a whole number of seconds from ${MIN_DURATION} to ${MAX_DURATION}.`, 'duration');
  }
  const row = catalogRow('seedance', model);
  if (row?.seconds && !row.seconds.includes(duration)) {
    const [first, last] = [row.seconds[0], row.seconds.at(-1)];
    return arkError(400, 'InvalidParameter', `The parameter \`duration\` specified in the request is not valid for model ${model}: it takes ${first} to ${last} seconds.`, 'duration');
  }
  if (row?.sizes && !row.sizes.includes(sizeOf(ratio, tier))) {
    return arkError(400, 'InvalidParameter', `The parameter \`resolution\` specified in the request is not valid for model ${model}: ${resolution}.`, 'resolution');
  }
  const image = items(json).find((item) => item.type === 'image_url');
  const url = record(image?.image_url)?.url;
  if (image && (typeof url !== 'string' || !/^(data:image\/[a-z]+;base64,|https?:\/\/)/.test(url))) {
    return arkError(400, 'InvalidParameter', 'image_url.url must be an http(s) URL or data:image/<format>;base64,<data>.', 'content');
  }
  const dataUrl = typeof url === 'string' && url.startsWith('data:') ? url : undefined;
  const images = contentImages(items(json));
  if (typeof images === 'string') return arkError(400, 'InvalidParameter', images, 'content');
  const mapped = ['model', 'content', 'ratio', 'resolution', 'duration'];
  const extraFields = Object.fromEntries(Object.entries(json).filter(([name]) => !mapped.includes(name)));
  const job = acceptVideo(
    world,
    {
      prompt,
      model,
      seconds: String(duration),
      size: sizeOf(ratio, tier),
      createdAtMs: context.now,
      ...(dataUrl ? { inputReferenceBytes: Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64').length } : {}),
    },
    extraFields,
    images,
  );
  return jsonReply(200, { id: job.id });
}

/**
 * The images of `content[]` by role, as ModelArk's reference takes them: at most one
 * `first_frame` and one `last_frame` (which needs a first), up to 9 `reference_image`s, and
 * frames never mixed with reference images; each inline one decoded and recorded. Or why not.
 */
function contentImages(content: readonly Readonly<Record<string, unknown>>[]): InputImageRecord[] | string {
  const records: InputImageRecord[] = [];
  const roles: string[] = [];
  for (const [index, item] of content.entries()) {
    if (item.type !== 'image_url') continue;
    // No role: a first frame, as ModelArk reads it.
    const role = item.role === undefined ? 'first_frame' : item.role;
    if (role !== 'first_frame' && role !== 'last_frame' && role !== 'reference_image') return `content[${index}].role must be first_frame, last_frame or reference_image.`;
    roles.push(role);
    const url = record(item.image_url)?.url;
    if (typeof url === 'string' && url.startsWith('data:')) {
      const decoded = inlineImage(`content[${index}] ${role}`, url);
      if (typeof decoded === 'string') return decoded;
      records.push(decoded);
    }
  }
  const count = (role: string): number => roles.filter((r) => r === role).length;
  if (count('first_frame') > 1 || count('last_frame') > 1) return 'content may hold one first_frame and one last_frame image.';
  if (count('last_frame') === 1 && count('first_frame') === 0) return 'a last_frame image needs a first_frame image.';
  if (count('reference_image') > 9) return 'content may hold at most 9 reference_image items.';
  if (count('reference_image') > 0 && count('first_frame') + count('last_frame') > 0) return 'first/last frame content cannot be mixed with reference media content.';
  return records;
}

function task(world: SimulatorWorld, origin: () => string, job: VideoJob, now: number): Readonly<Record<string, unknown>> {
  const state = showVideo(world, job, now);
  const [width, height] = job.size.split('x').map(Number);
  const short = Math.min(width ?? 0, height ?? 0);
  const resolution = Object.entries(TIERS).find(([, side]) => side === short)?.[0] ?? '720p';
  const updatedMs = state.completedAtMs ?? (state.status === 'queued' ? job.createdAtMs : now);
  return {
    id: job.id,
    model: job.model,
    status: STATUS[state.status],
    error: state.error ? { code: ERROR_CODES[state.error.code] ?? state.error.code, message: state.error.message } : null,
    content: state.status === 'completed' ? { video_url: `${origin()}/files/seedance/${job.id}.mp4` } : null,
    seed: 11,
    resolution,
    duration: Number(job.seconds),
    framespersecond: 24,
    created_at: Math.floor(job.createdAtMs / 1000),
    updated_at: Math.floor(updatedMs / 1000),
  };
}

function retrieve(world: SimulatorWorld, origin: () => string, context: RouteContext): Reply {
  const id = context.params.id ?? '';
  const job = world.store.get(id);
  if (!job) return arkError(404, 'ResourceNotFound', `The task ${id} does not exist.`, 'id');
  return jsonReply(200, task(world, origin, job, context.now));
}

function file(world: SimulatorWorld, context: RouteContext): Reply {
  const id = (context.params.id ?? '').replace(/\.mp4$/, '');
  const job = world.store.get(id);
  if (!job) return arkError(404, 'NoSuchKey', 'The specified key does not exist.');
  return videoFileReply(world, job, context.now, (why) => arkError(404, why === 'expired' ? 'ExpiredKey' : 'NoSuchKey', `The video is ${why.replace('_', ' ')}.`));
}

/** The ModelArk task routes under `/api/v3`, and the file URLs they hand out. */
export function seedanceRoutes(world: SimulatorWorld, origin: () => string): RouteDefinition[] {
  return [
    { name: 'create', method: 'POST', pattern: '/api/v3/contents/generations/tasks', handle: (context) => create(world, context), promptOf },
    // The task list, as a client reads it to check its key (the preflight): always empty here.
    { name: 'list', method: 'GET', pattern: '/api/v3/contents/generations/tasks', handle: () => jsonReply(200, { total: 0, items: [] }) },
    { name: 'retrieve', method: 'GET', pattern: '/api/v3/contents/generations/tasks/:id', handle: (context) => retrieve(world, origin, context) },
    { name: 'content', method: 'GET', pattern: '/files/seedance/:id', handle: (context) => file(world, context) },
  ];
}

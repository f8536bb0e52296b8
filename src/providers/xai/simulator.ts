/**
 * xAI's video generations shape over the shared video state, under `/xai/v1`:
 * `POST /videos/generations` answers `{request_id}`, `GET /videos/{request_id}` answers
 * `{status: "pending"}` until `done` (with `video.url` on this simulator and `usage.cost_in_usd_ticks`)
 * or `failed` (with `error`), and `GET /files/{id}.mp4` serves the video.
 */
import { videoFileReply } from '../../simulator/files.js';
import { bodyKeys, jsonReply, type Reply } from '../../simulator/http.js';
import { catalogRow } from '../simulator-models.js';
import { listPrice } from '../catalog-data.js';
import { acceptVideo, showVideo, type RouteContext, type RouteDefinition, type SimulatorWorld } from '../../simulator/world.js';
import { XAI_SIZES } from './wire.js';

const FIELDS = ['model', 'prompt', 'duration', 'aspect_ratio', 'resolution', 'size', 'image', 'user', 'output'];
const DEFAULT_SECONDS = 8;

/** xAI's error body: `{code, error}` (a status phrase and the message). */
function xaiError(status: number, message: string): Reply {
  return jsonReply(status, { code: status === 422 ? 'Unprocessable Entity' : 'Client specified an invalid argument', error: message });
}

function sizeOf(aspectRatio: string, resolution: string): string | undefined {
  return Object.entries(XAI_SIZES).find(([, shape]) => shape.aspectRatio === aspectRatio && shape.resolution === resolution)?.[0];
}

function create(world: SimulatorWorld, context: RouteContext): Reply {
  const { json, error } = context.body;
  if (error !== undefined || !json) return xaiError(400, error ?? 'the body must be JSON');
  const extra = bodyKeys(context.body).find((name) => !FIELDS.includes(name));
  if (extra !== undefined) return xaiError(422, `unknown field \`${extra}\``);
  const prompt = json.prompt;
  if (typeof prompt !== 'string' || prompt.trim() === '') return xaiError(422, 'missing field `prompt`');
  const model = typeof json.model === 'string' ? json.model : 'grok-imagine-video';
  if (!world.isModelAllowed('xai', model)) return xaiError(404, `The model ${model} does not exist or your team does not have access to it.`);
  const seconds = json.duration === undefined ? DEFAULT_SECONDS : Number(json.duration);
  if (!Number.isInteger(seconds) || seconds < 1 || seconds > 15) return xaiError(400, `duration must be an integer from 1 to 15 (got ${String(json.duration)})`);
  const size = sizeOf(String(json.aspect_ratio ?? '16:9'), String(json.resolution ?? '480p'));
  const row = catalogRow('xai', model);
  if (!size || (row?.sizes && !row.sizes.includes(size))) {
    return xaiError(400, `${model} cannot make aspect_ratio ${String(json.aspect_ratio)} at resolution ${String(json.resolution)}`);
  }
  const image = json.image as { url?: unknown } | undefined;
  if (image !== undefined && typeof image?.url !== 'string') return xaiError(422, '`image.url` is required when `image` is given');
  const dataUrl = typeof image?.url === 'string' ? /^data:[^;,]+;base64,(.*)$/.exec(image.url)?.[1] : undefined;
  const mapped = ['model', 'prompt', 'duration', 'aspect_ratio', 'resolution', 'image'];
  const extraFields = Object.fromEntries(Object.entries(json).filter(([name]) => !mapped.includes(name)));
  const job = acceptVideo(
    world,
    { prompt, model, seconds: String(seconds), size, createdAtMs: context.now, ...(dataUrl === undefined ? {} : { inputReferenceBytes: Buffer.from(dataUrl, 'base64').length }) },
    extraFields,
  );
  return jsonReply(200, { request_id: job.id });
}

function retrieve(world: SimulatorWorld, origin: () => string, context: RouteContext): Reply {
  const job = world.store.get(context.params.id ?? '');
  if (!job) return xaiError(404, `No deferred request with id ${context.params.id ?? ''}`);
  const state = showVideo(world, job, context.now);
  if (state.status === 'queued' || state.status === 'in_progress') return jsonReply(200, { status: 'pending' });
  if (state.error) {
    return jsonReply(200, { status: 'failed', video: { duration: 0, respect_moderation: state.error.code !== 'moderation_blocked' }, model: '', error: { code: state.error.code, message: state.error.message } });
  }
  const price = listPrice('xai', job.model);
  const rate = typeof price?.usdPerSecond === 'number' ? price.usdPerSecond : (price?.usdPerSecond[job.size] ?? price?.usdPerSecond.default);
  const usage = rate === undefined ? {} : { usage: { cost_in_usd_ticks: Math.round(rate * Number(job.seconds) * 1e10) } };
  const video = { url: `${origin()}/xai/v1/files/${job.id}.mp4`, duration: Number(job.seconds), respect_moderation: true };
  return jsonReply(200, { status: 'done', video, model: job.model, ...usage });
}

function file(world: SimulatorWorld, context: RouteContext): Reply {
  const id = (context.params.id ?? '').replace(/\.mp4$/, '');
  const job = world.store.get(id);
  if (!job) return xaiError(404, `no file ${id}`);
  return videoFileReply(world, job, context.now, (why) => xaiError(404, `file ${id} is ${why.replace('_', ' ')}`));
}

/** The xAI routes under `/xai/v1`; `origin` is read per request for the URLs handed out. */
export function xaiRoutes(world: SimulatorWorld, origin: () => string): RouteDefinition[] {
  return [
    { name: 'create', method: 'POST', pattern: '/xai/v1/videos/generations', handle: (context) => create(world, context) },
    { name: 'retrieve', method: 'GET', pattern: '/xai/v1/videos/:id', handle: (context) => retrieve(world, origin, context) },
    { name: 'content', method: 'GET', pattern: '/xai/v1/files/:id', handle: (context) => file(world, context) },
  ];
}

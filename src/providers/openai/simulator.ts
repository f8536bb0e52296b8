/**
 * The OpenAI Videos API over the shared video state: create, retrieve, list, content, remix, delete.
 * Wire shapes follow the `openai` SDK's `Video` type; error bodies follow the OpenAI error format.
 */
import type { ProviderName } from '../../types.js';
import { invalidUrl } from '../../simulator/files.js';
import { bodyKeys, errorReply, jsonReply, type Reply } from '../../simulator/http.js';
import { PREVIEW_TYPES } from '../../simulator/content.js';
import { catalogRow, isGatewayModel } from '../simulator-models.js';
import type { ListOrder } from '../../simulator/store.js';
import { isExpired, type VideoJob, type VideoState } from '../../simulator/videos.js';
import { acceptVideo, peekVideo, showVideo, type RouteContext, type RouteDefinition, type SimulatorWorld } from '../../simulator/world.js';

/** The SDK's `Video`, with `size` widened to any `WIDTHxHEIGHT` (gateways accept other sizes). */
export interface OpenAiVideo {
  readonly id: string;
  readonly object: 'video';
  readonly created_at: number;
  readonly status: VideoState['status'];
  readonly completed_at: number | null;
  readonly error: { readonly code: string; readonly message: string } | null;
  readonly expires_at: number | null;
  readonly model: string;
  readonly progress: number;
  readonly prompt: string | null;
  readonly remixed_from_video_id: string | null;
  readonly seconds: string;
  readonly size: string;
}

export const DEFAULT_SECONDS = '4';
export const DEFAULT_SIZE = '720x1280';
export const DEFAULT_MODEL = 'sora-2';
const MAX_SECONDS = 60;
const MIN_SIDE = 16;
const MAX_SIDE = 4096;
const DEFAULT_LIST_LIMIT = 20;
const MAX_LIST_LIMIT = 100;

function epochSeconds(ms: number | null): number | null {
  return ms === null ? null : Math.floor(ms / 1000);
}

/** Maps a job and its current state to the wire object. */
export function toOpenAiVideo(job: VideoJob, state: VideoState): OpenAiVideo {
  return {
    id: job.id,
    object: 'video',
    created_at: Math.floor(job.createdAtMs / 1000),
    status: state.status,
    completed_at: epochSeconds(state.completedAtMs),
    error: state.error,
    expires_at: epochSeconds(state.expiresAtMs),
    model: job.model,
    progress: state.progress,
    prompt: job.prompt,
    remixed_from_video_id: job.remixedFromVideoId,
    seconds: job.seconds,
    size: job.size,
  };
}

export function invalid(message: string, param: string | null, code: string | null = 'invalid_value', status = 400): Reply {
  return errorReply(status, { message, type: 'invalid_request_error', param, code });
}

export function videoNotFound(id: string): Reply {
  return errorReply(404, { message: `Video with id '${id}' not found.`, type: 'invalid_request_error', param: null, code: null });
}

/** OpenAI's list of allowed values: `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`. */
export function supportedValues(values: readonly string[]): string {
  const quoted = values.map((value) => `'${value}'`);
  if (quoted.length <= 2) return quoted.join(' and ');
  return `${quoted.slice(0, -1).join(', ')}, and ${quoted.at(-1)}`;
}

/** The 400 OpenAI gives for a body field it does not know, e.g. `Unknown parameter: 'fps'.` */
export function unknownParameter(context: RouteContext, known: readonly string[]): Reply | undefined {
  const extra = bodyKeys(context.body).find((name) => !known.includes(name));
  return extra === undefined ? undefined : invalid(`Unknown parameter: '${extra}'.`, extra, 'unknown_parameter');
}

/** Checks `seconds` against the model's catalog row, or the API's general range for models it has none for. */
function checkSeconds(provider: ProviderName, model: string, seconds: string, param = 'seconds'): Reply | undefined {
  const allowed = catalogRow(provider, model)?.seconds?.map(String);
  if (allowed) return allowed.includes(seconds) ? undefined : invalid(`Invalid value: '${seconds}'. Supported values are: ${supportedValues(allowed)}.`, param);
  if (/^\d+$/.test(seconds) && Number(seconds) >= 1 && Number(seconds) <= MAX_SECONDS) return undefined;
  return invalid(`Invalid value: '${seconds}'. '${param}' must be a whole number from 1 to ${MAX_SECONDS}.`, param);
}

const CREATE_FIELDS = ['prompt', 'model', 'seconds', 'size', 'input_reference'];

/** Validates a create request's fields; returns the error reply or the normalised fields. */
function readCreateFields(world: SimulatorWorld, context: RouteContext): Reply | { prompt: string; model: string; seconds: string; size: string } {
  const { fields, error } = context.body;
  if (error !== undefined) return invalid(error, null, null);
  // OpenAI refuses a field it does not know; a gateway passes its models' own fields on.
  const unknown = isGatewayModel(fields.get('model') ?? DEFAULT_MODEL) ? undefined : unknownParameter(context, CREATE_FIELDS);
  if (unknown) return unknown;
  const prompt = fields.get('prompt');
  if (prompt === undefined || prompt.trim() === '') {
    return invalid("Missing required parameter: 'prompt'.", 'prompt', 'missing_required_parameter');
  }
  const model = fields.get('model') ?? DEFAULT_MODEL;
  if (!world.isModelAllowed('openai', model)) return invalid(`The model '${model}' does not exist or you do not have access to it.`, 'model', 'invalid_model');
  const seconds = fields.get('seconds') ?? DEFAULT_SECONDS;
  const badSeconds = checkSeconds('openai', model, seconds);
  if (badSeconds) return badSeconds;
  const size = fields.get('size') ?? DEFAULT_SIZE;
  const sizes = catalogRow('openai', model)?.sizes;
  if (sizes && !sizes.includes(size)) {
    return invalid(`Invalid value: '${size}'. Supported values for model '${model}' are: ${supportedValues(sizes)}.`, 'size');
  }
  const sides = /^(\d+)x(\d+)$/.exec(size)?.slice(1).map(Number) ?? [];
  if (sides.length !== 2 || sides.some((side) => side < MIN_SIDE || side > MAX_SIDE)) {
    return invalid(`Invalid value: '${size}'. 'size' must look like '720x1280', each side ${MIN_SIDE} to ${MAX_SIDE}.`, 'size');
  }
  return { prompt, model, seconds: String(Number(seconds)), size };
}

function create(world: SimulatorWorld, context: RouteContext): Reply {
  const fields = readCreateFields(world, context);
  if ('status' in fields) return fields;
  const reference = context.body.files.get('input_reference');
  const extra = context.body.json ?? Object.fromEntries(context.body.fields);
  const extraFields = Object.fromEntries(Object.entries(extra).filter(([name]) => !CREATE_FIELDS.includes(name.replace(/\[.*$/, ''))));
  const job = acceptVideo(
    world,
    { ...fields, createdAtMs: context.now, ...(reference ? { inputReferenceBytes: reference.size } : {}) },
    extraFields,
  );
  return jsonReply(200, toOpenAiVideo(job, peekVideo(world, job, context.now)));
}

function retrieve(world: SimulatorWorld, context: RouteContext): Reply {
  const id = context.params.id ?? '';
  const job = world.store.get(id);
  if (!job) return videoNotFound(id);
  return jsonReply(200, toOpenAiVideo(job, showVideo(world, job, context.now)));
}

function list(world: SimulatorWorld, context: RouteContext): Reply {
  if (!world.supportsList) return invalidUrl(context.method, context.path);
  const { query } = context;
  const limitText = query.get('limit') ?? String(DEFAULT_LIST_LIMIT);
  const limit = Number(limitText);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIST_LIMIT) {
    return invalid(`Invalid value: '${limitText}'. 'limit' must be an integer from 1 to ${MAX_LIST_LIMIT}.`, 'limit');
  }
  const order = query.get('order') ?? 'desc';
  if (order !== 'asc' && order !== 'desc') return invalid(`Invalid value: '${order}'. Supported values are: 'asc' and 'desc'.`, 'order');
  const after = query.get('after') ?? undefined;
  const page = world.store.page({ limit, order: order satisfies ListOrder, ...(after === undefined ? {} : { after }) });
  if (!page) return invalid(`Invalid value: '${after}'. 'after' must be the id of a video.`, 'after');
  const data = page.jobs.map((job) => toOpenAiVideo(job, showVideo(world, job, context.now)));
  return jsonReply(200, { object: 'list', data, first_id: data[0]?.id ?? null, last_id: data.at(-1)?.id ?? null, has_more: page.hasMore });
}

function content(world: SimulatorWorld, context: RouteContext): Reply {
  const id = context.params.id ?? '';
  const variant = context.query.get('variant') ?? 'video';
  if (variant !== 'video' && variant !== 'thumbnail' && variant !== 'spritesheet') {
    return invalid(`Invalid value: '${variant}'. Supported values are: 'video', 'thumbnail', and 'spritesheet'.`, 'variant');
  }
  const job = world.store.get(id);
  if (!job) return videoNotFound(id);
  const state = peekVideo(world, job, context.now);
  if (state.status === 'failed') {
    return errorReply(404, { message: `Video '${id}' failed to generate and has no content.`, type: 'invalid_request_error', param: null, code: null });
  }
  if (state.status !== 'completed') {
    return errorReply(404, { message: `Video is not ready yet, use GET /v1/videos/${id} to check status.`, type: 'invalid_request_error', param: null, code: null });
  }
  if (isExpired(state, context.now)) {
    return errorReply(404, { message: `The content of video '${id}' has expired.`, type: 'invalid_request_error', param: null, code: 'video_expired' });
  }
  const source = { id: job.id, seconds: Number(job.seconds), size: job.size };
  if (variant === 'thumbnail') return { status: 200, headers: { 'content-type': PREVIEW_TYPES.thumbnail }, body: world.assets.thumbnail(source) };
  if (variant === 'spritesheet') return { status: 200, headers: { 'content-type': PREVIEW_TYPES.spritesheet }, body: world.assets.spritesheet(source) };
  const file = world.assets.mp4(source);
  return { status: 200, headers: { 'content-type': 'video/mp4' }, body: file.prefix, paddingBytes: file.paddingBytes };
}

function remix(world: SimulatorWorld, context: RouteContext): Reply {
  const id = context.params.id ?? '';
  const { fields, error } = context.body;
  if (error !== undefined) return invalid(error, null, null);
  const unknown = unknownParameter(context, ['prompt']);
  if (unknown) return unknown;
  const prompt = fields.get('prompt');
  if (prompt === undefined || prompt.trim() === '') return invalid("Missing required parameter: 'prompt'.", 'prompt', 'missing_required_parameter');
  const source = world.store.get(id);
  if (!source) return videoNotFound(id);
  const state = peekVideo(world, source, context.now);
  if (state.status !== 'completed') {
    return invalid(`Video '${id}' is ${state.status}; only completed videos can be remixed.`, null, null);
  }
  const job = acceptVideo(world, {
    prompt,
    model: source.model,
    seconds: source.seconds,
    size: source.size,
    createdAtMs: context.now,
    remixedFromVideoId: source.id,
  });
  return jsonReply(200, toOpenAiVideo(job, peekVideo(world, job, context.now)));
}

function remove(world: SimulatorWorld, context: RouteContext): Reply {
  const id = context.params.id ?? '';
  const job = world.store.get(id);
  if (!job) return videoNotFound(id);
  const { status } = peekVideo(world, job, context.now);
  if (status === 'queued' || status === 'in_progress') {
    return invalid(`Video '${id}' is ${status}; only completed or failed videos can be deleted.`, null, null);
  }
  world.store.delete(id);
  return jsonReply(200, { id, object: 'video.deleted', deleted: true });
}

/** The OpenAI Videos routes under `prefix` (default `/v1`). */
export function openAiVideoRoutes(world: SimulatorWorld, prefix = '/v1'): RouteDefinition[] {
  const route = (name: RouteDefinition['name'], method: string, pattern: string, handler: (w: SimulatorWorld, c: RouteContext) => Reply): RouteDefinition => ({
    name,
    method,
    pattern: prefix + pattern,
    handle: (context) => handler(world, context),
  });
  return [
    route('create', 'POST', '/videos', create),
    route('list', 'GET', '/videos', list),
    route('retrieve', 'GET', '/videos/:id', retrieve),
    route('delete', 'DELETE', '/videos/:id', remove),
    route('content', 'GET', '/videos/:id/content', content),
    route('remix', 'POST', '/videos/:id/remix', remix),
  ];
}

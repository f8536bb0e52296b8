/**
 * The gateways' older OpenAI-style shape over the shared video state: `POST /v1/videos/generations`
 * with `{model, prompt, duration}` holds the request until the video is done, then answers
 * `{created, data: [{url}]}`; the URL points back at this simulator.
 */
import { videoFileReply } from '../../simulator/files.js';
import { bodyKeys, errorReply, jsonReply, type Reply } from '../../simulator/http.js';
import { plannedCompletionMs } from '../../simulator/videos.js';
import { acceptVideo, showVideo, type RouteContext, type RouteDefinition, type SimulatorWorld } from '../../simulator/world.js';

const DEFAULT_DURATION = '5';
const DEFAULT_SIZE = '1280x720';
const MAX_DURATION = 60;
const GENERATIONS_FIELDS = ['model', 'prompt', 'duration'];

function invalid(message: string, param: string | null, code: string | null = 'invalid_value'): Reply {
  return errorReply(400, { message, type: 'invalid_request_error', param, code });
}

/** Resolves after `ms` without keeping the process alive on its own. */
function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)).unref());
}

async function generate(world: SimulatorWorld, origin: () => string, context: RouteContext): Promise<Reply> {
  const { fields, error } = context.body;
  if (error !== undefined) return invalid(error, null, null);
  // This shape takes only these three (see the gateway's reference in docs/providers.md).
  const extra = bodyKeys(context.body).find((name) => !GENERATIONS_FIELDS.includes(name));
  if (extra !== undefined) return invalid(`Unknown parameter: '${extra}'.`, extra, 'unknown_parameter');
  const prompt = fields.get('prompt');
  if (prompt === undefined || prompt.trim() === '') return invalid("Missing required parameter: 'prompt'.", 'prompt', 'missing_required_parameter');
  const model = fields.get('model') ?? 'sora-2';
  if (!world.isModelAllowed('openai-generations', model)) return invalid(`The model '${model}' does not exist or you do not have access to it.`, 'model', 'invalid_model');
  const duration = fields.get('duration') ?? DEFAULT_DURATION;
  if (!/^\d+$/.test(duration) || Number(duration) < 1 || Number(duration) > MAX_DURATION) {
    return invalid(`Invalid value: '${duration}'. 'duration' must be a whole number from 1 to ${MAX_DURATION}.`, 'duration');
  }
  const job = acceptVideo(world, { prompt, model, seconds: String(Number(duration)), size: DEFAULT_SIZE, createdAtMs: context.now });
  // Synchronous API: answer only once the video has finished, one way or the other.
  const doneAt = plannedCompletionMs(job) ?? job.createdAtMs + job.queueMs + (job.failure?.failAfterMs ?? 0);
  await pause(doneAt - context.now);
  const state = showVideo(world, job, Math.max(context.now, doneAt));
  if (state.error?.code === 'moderation_blocked') {
    return errorReply(400, { message: state.error.message, type: 'invalid_request_error', param: 'prompt', code: state.error.code });
  }
  if (state.error) return errorReply(500, { message: state.error.message, type: 'server_error', param: null, code: state.error.code });
  return jsonReply(200, { created: Math.floor(context.now / 1000), data: [{ url: `${origin()}/v1/generations/files/${job.id}.mp4` }] });
}

function file(world: SimulatorWorld, context: RouteContext): Reply {
  const id = (context.params.id ?? '').replace(/\.mp4$/, '');
  const job = world.store.get(id);
  const missing = (message: string): Reply => errorReply(404, { message, type: 'invalid_request_error', param: null, code: null });
  if (!job) return missing(`File '${id}' not found.`);
  return videoFileReply(world, job, context.now, (why) => missing(why === 'expired' ? `File '${id}' has expired.` : `File '${id}' is not available.`));
}

/** `POST /v1/videos/generations` and the file URLs it hands out; `origin` is read per request. */
export function generationsRoutes(world: SimulatorWorld, origin: () => string): RouteDefinition[] {
  return [
    { name: 'create', method: 'POST', pattern: '/v1/videos/generations', handle: (context) => generate(world, origin, context) },
    { name: 'content', method: 'GET', pattern: '/v1/generations/files/:id', handle: (context) => file(world, context) },
  ];
}

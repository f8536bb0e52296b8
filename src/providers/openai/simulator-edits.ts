/**
 * The OpenAI Videos routes that start from an existing video or make characters: edit, extend,
 * and create/get character. Edit and extend take the source as `video: {id}` (multipart
 * `video[id]`); an uploaded source video is answered with a 400 saying the simulator does not
 * model it, since it cannot tell the upload's length or size. Characters live in memory only.
 */
import { randomBytes } from 'node:crypto';
import { jsonReply, type Reply, type RequestBody } from '../../simulator/http.js';
import { invalid, supportedValues, toOpenAiVideo, unknownParameter, videoNotFound } from './simulator.js';
import type { VideoJob } from '../../simulator/videos.js';
import { acceptVideo, peekVideo, type RouteContext, type RouteDefinition, type SimulatedCharacter, type SimulatorWorld } from '../../simulator/world.js';

/** What `createCharacter` answers and `getCharacter` returns. */
export type OpenAiCharacter = SimulatedCharacter;

/** Seconds an extension may add (the SDK's `VideoExtendParams.seconds` documentation). */
const EXTENSION_SECONDS = ['4', '8', '12', '16', '20'];

function record(value: unknown): Readonly<Record<string, unknown>> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function notModelled(what: string): Reply {
  return invalid(`The video-batch simulator does not model ${what}; pass the source as video: {id: "video_..."}.`, 'video', 'unsupported_by_simulator');
}

/** The completed source video a request names, or the reply that refuses it. */
function sourceVideo(world: SimulatorWorld, context: RouteContext, action: string): VideoJob | Reply {
  const body: RequestBody = context.body;
  if (body.files.has('video')) return notModelled(`${action} of an uploaded video`);
  const id = body.fields.get('video[id]') ?? record(body.json?.video)?.id;
  if (typeof id !== 'string' || id === '') return invalid("Missing required parameter: 'video'.", 'video', 'missing_required_parameter');
  const job = world.store.get(id);
  if (!job) return videoNotFound(id);
  const { status } = peekVideo(world, job, context.now);
  if (status !== 'completed') return invalid(`Video '${id}' is ${status}; only completed videos can be used for ${action}.`, 'video', null);
  return job;
}

function promptOf(context: RouteContext): string | Reply {
  const prompt = context.body.fields.get('prompt');
  if (prompt === undefined || prompt.trim() === '') return invalid("Missing required parameter: 'prompt'.", 'prompt', 'missing_required_parameter');
  return prompt;
}

function derive(world: SimulatorWorld, context: RouteContext, action: 'edits' | 'extensions', known: readonly string[]): Reply {
  if (context.body.error !== undefined) return invalid(context.body.error, null, null);
  const unknown = unknownParameter(context, known);
  if (unknown) return unknown;
  const prompt = promptOf(context);
  if (typeof prompt !== 'string') return prompt;
  let seconds: string | undefined;
  if (action === 'extensions') {
    seconds = context.body.fields.get('seconds');
    if (seconds === undefined) return invalid("Missing required parameter: 'seconds'.", 'seconds', 'missing_required_parameter');
    if (!EXTENSION_SECONDS.includes(seconds)) return invalid(`Invalid value: '${seconds}'. Supported values are: ${supportedValues(EXTENSION_SECONDS)}.`, 'seconds');
  }
  const source = sourceVideo(world, context, action === 'edits' ? 'an edit' : 'an extension');
  if ('status' in source) return source;
  const job = acceptVideo(world, {
    prompt,
    model: source.model,
    // An extension's `seconds` is the stitched total, as the SDK's `Video.seconds` says.
    seconds: seconds === undefined ? source.seconds : String(Number(source.seconds) + Number(seconds)),
    size: source.size,
    createdAtMs: context.now,
  });
  return jsonReply(200, toOpenAiVideo(job, peekVideo(world, job, context.now)));
}

function createCharacter(world: SimulatorWorld, context: RouteContext): Reply {
  if (context.body.error !== undefined) return invalid(context.body.error, null, null);
  const unknown = unknownParameter(context, ['name', 'video']);
  if (unknown) return unknown;
  const name = context.body.fields.get('name');
  if (name === undefined || name.trim() === '') return invalid("Missing required parameter: 'name'.", 'name', 'missing_required_parameter');
  if (!context.body.files.has('video')) return invalid("Missing required parameter: 'video'.", 'video', 'missing_required_parameter');
  const character: OpenAiCharacter = { id: `char_${randomBytes(16).toString('hex')}`, created_at: Math.floor(context.now / 1000), name };
  world.characters.set(character.id, character);
  return jsonReply(200, character);
}

function getCharacter(world: SimulatorWorld, context: RouteContext): Reply {
  const id = context.params.id ?? '';
  const character = world.characters.get(id);
  if (!character) return invalid(`Character with id '${id}' not found.`, null, null, 404);
  return jsonReply(200, character);
}

/** Edit, extend and the character routes under `prefix` (default `/v1`). */
export function openAiEditRoutes(world: SimulatorWorld, prefix = '/v1'): RouteDefinition[] {
  return [
    { name: 'edit', method: 'POST', pattern: `${prefix}/videos/edits`, handle: (context) => derive(world, context, 'edits', ['prompt', 'video']) },
    { name: 'extend', method: 'POST', pattern: `${prefix}/videos/extensions`, handle: (context) => derive(world, context, 'extensions', ['prompt', 'seconds', 'video']) },
    { name: 'characters', method: 'POST', pattern: `${prefix}/videos/characters`, handle: (context) => createCharacter(world, context) },
    { name: 'characters', method: 'GET', pattern: `${prefix}/videos/characters/:id`, handle: (context) => getCharacter(world, context) },
  ];
}

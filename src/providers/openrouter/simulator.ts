/**
 * OpenRouter's video generation API in the simulator, under `/openrouter/api/v1`, over the shared
 * video state: `GET /videos/models` (the transcribed capabilities of simulator-models.ts),
 * `POST /videos` refusing what those capabilities refuse (400 `{error: {code, message}}`, as the
 * reference's error schemas are), `GET /videos/{id}` with `pending` / `in_progress` / `completed` /
 * `failed`, `unsigned_urls` (the authenticated content route), a signed `urls[0]` (answered
 * without a key) and `usage.cost`, `GET /videos/{id}/content?index=0`, and `GET /key`.
 */
import { jsonReply, type Reply, type RequestBody } from '../../simulator/http.js';
import { videoFileReply } from '../../simulator/files.js';
import type { VideoJob } from '../../simulator/videos.js';
import { inlineImage } from '../../simulator/input-images.js';
import type { InputImageRecord } from '../../simulator/stats.js';
import { acceptVideo, showVideo, type RouteContext, type RouteDefinition, type SimulatorWorld } from '../../simulator/world.js';
import { parseSize, parseVideoModel, resolutionsOf, sizesOf, type OpenRouterModel } from './capabilities.js';
import { SIMULATED_OPENROUTER_MODELS } from './simulator-models.js';

export const OPENROUTER_SIMULATOR_BASE_PATH = '/openrouter/api/v1';
const BASE = OPENROUTER_SIMULATOR_BASE_PATH;

/** The reference's request enums (`VideoGenerationRequest.aspect_ratio` and `.resolution`). */
const ASPECT_RATIOS = ['16:9', '9:16', '1:1', '4:3', '3:4', '3:2', '2:3', '21:9', '9:21'];
const RESOLUTIONS = ['480p', '720p', '768p', '1080p', '1K', '2K', '4K'];
const RESOLUTION_SHORT: Readonly<Record<string, number>> = { '480p': 480, '720p': 720, '768p': 768, '1080p': 1080, '1K': 1080, '2K': 1440, '4K': 2160 };
/** ByteDance bills video tokens as width x height x fps x seconds / 1024; Seedance renders 24 fps. */
const TOKEN_FPS = 24;

/**
 * The simulator's own reading of `pricing_skus`, for `usage.cost`: kept apart from discovery.ts's
 * `pricesOf` (what the run estimates with), so a mistake in one shows against the other.
 */
type SkuPrice =
  | { readonly usdPerSecond: number; readonly sku: string }
  | { readonly unknownUnit: string };

/** SKUs that bill per second of output, in USD or cents, possibly by resolution and audio. */
const PER_SECOND = /^(?:(?:text|image)_to_video_)?(?:duration_seconds|per-video-second|cents_per_second_output|cents_per_video_output_second)(?:[_-](with_audio|without_audio))?(?:[_-](\d+p|\dk))?$/i;

/**
 * The price per second of a job from a model's `pricing_skus`: among the per-second SKUs (USD
 * `duration_seconds...`, `per-video-second...`; cents `cents_per_second_output...`,
 * `cents_per_video_output_second...`), the one for the job's resolution and audio when the model
 * prices them apart, else the plain one; a first frame picks `image_to_video_` SKUs where those
 * exist. Token-priced models (`video_tokens`) and any other unit are `unknownUnit`. Pure.
 */
function skuPrice(skus: Readonly<Record<string, string>> | null, job: { readonly resolution?: string; readonly audio: boolean; readonly firstFrame: boolean }): SkuPrice {
  const entries = Object.entries(skus ?? {});
  if (entries.length === 0) return { unknownUnit: 'no pricing_skus' };
  const candidates = entries.flatMap(([sku, text]) => {
    const match = PER_SECOND.exec(sku);
    const amount = Number(text);
    if (!match || !Number.isFinite(amount)) return [];
    const mode = sku.startsWith('image_to_video_') ? 'image' : sku.startsWith('text_to_video_') ? 'text' : 'any';
    const usd = /^cents_/i.test(sku.replace(/^(?:text|image)_to_video_/, '')) ? amount / 100 : amount;
    return [{ sku, usd, audio: match[1]?.toLowerCase(), resolution: match[2]?.toLowerCase(), mode }];
  });
  if (candidates.length === 0) return { unknownUnit: entries.map(([sku]) => sku).join(', ') };
  const wantResolution = job.resolution?.toLowerCase();
  const wantAudio = job.audio ? 'with_audio' : 'without_audio';
  const wantMode = job.firstFrame ? 'image' : 'text';
  const score = (c: (typeof candidates)[number]): number =>
    (c.resolution === undefined ? 1 : c.resolution === wantResolution ? 4 : -100) +
    (c.audio === undefined ? 1 : c.audio === wantAudio ? 2 : -100) +
    (c.mode === 'any' ? 1 : c.mode === wantMode ? 2 : -100);
  const best = [...candidates].sort((a, b) => score(b) - score(a))[0];
  if (!best || score(best) < 0) return { unknownUnit: entries.map(([sku]) => sku).join(', ') };
  return { usdPerSecond: Math.round(best.usd * 1e6) / 1e6, sku: best.sku };
}

/** What the simulator keeps of each job beyond the shared video state. */
interface JobRecord {
  readonly model: OpenRouterModel;
  readonly costUsd: number;
  readonly audio: boolean;
}

function refusal(status: number, message: string): Reply {
  return jsonReply(status, { error: { code: status, message } });
}

function promptOf(body: RequestBody): string | undefined {
  const prompt = body.json?.prompt;
  return typeof prompt === 'string' ? prompt : undefined;
}

function sizeAt(ratio: string, short: number): string {
  const [w = 16, h = 9] = ratio.split(':').map(Number);
  const long = Math.round((short * Math.max(w, h)) / Math.min(w, h) / 2) * 2;
  return w >= h ? `${long}x${short}` : `${short}x${long}`;
}

/** What the job costs as the model's pricing_skus bill it (per second, or ByteDance's video tokens). */
function costOf(model: OpenRouterModel, seconds: number, size: string, audio: boolean, firstFrame: boolean): number {
  const names = resolutionsOf(size);
  const name = names.find((r) => model.supported_resolutions?.includes(r)) ?? names[0];
  const price = skuPrice(model.pricing_skus, { ...(name === undefined ? {} : { resolution: name }), audio, firstFrame });
  if ('usdPerSecond' in price) return Math.round(price.usdPerSecond * seconds * 10_000) / 10_000;
  const perToken = Number(model.pricing_skus?.[audio ? 'video_tokens' : 'video_tokens_without_audio'] ?? model.pricing_skus?.video_tokens ?? 0);
  const { width, height } = parseSize(size) ?? { width: 1280, height: 720 };
  return Math.round(((width * height * TOKEN_FPS * seconds) / 1024) * perToken * 10_000) / 10_000;
}

/** The first problem with a create body, as the real API would refuse it; undefined when it is fine. */
function bodyProblem(model: OpenRouterModel, json: Readonly<Record<string, unknown>>): string | undefined {
  const { duration, aspect_ratio: ratio, resolution, size, frame_images: frames, generate_audio: audio } = json;
  if (typeof json.prompt !== 'string' || json.prompt.trim() === '') return 'prompt is required for this model';
  if (duration !== undefined && (typeof duration !== 'number' || !Number.isInteger(duration) || duration < 1)) return 'duration must be an integer of at least 1';
  if (typeof duration === 'number' && model.supported_durations && !model.supported_durations.includes(duration)) {
    return `duration ${duration} is not supported by ${model.id}; supported durations: ${model.supported_durations.join(', ')}`;
  }
  if (ratio !== undefined && (typeof ratio !== 'string' || !ASPECT_RATIOS.includes(ratio))) return `aspect_ratio must be one of ${ASPECT_RATIOS.join(', ')}`;
  if (typeof ratio === 'string' && model.supported_aspect_ratios && !model.supported_aspect_ratios.includes(ratio)) {
    return `aspect_ratio ${ratio} is not supported by ${model.id}; supported aspect ratios: ${model.supported_aspect_ratios.join(', ')}`;
  }
  if (resolution !== undefined && (typeof resolution !== 'string' || !RESOLUTIONS.includes(resolution))) return `resolution must be one of ${RESOLUTIONS.join(', ')}`;
  if (typeof resolution === 'string' && model.supported_resolutions && !model.supported_resolutions.includes(resolution)) {
    return `resolution ${resolution} is not supported by ${model.id}; supported resolutions: ${model.supported_resolutions.join(', ')}`;
  }
  if (size !== undefined && (typeof size !== 'string' || !parseSize(size))) return 'size must be "WIDTHxHEIGHT"';
  if (typeof size === 'string' && !sizesOf(model).includes(size)) return `size ${size} is not supported by ${model.id}; supported sizes: ${sizesOf(model).join(', ')}`;
  if (audio !== undefined && typeof audio !== 'boolean') return 'generate_audio must be a boolean';
  if (frames !== undefined) {
    if (!Array.isArray(frames)) return 'frame_images must be an array';
    for (const frame of frames) {
      const entry = frame as Record<string, unknown> | null;
      const url = (entry?.image_url as Record<string, unknown> | undefined)?.url;
      if (entry?.type !== 'image_url' || typeof url !== 'string' || !/^(data:image\/[a-z]+;base64,|https:\/\/)/.test(url)) return 'frame_images[].image_url.url must be an https URL or an image data URL';
      if (entry.frame_type !== 'first_frame' && entry.frame_type !== 'last_frame') return 'frame_images[].frame_type must be first_frame or last_frame';
      if (model.supported_frame_images && !model.supported_frame_images.includes(entry.frame_type)) return `frame_type ${entry.frame_type} is not supported by ${model.id}`;
    }
  }
  return undefined;
}

/**
 * The inline images of a create, recorded as `frame_images[i] first_frame|last_frame` and
 * `input_references[i]`; frames and references together are refused (the real API drops the
 * references, which a test must notice).
 */
function requestImages(json: Readonly<Record<string, unknown>>): InputImageRecord[] | string {
  const records: InputImageRecord[] = [];
  const frames = Array.isArray(json.frame_images) ? json.frame_images : [];
  const references = json.input_references;
  if (references !== undefined && !Array.isArray(references)) return 'input_references must be an array';
  if (frames.length > 0 && Array.isArray(references) && references.length > 0) return 'frame_images and input_references together: the references would be dropped';
  const types = frames.map((frame) => (frame as { frame_type?: unknown }).frame_type);
  if (types.filter((type) => type === 'first_frame').length > 1 || types.filter((type) => type === 'last_frame').length > 1) return 'frame_images may hold one first_frame and one last_frame';
  if (types.includes('last_frame') && !types.includes('first_frame')) return 'a last_frame needs a first_frame';
  const add = (field: string, url: unknown): string | undefined => {
    if (typeof url !== 'string' || !url.startsWith('data:')) return undefined;
    const decoded = inlineImage(field, url);
    if (typeof decoded === 'string') return decoded;
    records.push(decoded);
    return undefined;
  };
  for (const [index, frame] of frames.entries()) {
    const entry = frame as { image_url?: { url?: unknown }; frame_type?: unknown };
    const problem = add(`frame_images[${index}] ${String(entry.frame_type)}`, entry.image_url?.url);
    if (problem) return problem;
  }
  for (const [index, reference] of (Array.isArray(references) ? references : []).entries()) {
    const entry = reference as { type?: unknown; image_url?: { url?: unknown } } | null;
    if (entry?.type !== 'image_url' || typeof entry.image_url?.url !== 'string') return 'input_references[].image_url.url is required';
    const problem = add(`input_references[${index}]`, entry.image_url.url);
    if (problem) return problem;
  }
  return records;
}

function create(world: SimulatorWorld, jobs: Map<string, JobRecord>, models: ReadonlyMap<string, OpenRouterModel>, origin: () => string, context: RouteContext): Reply {
  const { json, error } = context.body;
  if (error !== undefined || !json) return refusal(400, error ?? 'The request body must be a JSON object.');
  const id = typeof json.model === 'string' ? json.model : undefined;
  if (!id) return refusal(400, 'model is required');
  const model = models.get(id);
  if (!model || !world.isModelAllowed('openrouter', id)) return refusal(404, `Model ${id} not found or does not support video generation`);
  const problem = bodyProblem(model, json);
  if (problem) return refusal(400, problem);
  const seconds = typeof json.duration === 'number' ? json.duration : model.supported_durations?.[0] ?? 8;
  const ratio = typeof json.aspect_ratio === 'string' ? json.aspect_ratio : model.supported_aspect_ratios?.[0] ?? '16:9';
  const resolution = typeof json.resolution === 'string' ? json.resolution : model.supported_resolutions?.[0] ?? '720p';
  const size = typeof json.size === 'string' ? json.size : sizeAt(ratio, RESOLUTION_SHORT[resolution] ?? 720);
  // The reference: generate_audio "defaults to the endpoint's generate_audio capability flag".
  const audio = typeof json.generate_audio === 'boolean' ? json.generate_audio && model.generate_audio !== false : model.generate_audio === true;
  const frames = Array.isArray(json.frame_images) ? json.frame_images : [];
  const first = frames.map((frame) => (frame as { image_url?: { url?: unknown } }).image_url?.url).find((url): url is string => typeof url === 'string');
  const images = requestImages(json);
  if (typeof images === 'string') return refusal(400, images);
  const mapped = ['model', 'prompt', 'duration', 'aspect_ratio', 'resolution', 'size', 'frame_images', 'input_references'];
  const extraFields = Object.fromEntries(Object.entries(json).filter(([name]) => !mapped.includes(name)));
  const job = acceptVideo(world, {
    prompt: String(json.prompt),
    model: id,
    seconds: String(seconds),
    size,
    createdAtMs: context.now,
    ...(first?.startsWith('data:') ? { inputReferenceBytes: Buffer.from(first.slice(first.indexOf(',') + 1), 'base64').length } : {}),
  }, extraFields, images);
  jobs.set(job.id, { model, audio, costUsd: costOf(model, seconds, size, audio, first !== undefined) });
  return jsonReply(202, { id: job.id, polling_url: `${origin()}${BASE}/videos/${job.id}`, status: 'pending' });
}

function signature(id: string): string {
  return Buffer.from(`openrouter-sim:${id}`).toString('base64url');
}

function retrieve(world: SimulatorWorld, jobs: ReadonlyMap<string, JobRecord>, origin: () => string, context: RouteContext): Reply {
  const id = context.params.id ?? '';
  const job = jobs.has(id) ? world.store.get(id) : undefined;
  const own = jobs.get(id);
  if (!job || !own) return refusal(404, 'Video generation job not found');
  return jsonReply(200, answer(world, own, origin, job, context.now));
}

function answer(world: SimulatorWorld, own: JobRecord, origin: () => string, job: VideoJob, now: number): Readonly<Record<string, unknown>> {
  const state = showVideo(world, job, now);
  const status = { queued: 'pending', in_progress: 'in_progress', completed: 'completed', failed: 'failed' }[state.status];
  const head = { id: job.id, polling_url: `${origin()}${BASE}/videos/${job.id}`, status, generation_id: `gen-${job.id}` };
  if (state.status === 'failed') return { ...head, error: state.error?.message ?? 'Generation failed' };
  if (state.status !== 'completed') return head;
  return {
    ...head,
    unsigned_urls: [`${origin()}${BASE}/videos/${job.id}/content?index=0`],
    urls: [`${origin()}/files/openrouter/${job.id}.mp4?signature=${signature(job.id)}`],
    usage: { cost: own.costUsd, is_byok: false },
  };
}

function content(world: SimulatorWorld, jobs: ReadonlyMap<string, JobRecord>, context: RouteContext, signed: boolean): Reply {
  const id = (context.params.id ?? '').replace(/\.mp4$/, '');
  const job = jobs.has(id) ? world.store.get(id) : undefined;
  if (!job) return refusal(404, 'Video generation job not found');
  if (signed && context.query.get('signature') !== signature(id)) return refusal(403, 'The signature of this URL does not match');
  if (!signed && (context.query.get('index') ?? '0') !== '0') return refusal(400, 'index is out of range');
  return videoFileReply(world, job, context.now, (why) => refusal(why === 'not_ready' ? 400 : 404, why === 'not_ready' ? 'The video generation job has not completed' : `The video is ${why}`));
}

/** The OpenRouter routes, and the signed files they hand out. One record per simulator, never shared. */
export function openRouterRoutes(world: SimulatorWorld, origin: () => string): readonly RouteDefinition[] {
  const jobs = new Map<string, JobRecord>();
  const models = new Map(SIMULATED_OPENROUTER_MODELS.map(parseVideoModel).filter((m): m is OpenRouterModel => m !== undefined).map((m) => [m.id, m]));
  const listed = () => SIMULATED_OPENROUTER_MODELS.filter((entry) => world.isModelAllowed('openrouter', String(entry.id)));
  return [
    // The guide lists models with no key sent; a key is accepted too.
    { name: 'other', method: 'GET', pattern: `${BASE}/videos/models`, handle: () => jsonReply(200, { data: listed() }), anonymous: true },
    { name: 'create', method: 'POST', pattern: `${BASE}/videos`, handle: (c) => create(world, jobs, models, origin, c), promptOf },
    { name: 'retrieve', method: 'GET', pattern: `${BASE}/videos/:id`, handle: (c) => retrieve(world, jobs, origin, c) },
    { name: 'content', method: 'GET', pattern: `${BASE}/videos/:id/content`, handle: (c) => content(world, jobs, c, false) },
    { name: 'content', method: 'GET', pattern: '/files/openrouter/:id', handle: (c) => content(world, jobs, c, true), anonymous: true },
    { name: 'other', method: 'GET', pattern: `${BASE}/key`, handle: () => jsonReply(200, { data: { label: 'sk-or-v1-sim...', limit: null, usage: 0, is_free_tier: false } }) },
  ];
}

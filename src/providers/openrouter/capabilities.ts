/**
 * What `GET {base}/videos/models` says of each video model (OpenRouter's `VideoModel`), read at the
 * boundary into exact types, and what follows from it for one job: whether its duration, size,
 * first frame and audio switch are allowed.
 * Pure. A field the answer leaves `null` is "not stated": nothing is checked against it.
 */
import type { ModelFacts } from '../discovery/facts.js';
import { asRecord, asString } from '../fetch-json.js';

/** One model's capabilities (the API's snake_case names kept inside the provider). */
export interface OpenRouterModel {
  readonly id: string;
  readonly name?: string;
  readonly supported_durations: readonly number[] | null;
  readonly supported_resolutions: readonly string[] | null;
  readonly supported_aspect_ratios: readonly string[] | null;
  readonly supported_sizes: readonly string[] | null;
  readonly supported_frame_images: readonly string[] | null;
  /** Whether the model can make audio; null = not stated. */
  readonly generate_audio: boolean | null;
  /** Whether the model honours `seed`; null = not stated. */
  readonly seed: boolean | null;
  readonly allowed_passthrough_parameters: readonly string[];
  /** SKU name -> price as a decimal string (USD, or cents where the SKU's name says so). */
  readonly pricing_skus: Readonly<Record<string, string>> | null;
}

function list<T>(value: unknown, item: (entry: unknown) => T | undefined): T[] | null {
  if (!Array.isArray(value)) return null;
  return value.map(item).filter((entry): entry is T => entry !== undefined);
}

const integer = (value: unknown): number | undefined => (typeof value === 'number' && Number.isInteger(value) ? value : undefined);
const flag = (value: unknown): boolean | null => (typeof value === 'boolean' ? value : null);

/** One entry of the models list, or undefined when it has no id. */
export function parseVideoModel(value: unknown): OpenRouterModel | undefined {
  const entry = asRecord(value);
  const id = asString(entry?.id);
  if (!entry || !id) return undefined;
  const skus = asRecord(entry.pricing_skus);
  const name = asString(entry.name);
  return {
    id,
    ...(name === undefined ? {} : { name }),
    supported_durations: list(entry.supported_durations, integer),
    supported_resolutions: list(entry.supported_resolutions, asString),
    supported_aspect_ratios: list(entry.supported_aspect_ratios, asString),
    supported_sizes: list(entry.supported_sizes, asString),
    supported_frame_images: list(entry.supported_frame_images, asString),
    generate_audio: flag(entry.generate_audio),
    seed: flag(entry.seed),
    allowed_passthrough_parameters: list(entry.allowed_passthrough_parameters, asString) ?? [],
    pricing_skus: skus ? Object.fromEntries(Object.entries(skus).flatMap(([key, price]) => (typeof price === 'string' ? [[key, price]] : []))) : null,
  };
}

/** The `data` of a models list answer; undefined when the answer has no `data` array. */
export function parseVideoModels(body: unknown): OpenRouterModel[] | undefined {
  const data = asRecord(body)?.data;
  if (!Array.isArray(data)) return undefined;
  return data.map(parseVideoModel).filter((model): model is OpenRouterModel => model !== undefined);
}

/** Ratios OpenRouter names (`VideoGenerationRequest.aspect_ratio`), as width over height. */
const RATIOS: readonly (readonly [string, number, number])[] = [
  ['16:9', 16, 9], ['9:16', 9, 16], ['1:1', 1, 1], ['4:3', 4, 3], ['3:4', 3, 4], ['3:2', 3, 2], ['2:3', 2, 3], ['21:9', 21, 9], ['9:21', 9, 21],
];

/** Nominal sizes round one side (854x480 is 16:9 at 480p, 2520x1080 is 21:9): this much off still counts. */
const RATIO_TOLERANCE = 0.02;

/** The short side each resolution name stands for; `1K`/`2K`/`4K` name the long side's class. */
const RESOLUTION_SHORT_SIDE: Readonly<Record<string, number>> = { '480p': 480, '720p': 720, '768p': 768, '1080p': 1080, '1K': 1080, '2K': 1440, '4K': 2160 };

/** `WIDTHxHEIGHT` as numbers, or undefined. */
export function parseSize(size: string): { readonly width: number; readonly height: number } | undefined {
  const match = /^(\d+)x(\d+)$/.exec(size);
  const width = Number(match?.[1]);
  const height = Number(match?.[2]);
  return match && width > 0 && height > 0 ? { width, height } : undefined;
}

/** The aspect ratio name of a size, or undefined when it has none of OpenRouter's. */
export function ratioOf(size: string): string | undefined {
  const parsed = parseSize(size);
  if (!parsed) return undefined;
  const ratio = parsed.width / parsed.height;
  return RATIOS.find(([, w, h]) => Math.abs(ratio - w / h) / (w / h) <= RATIO_TOLERANCE)?.[0];
}

/** The resolution names whose short side is the size's short side (`1080p` and `1K` for 1920x1080). */
export function resolutionsOf(size: string): string[] {
  const parsed = parseSize(size);
  if (!parsed) return [];
  const short = Math.min(parsed.width, parsed.height);
  return Object.entries(RESOLUTION_SHORT_SIDE).filter(([, side]) => side === short).map(([name]) => name);
}

/** How a job's size travels in the body: as `size` itself, or as `resolution` + `aspect_ratio`. */
export type SizeFields = { readonly size: string } | { readonly resolution: string; readonly aspect_ratio: string };

/**
 * The body fields for `size` on `model`: `size` when the model lists it in `supported_sizes` (the
 * reference: "interchangeable with resolution + aspect_ratio"), else the resolution and ratio the
 * model lists that the size has; undefined when the model can express neither. Without a list of
 * sizes or resolutions (not stated), `size` is sent as written.
 */
export function sizeFields(model: OpenRouterModel | undefined, size: string): SizeFields | undefined {
  if (!model || model.supported_sizes?.includes(size)) return { size };
  if (model.supported_sizes && model.supported_sizes.length > 0) return undefined;
  if (!model.supported_resolutions) return { size };
  const ratio = ratioOf(size);
  const resolution = resolutionsOf(size).find((name) => model.supported_resolutions?.includes(name));
  if (!ratio || !resolution) return undefined;
  if (model.supported_aspect_ratios && !model.supported_aspect_ratios.includes(ratio)) return undefined;
  return { resolution, aspect_ratio: ratio };
}

/** Every `WIDTHxHEIGHT` a model can make, for messages: its sizes, else its resolutions at its ratios. */
export function sizesOf(model: OpenRouterModel): string[] {
  if (model.supported_sizes && model.supported_sizes.length > 0) return [...model.supported_sizes];
  const sizes: string[] = [];
  for (const resolution of model.supported_resolutions ?? []) {
    const short = RESOLUTION_SHORT_SIDE[resolution];
    if (short === undefined) continue;
    for (const [name, w, h] of RATIOS) {
      if (model.supported_aspect_ratios && !model.supported_aspect_ratios.includes(name)) continue;
      const long = Math.round((short * Math.max(w, h)) / Math.min(w, h) / 2) * 2;
      sizes.push(w >= h ? `${long}x${short}` : `${short}x${long}`);
    }
  }
  return sizes;
}

/** What one job asks of a model, in the terms its capabilities and prices use. */
export interface CapabilityRequest {
  readonly seconds?: number;
  readonly size?: string;
  readonly firstFrame: boolean;
  /** Whether the job sends a last frame (`frame_type: last_frame`). @default false */
  readonly lastFrame?: boolean;
  /** How many reference images (`input_references`) the job sends. @default 0 */
  readonly references?: number;
  /** The audio switch when the job sets it (`generate_audio`). */
  readonly audio?: boolean;
}

/** One thing a model's capabilities refuse, with the job field it concerns. */
export interface CapabilityProblem {
  readonly field: string;
  readonly message: string;
}

/** Everything `model`'s capabilities refuse in `request`, in one pass. Pure. */
export function capabilityProblems(model: OpenRouterModel, request: CapabilityRequest): CapabilityProblem[] {
  const problems: CapabilityProblem[] = [];
  const durations = model.supported_durations;
  if (request.seconds !== undefined && durations && durations.length > 0 && !durations.includes(request.seconds)) {
    problems.push({ field: 'seconds', message: `${model.id} on OpenRouter takes ${[...durations].sort((a, b) => a - b).join(', ')} seconds (got ${request.seconds})` });
  }
  if (request.size !== undefined && !sizeFields(model, request.size)) {
    const sizes = sizesOf(model);
    problems.push({ field: 'size', message: `${model.id} on OpenRouter cannot make ${request.size}; it makes ${sizes.length > 0 ? sizes.join(', ') : 'no size it states'}` });
  }
  if (request.firstFrame && model.supported_frame_images && !model.supported_frame_images.includes('first_frame')) {
    problems.push({ field: 'input_reference', message: `${model.id} on OpenRouter takes no first frame image (supported_frame_images: ${model.supported_frame_images.join(', ') || 'none'})` });
  }
  if (request.lastFrame && model.supported_frame_images && !model.supported_frame_images.includes('last_frame')) {
    problems.push({ field: 'last_frame', message: `${model.id} on OpenRouter takes no last frame image (supported_frame_images: ${model.supported_frame_images.join(', ') || 'none'}); drop last_frame` });
  } else if (request.lastFrame && !request.firstFrame) {
    problems.push({ field: 'last_frame', message: `${model.id} on OpenRouter takes a last frame only with a first frame; add first_frame` });
  }
  // The cookbook: with both frame_images and input_references the request is image-to-video and the references are dropped.
  if ((request.references ?? 0) > 0 && (request.firstFrame || request.lastFrame)) {
    problems.push({ field: 'reference_images', message: 'OpenRouter drops input_references when frame_images are sent (the request becomes image-to-video); use either the frames or reference_images' });
  }
  if (request.audio === true && model.generate_audio === false) {
    problems.push({ field: 'generate_audio', message: `${model.id} on OpenRouter makes no audio; drop generate_audio or set it false` });
  }
  return problems;
}

/** The capabilities facts state, as the client and the checks read them (the inverse of discovery.ts's factsOf). */
export function modelFromFacts(facts: ModelFacts | undefined): OpenRouterModel | undefined {
  const limits = facts?.limits;
  if (!facts?.found || !limits) return undefined;
  return {
    id: facts.model,
    supported_durations: limits.seconds ?? null,
    supported_resolutions: limits.resolutions ?? null,
    supported_aspect_ratios: limits.aspectRatios ?? null,
    supported_sizes: limits.sizes ?? null,
    // Facts cached before frameImages existed say only whether a first frame goes: the rest is unknown (null), not refused.
    supported_frame_images: limits.frameImages ?? (limits.imageInput === false ? [] : null),
    generate_audio: limits.audio ?? null,
    seed: limits.seed ?? null,
    allowed_passthrough_parameters: limits.passthrough ?? [],
    pricing_skus: null,
  };
}

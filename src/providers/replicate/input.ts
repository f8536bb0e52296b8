/**
 * What a job becomes on Replicate: which endpoint the model id names, and the `input` object in
 * the model's own field names (where this folder knows the model) or the common ones. Pure.
 */
import type { JobSpec } from '../../types.js';
import type { JobProblem, ProviderParams } from '../module.js';
import type { JsonSchema } from '../discovery/facts.js';
import { withParams } from '../params.js';
import { asImages, schemaInput, type ReplicateImages } from './mapping.js';

/** `owner/name` (an official model, run by name) or `owner/name:version` (a pinned version). */
export interface ModelRef {
  readonly owner: string;
  readonly name: string;
  readonly version?: string;
}

const MODEL_REF = /^([A-Za-z0-9][\w.-]*)\/([A-Za-z0-9][\w.-]*)(?::([A-Za-z0-9]+))?$/;

/** The parts of a model id, or undefined when it has neither form. */
export function parseModelRef(model: string): ModelRef | undefined {
  const match = MODEL_REF.exec(model);
  if (!match) return undefined;
  const [, owner = '', name = '', version] = match;
  return { owner, name, ...(version === undefined ? {} : { version }) };
}

/** The input field each of video-batch's own settings goes to; absent = the model has no such field. */
export interface InputNames {
  readonly duration?: string;
  readonly aspectRatio?: string;
  readonly resolution?: string;
  readonly image?: string;
}

/** The names most of Replicate's video models use (Veo, Seedance, Wan): sent to a model this table does not know. */
export const COMMON_INPUT_NAMES: InputNames = { duration: 'duration', aspectRatio: 'aspect_ratio', resolution: 'resolution', image: 'image' };

/**
 * Models whose input schema was read (see PROVIDER.md for the pages and dates). Kling takes its
 * first frame as `start_image` (`image` is its deprecated name) and has no resolution field.
 */
const KNOWN_INPUT_NAMES: Readonly<Record<string, InputNames>> = {
  'google/veo-3.1-fast': COMMON_INPUT_NAMES,
  'google/veo-3.1': COMMON_INPUT_NAMES,
  'bytedance/seedance-1-pro': COMMON_INPUT_NAMES,
  'kwaivgi/kling-v2.5-turbo-pro': { duration: 'duration', aspectRatio: 'aspect_ratio', image: 'start_image' },
};

/** The input names of a model (its version pin ignored). */
export function inputNamesFor(model: string): InputNames {
  const ref = parseModelRef(model);
  return (ref && KNOWN_INPUT_NAMES[`${ref.owner}/${ref.name}`]) ?? COMMON_INPUT_NAMES;
}

/** Aspect ratios video models on Replicate name, as `W:H` with their width over height. */
const RATIOS: readonly (readonly [string, number])[] = [
  ['16:9', 16 / 9],
  ['9:16', 9 / 16],
  ['1:1', 1],
  ['4:3', 4 / 3],
  ['3:4', 3 / 4],
  ['21:9', 21 / 9],
  ['9:21', 9 / 21],
  ['3:2', 3 / 2],
  ['2:3', 2 / 3],
];

/** Nominal sizes round their long side (864x480 is 16:9 at 480p): this much off still counts. */
const RATIO_TOLERANCE = 0.02;

/**
 * A `WIDTHxHEIGHT` as `aspect_ratio` + `resolution` when the model's schema is not at hand: its short
 * side as `720p`, 2160 as `4k` (no Replicate video schema read spells it `2160p`); undefined when no
 * ratio fits. With the schema, mapping.ts takes the spelling from its enums instead.
 */
export function sizeFields(size: string): { readonly aspectRatio: string; readonly resolution: string } | undefined {
  const match = /^(\d+)x(\d+)$/.exec(size);
  if (!match) return undefined;
  const width = Number(match[1]);
  const height = Number(match[2]);
  if (width === 0 || height === 0) return undefined;
  const ratio = RATIOS.find(([, value]) => Math.abs(width / height - value) / value <= RATIO_TOLERANCE);
  const short = Math.min(width, height);
  return ratio && { aspectRatio: ratio[0], resolution: short === 2160 ? '4k' : `${short}p` };
}

/**
 * A job's params join the prediction's `input`, beside the fields each model documents there
 * (`seed`, `negative_prompt`, `generate_audio`, `camera_fixed`...). Reserved: every name
 * video-batch's own mapping may write, whatever the model.
 */
export const REPLICATE_PARAMS: ProviderParams = {
  into: '`input`',
  reserved: {
    prompt: 'prompt', duration: 'seconds', aspect_ratio: 'size', resolution: 'size', image: 'first_frame', start_image: 'first_frame',
    last_frame: 'last_frame', last_frame_image: 'last_frame', end_image: 'last_frame', reference_images: 'reference_images',
  },
};

/**
 * The prediction's `input`: prompt, then seconds -> duration, size -> aspect ratio and resolution,
 * input_reference -> the first-frame field (a data URL), each under the model's own name (a
 * setting the model has no field for is left out rather than sent under a name it would reject),
 * then the job's params.
 */
export function replicateInput(job: JobSpec, images?: string | ReplicateImages, schema?: JsonSchema): Record<string, unknown> {
  // The model's published schema, when discovery read it, spells every field; this folder's table is the fallback.
  if (schema) return withParams(schemaInput(job, schema, images).input, job, REPLICATE_PARAMS);
  const imageDataUrl = asImages(images).first;
  const names = inputNamesFor(job.model);
  const input: Record<string, unknown> = { prompt: job.prompt };
  if (job.seconds !== undefined && names.duration) input[names.duration] = job.seconds;
  const shape = job.size === undefined ? undefined : sizeFields(job.size);
  if (shape && names.aspectRatio) input[names.aspectRatio] = shape.aspectRatio;
  if (shape && names.resolution) input[names.resolution] = shape.resolution;
  if (imageDataUrl !== undefined && names.image) input[names.image] = imageDataUrl;
  if (job.audio !== undefined) input.generate_audio = job.audio;
  return withParams(input, job, REPLICATE_PARAMS);
}

/** Problems with a job on Replicate before anything is sent: the model id's form, a size with no aspect ratio. */
export function replicateJobProblems(job: JobSpec): JobProblem[] {
  const problems: JobProblem[] = [];
  if (!parseModelRef(job.model)) {
    problems.push({
      field: 'model',
      message: `a Replicate model is "owner/name" (e.g. google/veo-3.1-fast) or "owner/name:version" (got ${JSON.stringify(job.model)})`,
    });
  }
  if (job.audio !== undefined && job.params?.generate_audio !== undefined) {
    problems.push({ field: 'params', message: 'params.generate_audio and audio both set the audio switch; keep audio and drop params.generate_audio' });
  }
  if (job.size !== undefined && !sizeFields(job.size)) {
    problems.push({ field: 'size', message: `Replicate's video models take an aspect ratio (${RATIOS.map(([name]) => name).join(', ')}); ${job.size} has none of them` });
  }
  return problems;
}

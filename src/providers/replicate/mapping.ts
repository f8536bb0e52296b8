/**
 * A job as a Replicate model's own input schema spells it: `seconds` in the duration field's type
 * and enum, `size` as the `aspect_ratio` and `resolution` the enums hold (by exact ratio and short
 * side), the image in the field the schema names, `audio` in `generate_audio`; with a problem for
 * each job field the schema cannot take, naming what works, and a check of the job's params
 * against the properties they name. Pure.
 */
import type { JobParams, JobSpec, JsonValue } from '../../types.js';
import type { JsonSchema } from '../discovery/facts.js';
import type { JobProblem } from '../module.js';
import { firstProperty, inputNames, inputProperty, valueProblem, type InputProperty } from './schema.js';

/** Where each of video-batch's own settings may live, in the order a schema is searched. */
const DURATION_FIELDS = ['duration', 'seconds'];
const IMAGE_FIELDS = ['start_image', 'first_frame_image', 'image', 'input_image'];
/** Names models on Replicate give the last frame (Veo 3.1 `last_frame`, Seedance `last_frame_image`, Kling `end_image`...). */
const LAST_FRAME_FIELDS = ['last_frame', 'last_frame_image', 'end_image', 'tail_image', 'end_frame'];
/** Names models on Replicate give a list of reference images (Veo 3.1, Seedance 2.0 `reference_images`). */
const REFERENCE_FIELDS = ['reference_images', 'reference_image_urls', 'image_urls'];

/** A job's images as data URLs, for the model's input. */
export interface ReplicateImages {
  readonly first?: string;
  readonly last?: string;
  readonly references?: readonly string[];
}

/** A first frame alone (the older calls) or every image. */
export function asImages(images: string | ReplicateImages | undefined): ReplicateImages {
  return typeof images === 'string' ? { first: images } : (images ?? {});
}
const AUDIO_FIELDS = ['generate_audio'];

/** The short side a resolution word stands for (`720p`, `1080p`, `4k`, `2K`...); undefined when it is not one. */
export function shortSide(word: string): number | undefined {
  const p = /^(\d+)p$/i.exec(word);
  if (p) return Number(p[1]);
  return ({ '1k': 1080, '2k': 1440, '4k': 2160 } as Readonly<Record<string, number>>)[word.toLowerCase()];
}

/** Nominal sizes round their long side (854x480 is 16:9): this much off still counts. */
const RATIO_TOLERANCE = 0.02;

function ratioValue(word: string): number | undefined {
  const match = /^(\d+):(\d+)$/.exec(word);
  return match ? Number(match[1]) / Number(match[2]) : undefined;
}

function sizeAt(ratio: number, short: number): string {
  const long = Math.round((short * Math.max(ratio, 1 / ratio)) / 2) * 2;
  return ratio >= 1 ? `${long}x${short}` : `${short}x${long}`;
}

function words(property: InputProperty | undefined): string[] {
  return (property?.enum ?? []).filter((value): value is string => typeof value === 'string');
}

/** Every `WIDTHxHEIGHT` the schema's ratio and resolution enums express (720p-based when it has no resolution). */
export function schemaSizes(schema: JsonSchema): string[] {
  const ratios = words(inputProperty(schema, 'aspect_ratio')).flatMap((word) => {
    const value = ratioValue(word);
    return value === undefined ? [] : [value];
  });
  const resolution = inputProperty(schema, 'resolution');
  const shorts = resolution ? words(resolution).map(shortSide).filter((side): side is number => side !== undefined) : [720];
  return ratios.flatMap((ratio) => shorts.map((short) => sizeAt(ratio, short)));
}

/** The input fields a job's size becomes, or the problem with it. */
function sizeInput(schema: JsonSchema, model: string, size: string): { fields: Record<string, JsonValue> } | { problem: JobProblem } {
  const match = /^(\d+)x(\d+)$/.exec(size);
  const width = Number(match?.[1]);
  const height = Number(match?.[2]);
  const ratioProperty = inputProperty(schema, 'aspect_ratio');
  const resolution = inputProperty(schema, 'resolution');
  const refuse = (): { problem: JobProblem } => {
    const sizes = schemaSizes(schema);
    return { problem: { field: 'size', message: sizes.length > 0 ? `${model} on Replicate makes ${sizes.join(', ')} (its aspect_ratio and resolution inputs); ${size} is none of them` : `${model} on Replicate takes no size (its schema has no aspect_ratio input); drop size` } };
  };
  if (!match || width === 0 || height === 0 || !ratioProperty) return refuse();
  const ratioWords = ratioProperty.enum ? words(ratioProperty) : [`${width}:${height}`];
  const ratio = ratioWords.find((word) => {
    const value = ratioValue(word);
    return value !== undefined && Math.abs(width / height - value) / value <= RATIO_TOLERANCE;
  });
  if (!ratio) return refuse();
  const fields: Record<string, JsonValue> = { aspect_ratio: ratio };
  if (!resolution) return { fields };
  const short = Math.min(width, height);
  const word = resolution.enum ? words(resolution).find((candidate) => shortSide(candidate) === short) : `${short}p`;
  if (!word) return refuse();
  fields.resolution = word;
  return { fields };
}

/** The duration value in the field's own type and spelling, or the problem with it. */
function durationInput(field: InputProperty, model: string, seconds: number): { value: JsonValue } | { problem: JobProblem } {
  if (field.enum) {
    const value = field.enum.find((allowed) => Number(allowed) === seconds);
    if (value !== undefined) return { value };
    const shown = field.enum.map((allowed) => Number(allowed)).filter((n) => Number.isFinite(n));
    return { problem: { field: 'seconds', message: `${model} on Replicate takes ${shown.join(', ')} seconds (its ${field.name} input; got ${seconds})` } };
  }
  const value: JsonValue = field.type === 'string' ? String(seconds) : seconds;
  const problem = valueProblem(field, value);
  if (problem) {
    const range = field.minimum !== undefined && field.maximum !== undefined ? `${field.minimum} to ${field.maximum}` : problem;
    return { problem: { field: 'seconds', message: `${model} on Replicate takes ${range} seconds (its ${field.name} input; got ${seconds})` } };
  }
  return { value };
}

export interface SchemaInput {
  /** The input in the schema's names (without the job's params). */
  readonly input: Record<string, JsonValue>;
  /** Each job field the schema cannot take. */
  readonly problems: JobProblem[];
}

/**
 * The prediction's `input` for `job` as `schema` declares it (params not included). An image is
 * given as its data URL; undefined leaves the image field out (the check passes a placeholder).
 */
export function schemaInput(job: JobSpec, schema: JsonSchema, images?: string | ReplicateImages): SchemaInput {
  const { first: imageDataUrl, last, references = [] } = asImages(images);
  const input: Record<string, JsonValue> = { prompt: job.prompt };
  const problems: JobProblem[] = [];
  if (job.seconds !== undefined) {
    const field = firstProperty(schema, DURATION_FIELDS);
    const mapped = field ? durationInput(field, job.model, job.seconds) : { problem: { field: 'seconds', message: `${job.model} on Replicate has no duration input; drop seconds` } };
    if ('value' in mapped) input[field!.name] = mapped.value;
    else problems.push(mapped.problem);
  }
  if (job.size !== undefined) {
    const mapped = sizeInput(schema, job.model, job.size);
    if ('fields' in mapped) Object.assign(input, mapped.fields);
    else problems.push(mapped.problem);
  }
  if (job.audio !== undefined) {
    const field = firstProperty(schema, AUDIO_FIELDS);
    if (field) input[field.name] = job.audio;
    else problems.push({ field: 'audio', message: `${job.model} on Replicate has no audio switch (no generate_audio input); drop audio` });
  }
  if (job.inputReference !== undefined) {
    const field = firstProperty(schema, IMAGE_FIELDS);
    if (!field) problems.push({ field: 'input_reference', message: `${job.model} on Replicate takes no image (its schema has none of ${IMAGE_FIELDS.join(', ')}); drop input_reference` });
    else if (imageDataUrl !== undefined) input[field.name] = imageDataUrl;
  }
  const imageFields = (): string => {
    const names = [firstProperty(schema, IMAGE_FIELDS), firstProperty(schema, LAST_FRAME_FIELDS), referenceField(schema)].filter((p): p is InputProperty => p !== undefined).map((p) => p.name);
    return names.length === 0 ? 'no image input' : `only ${names.join(', ')}`;
  };
  if (job.lastFrame !== undefined) {
    const field = firstProperty(schema, LAST_FRAME_FIELDS);
    if (!field) problems.push({ field: 'last_frame', message: `${job.model} on Replicate takes no last frame (its schema has ${imageFields()}); drop last_frame` });
    else if (last !== undefined) input[field.name] = last;
  }
  if (job.referenceImages !== undefined && job.referenceImages.length > 0) {
    const field = referenceField(schema);
    if (!field) problems.push({ field: 'reference_images', message: `${job.model} on Replicate takes no reference images (its schema has ${imageFields()}); drop reference_images` });
    else if (references.length > 0) input[field.name] = [...references];
  }
  return { input, problems };
}

/** The model's list-of-images input, if it has one. */
function referenceField(schema: JsonSchema): InputProperty | undefined {
  const field = firstProperty(schema, REFERENCE_FIELDS);
  return field && (field.type === undefined || field.type === 'array') ? field : undefined;
}

/**
 * A job's params against the schema: a value of the wrong type or outside an enum is a problem
 * naming what is allowed; a key the schema does not list is a warning (Replicate passes it on).
 */
export function paramsAgainstSchema(params: JobParams | undefined, schema: JsonSchema, model: string): { problems: JobProblem[]; warnings: string[] } {
  const problems: JobProblem[] = [];
  const warnings: string[] = [];
  for (const [key, value] of Object.entries(params ?? {})) {
    const property = inputProperty(schema, key);
    if (!property) {
      warnings.push(`params.${key} is not an input of ${model} on Replicate (its inputs: ${inputNames(schema).join(', ')}); sent as written`);
      continue;
    }
    const problem = valueProblem(property, value);
    if (problem) problems.push({ field: `params.${key}`, message: `${model} on Replicate: ${problem}` });
  }
  return { problems, warnings };
}

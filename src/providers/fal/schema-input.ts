/**
 * A job as a fal endpoint's input, built from the endpoint's own published input schema (fal's
 * Models API, `expand=openapi-3.0`): `seconds` goes to its duration field in that field's type and
 * enum spelling (`"8s"`, `"5"`, 8), `size` to `aspect_ratio` + `resolution` by the pair whose
 * nominal size it is, the input image to the image field the schema names, `audio` to its audio
 * switch, and `params` as written after a check against their properties. The same plan is the
 * pre-send check (every problem, naming what would work) and the request body. Pure.
 */
import type { JsonValue, JobSpec } from '../../types.js';
import type { ModelFacts } from '../discovery/facts.js';
import { enumOf, propertiesOf, requiredOf, typesOf, valueProblem } from '../discovery/json-schema.js';
import type { JsonSchema } from '../discovery/facts.js';
import { expressibleSizes, pairForSize, ratioParts, resolutionPixels, sizeHasRatio } from '../discovery/sizes.js';
import type { FactsCheck, JobProblem } from '../module.js';

/** Names fal endpoints give a duration, an audio switch and an input image, in the order looked for. */
const DURATION_FIELDS = ['duration', 'duration_seconds', 'num_seconds', 'video_length'];
const AUDIO_FIELDS = ['generate_audio', 'enable_audio', 'with_audio', 'audio'];
const IMAGE_FIELDS = ['image_url', 'start_image_url', 'first_frame_url', 'first_frame_image', 'input_image_url', 'image'];
/** Names fal endpoints give the last frame (Veo 3.1's first-last-frame `last_frame_url`, Kling's `tail_image_url`...). */
const LAST_FRAME_FIELDS = ['last_frame_url', 'tail_image_url', 'end_image_url', 'last_image_url', 'end_frame_url'];
/** Names fal endpoints give a list of reference images (Veo 3.1 reference-to-video `image_urls`...). */
const REFERENCE_FIELDS = ['image_urls', 'reference_image_urls', 'reference_images', 'input_image_urls'];

/** The job's images as data URLs (fal takes data URIs wherever it takes a file URL). */
export interface FalImages {
  readonly first?: string;
  readonly last?: string;
  readonly references?: readonly string[];
}

export interface FalInputPlan {
  readonly input: Record<string, JsonValue>;
  readonly problems: JobProblem[];
  readonly warnings: string[];
}

const show = (values: readonly JsonValue[]): string => values.map((value) => JSON.stringify(value)).join(', ');

/** Seconds a duration value stands for: `"8s"` and `"8"` and 8 are 8. */
export function secondsOfDuration(value: JsonValue | undefined): number | undefined {
  const text = typeof value === 'number' ? String(value) : typeof value === 'string' ? value.trim().replace(/s$/i, '') : '';
  return /^\d+(\.\d+)?$/.test(text) ? Number(text) : undefined;
}

/** The schema's field names video-batch fills from a job (none of them may come from params). */
export interface FalFieldNames {
  readonly duration?: string;
  readonly audio?: string;
  readonly image?: string;
  readonly lastFrame?: string;
  readonly references?: string;
  readonly aspectRatio?: string;
  readonly resolution?: string;
}

/** Which of the schema's properties take the job's duration, audio switch, image, ratio and resolution. */
export function falFieldNames(schema: JsonSchema): FalFieldNames {
  const properties = propertiesOf(schema);
  const has = (name: string): boolean => Object.hasOwn(properties, name);
  const required = requiredOf(schema);
  const image = required.find((name) => name.endsWith('image_url')) ?? IMAGE_FIELDS.find(has);
  const audio = AUDIO_FIELDS.find((name) => has(name) && typesOf(properties[name]!).includes('boolean'));
  const duration = DURATION_FIELDS.find(has);
  const lastFrame = LAST_FRAME_FIELDS.find(has);
  // An endpoint whose only images are a list (reference-to-video) takes them there, not as a first frame.
  const references = REFERENCE_FIELDS.find((name) => has(name) && typesOf(properties[name]!).includes('array'));
  return {
    ...(lastFrame ? { lastFrame } : {}),
    ...(references ? { references } : {}),
    ...(duration ? { duration } : {}),
    ...(audio ? { audio } : {}),
    ...(image ? { image } : {}),
    ...(has('aspect_ratio') ? { aspectRatio: 'aspect_ratio' } : {}),
    ...(has('resolution') ? { resolution: 'resolution' } : {}),
  };
}

/** What a job gets when it names no duration or audio, as the schema defaults them. */
export function falDefaults(schema: JsonSchema): { seconds?: number; audio?: boolean } {
  const properties = propertiesOf(schema);
  const names = falFieldNames(schema);
  const seconds = names.duration ? secondsOfDuration(properties[names.duration]?.default) : undefined;
  const audio = names.audio ? properties[names.audio]?.default : undefined;
  return { ...(seconds !== undefined ? { seconds } : {}), ...(typeof audio === 'boolean' ? { audio } : {}) };
}

/** The value of `seconds` in the duration field's own spelling, or the problem naming the durations it takes. */
function durationValue(model: string, seconds: number, field: string, schema: JsonSchema): { value: JsonValue } | { problem: string } {
  const allowed = enumOf(schema);
  if (allowed) {
    const match = allowed.find((value) => secondsOfDuration(value) === seconds);
    if (match !== undefined) return { value: match };
    const durations = allowed.map(secondsOfDuration).filter((s): s is number => s !== undefined);
    return { problem: `${model} makes ${durations.join(', ')} seconds (its ${field} takes ${show(allowed)}; got ${seconds})` };
  }
  const types = typesOf(schema);
  const value: JsonValue = types.includes('integer') || types.includes('number') || types.length === 0 ? seconds : types.includes('string') ? String(seconds) : seconds;
  const problem = valueProblem(value, schema);
  return problem === undefined ? { value } : { problem: `${model}'s ${field} ${problem}` };
}

/** The words of an enum property, as text (`auto` and the like included). */
function words(schema: JsonSchema | undefined): string[] {
  return (schema ? (enumOf(schema) ?? []) : []).filter((value): value is string => typeof value === 'string');
}

/** The aspect_ratio / resolution values for `size`, or the problem naming the sizes that work. */
function sizeValues(model: string, size: string, names: FalFieldNames, properties: Readonly<Record<string, JsonSchema>>): { values: Record<string, string>; warning?: string } | { problem: string } {
  const ratios = words(names.aspectRatio ? properties[names.aspectRatio] : undefined).filter((word) => ratioParts(word) !== undefined);
  const resolutions = words(names.resolution ? properties[names.resolution] : undefined).filter((word) => resolutionPixels(word) !== undefined);
  if (!names.aspectRatio && !names.resolution) return { problem: `${model} takes no size (its input has no aspect_ratio or resolution); drop size` };
  if (names.aspectRatio && names.resolution && ratios.length > 0 && resolutions.length > 0) {
    const pair = pairForSize(size, ratios, resolutions);
    if (pair) return { values: { [names.aspectRatio]: pair.ratio, [names.resolution]: pair.resolution } };
    return { problem: `${model} cannot make ${size}; its aspect_ratio (${ratios.join(', ')}) and resolution (${resolutions.join(', ')}) make ${expressibleSizes(ratios, resolutions).join(', ')}` };
  }
  if (names.aspectRatio && ratios.length > 0) {
    const ratio = ratios.find((word) => sizeHasRatio(size, word));
    if (ratio) return { values: { [names.aspectRatio]: ratio }, warning: `${model} takes an aspect ratio but no resolution: size ${size} is sent as aspect_ratio ${ratio} and the model picks the resolution` };
    return { problem: `${model} cannot make ${size}; it takes the aspect ratios ${ratios.join(', ')} (no resolution), e.g. ${expressibleSizes(ratios, ['720p']).join(', ')}` };
  }
  if (names.resolution && resolutions.length > 0) {
    const resolution = resolutions.find((word) => size.split('x').map(Number).includes(resolutionPixels(word) ?? -1));
    if (resolution) return { values: { [names.resolution]: resolution }, warning: `${model} takes a resolution but no aspect ratio: size ${size} is sent as resolution ${resolution}` };
    return { problem: `${model} cannot make ${size}; it takes the resolutions ${resolutions.join(', ')} (no aspect ratio)` };
  }
  return { problem: `${model} cannot make ${size}: its schema names no aspect ratios or resolutions to choose from; drop size` };
}

/**
 * The input for `job` from its model's published schema, with every problem (each naming what
 * would work) and warning. `imageDataUrl` is the input image as a data URL (a placeholder when
 * only checking).
 */
export function planFalInput(job: JobSpec, facts: ModelFacts, images?: string | FalImages): FalInputPlan {
  const { first: imageDataUrl, last, references = [] }: FalImages = typeof images === 'string' ? { first: images } : (images ?? {});
  const schema = facts.input?.schema ?? {};
  const properties = propertiesOf(schema);
  const names = falFieldNames(schema);
  const problems: JobProblem[] = [];
  const warnings: string[] = [];
  const input: Record<string, JsonValue> = { prompt: job.prompt };
  const model = job.model;

  if (job.seconds !== undefined) {
    if (!names.duration) problems.push({ field: 'seconds', message: `${model} takes no duration (its input has no duration field); drop seconds` });
    else {
      const result = durationValue(model, job.seconds, names.duration, properties[names.duration]!);
      if ('problem' in result) problems.push({ field: 'seconds', message: result.problem });
      else input[names.duration] = result.value;
    }
  }
  if (job.size !== undefined) {
    const result = sizeValues(model, job.size, names, properties);
    if ('problem' in result) problems.push({ field: 'size', message: result.problem });
    else {
      Object.assign(input, result.values);
      if (result.warning) warnings.push(result.warning);
    }
  }
  if (job.audio !== undefined) {
    if (!names.audio) problems.push({ field: 'audio', message: `${model} has no audio switch (its input has no ${AUDIO_FIELDS[0]} or like field); drop audio` });
    else input[names.audio] = job.audio;
  }
  if (job.inputReference !== undefined) {
    if (!names.image) problems.push({ field: 'input_reference', message: `${model} makes video from text only (its input has no image field); drop input_reference or use the model's image-to-video endpoint` });
    else input[names.image] = imageDataUrl ?? 'data:image/png;base64,';
  }
  const takes = (): string => {
    const fields = [names.image, names.lastFrame, names.references].filter((name): name is string => name !== undefined);
    return fields.length === 0 ? 'no image' : `only ${fields.join(', ')}`;
  };
  if (job.lastFrame !== undefined) {
    if (!names.lastFrame) problems.push({ field: 'last_frame', message: `${model} takes no last frame (its input has ${takes()}); drop last_frame or use the model's first-last-frame endpoint` });
    else input[names.lastFrame] = last ?? 'data:image/png;base64,';
  }
  const count = job.referenceImages?.length ?? 0;
  if (count > 0) {
    const max = names.references ? properties[names.references]?.maxItems : undefined;
    if (!names.references) problems.push({ field: 'reference_images', message: `${model} takes no reference images (its input has ${takes()}); drop reference_images or use the model's reference-to-video endpoint` });
    else if (typeof max === 'number' && count > max) problems.push({ field: 'reference_images', message: `${model} takes up to ${max} images in ${names.references} (got ${count})` });
    else input[names.references] = references.length > 0 ? [...references] : Array.from({ length: count }, () => 'data:image/png;base64,');
  }
  const ours = new Set(Object.values(names));
  for (const [key, value] of Object.entries(job.params ?? {})) {
    if (ours.has(key)) {
      problems.push({ field: 'params', message: `params may not set ${JSON.stringify(key)}: video-batch sends it from the job's ${fieldOf(key, names)}; set that field instead` });
      continue;
    }
    const property = properties[key];
    if (!property) {
      warnings.push(`${model}: params.${key} is not an input of this endpoint (fal ignores fields it does not know); its inputs are ${Object.keys(properties).join(', ')}`);
      input[key] = value;
      continue;
    }
    const problem = valueProblem(value, property);
    if (problem !== undefined) problems.push({ field: 'params', message: `params.${key} ${problem} for ${model}` });
    else input[key] = value;
  }
  for (const name of requiredOf(schema)) {
    if (input[name] !== undefined) continue;
    // Set on the job but refused above: said once, there.
    if ((name === names.references && count > 0) || (name === names.lastFrame && job.lastFrame !== undefined)) continue;
    if (name === names.image) problems.push({ field: 'input_reference', message: `${model} makes video from an image only (its input requires ${name}); add input_reference or use a text-to-video endpoint` });
    else if (name === names.lastFrame) problems.push({ field: 'last_frame', message: `${model} requires a last frame (its input requires ${name}); add last_frame` });
    else if (name === names.references) problems.push({ field: 'reference_images', message: `${model} requires reference images (its input requires ${name}); add reference_images` });
    else problems.push({ field: 'params', message: `${model} requires ${name}, which the job does not set; add it to params` });
  }
  return { input, problems, warnings };
}

function fieldOf(key: string, names: FalFieldNames): string {
  if (key === names.duration) return 'seconds';
  if (key === names.audio) return 'audio';
  if (key === names.image) return 'first_frame';
  if (key === names.lastFrame) return 'last_frame';
  if (key === names.references) return 'reference_images';
  return 'size';
}

/** The pre-send check: the plan's problems and warnings. */
export function falFactsCheck(job: JobSpec, facts: ModelFacts): FactsCheck {
  if (!facts.input) return { problems: [], warnings: [] };
  const { problems, warnings } = planFalInput(job, facts);
  return { problems, warnings };
}

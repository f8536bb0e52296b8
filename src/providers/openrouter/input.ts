/**
 * What a job becomes on OpenRouter's `POST /videos`: the JSON body in the reference's names
 * (`model`, `prompt`, `duration`, `size` or `resolution` + `aspect_ratio`, `frame_images`,
 * `generate_audio`), then the job's params laid over it (`seed`, `input_references`, `provider`...). Pure.
 */
import type { JobSpec } from '../../types.js';
import type { JobProblem, ProviderParams } from '../module.js';
import { withParams } from '../params.js';
import { capabilityProblems, parseSize, sizeFields, type OpenRouterModel } from './capabilities.js';

/**
 * A job's params join the body beside the fields the reference lists there (`seed`,
 * `input_references`, `callback_url`, `provider` with its passthrough options).
 * Reserved: every name video-batch's own mapping may write.
 */
export const OPENROUTER_PARAMS: ProviderParams = {
  into: 'the JSON body',
  reserved: {
    model: 'model',
    prompt: 'prompt',
    duration: 'seconds',
    size: 'size',
    resolution: 'size',
    aspect_ratio: 'size',
    frame_images: 'first_frame and last_frame',
    input_references: 'reference_images',
    generate_audio: 'audio',
  },
};

/** One image as the reference's `frame_images[]` entry takes it. */
function frameImage(url: string, frameType: 'first_frame' | 'last_frame'): Readonly<Record<string, unknown>> {
  return { type: 'image_url', image_url: { url }, frame_type: frameType };
}

/** A job's input images as data URLs: the first and last frames, and the reference images. */
export interface OpenRouterImages {
  readonly first?: string;
  readonly last?: string;
  readonly references?: readonly string[];
}

/**
 * The input images a model takes on OpenRouter when its capabilities are not known: a first and a
 * last frame, and reference images (the capabilities list states no count for them; the model
 * refuses more than it takes), never both kinds in one request.
 */
export const OPENROUTER_IMAGE_SLOTS = { first: true, last: true, lastNeedsFirst: true, references: 16, referencesAlone: true } as const;

/**
 * The create body of a job. `model` is the model's capabilities when known (the size then travels
 * as the model states it); unknown, the size goes as `size`, which the reference takes as written.
 */
export function openRouterBody(job: JobSpec, model: OpenRouterModel | undefined, images?: string | OpenRouterImages): Record<string, unknown> {
  const { first, last, references = [] }: OpenRouterImages = typeof images === 'string' ? { first: images } : (images ?? {});
  const body: Record<string, unknown> = { model: job.model, prompt: job.prompt };
  if (job.seconds !== undefined) body.duration = job.seconds;
  const shape = job.size === undefined ? undefined : sizeFields(model, job.size);
  if (shape) Object.assign(body, shape);
  const frames = [...(first !== undefined ? [frameImage(first, 'first_frame')] : []), ...(last !== undefined ? [frameImage(last, 'last_frame')] : [])];
  if (frames.length > 0) body.frame_images = frames;
  if (references.length > 0) body.input_references = references.map((url) => ({ type: 'image_url', image_url: { url } }));
  if (job.audio !== undefined) body.generate_audio = job.audio;
  return withParams(body, job, OPENROUTER_PARAMS);
}

/** Problems with a job's form on OpenRouter, found when the manifest is read: a model id that is not `author/slug`, a size that is not `WIDTHxHEIGHT`. */
export function openRouterFormProblems(job: JobSpec): JobProblem[] {
  const problems: JobProblem[] = [];
  if (!/^[\w.-]+\/[\w.:-]+$/.test(job.model)) {
    problems.push({ field: 'model', message: `an OpenRouter video model is "author/slug" (e.g. google/veo-3.1-fast; see GET /videos/models), got ${JSON.stringify(job.model)}` });
  }
  if (job.size !== undefined && !parseSize(job.size)) problems.push({ field: 'size', message: `size is WIDTHxHEIGHT (got ${JSON.stringify(job.size)})` });
  return problems;
}

/**
 * What a model's capabilities refuse in a job, before anything is sent: its duration, its size,
 * a first frame, audio on a model without it (a seed is only "not honoured", never refused); each
 * names what works.
 */
export function openRouterCapabilityProblems(job: JobSpec, model: OpenRouterModel): JobProblem[] {
  const found = capabilityProblems(model, {
    ...(job.seconds === undefined ? {} : { seconds: job.seconds }),
    ...(job.size === undefined || !parseSize(job.size) ? {} : { size: job.size }),
    firstFrame: job.inputReference !== undefined,
    lastFrame: job.lastFrame !== undefined,
    references: job.referenceImages?.length ?? 0,
    ...(job.audio === undefined ? {} : { audio: job.audio }),
  });
  return found.map((problem) => (problem.field === 'generate_audio' ? { field: 'audio', message: problem.message.replace('drop generate_audio or set it false', 'drop audio or set it false') } : problem));
}

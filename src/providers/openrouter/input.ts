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
    frame_images: 'input_reference',
    generate_audio: 'audio',
  },
};

/** One image as the reference's `frame_images[]` entry takes it. */
function firstFrame(url: string): Readonly<Record<string, unknown>> {
  return { type: 'image_url', image_url: { url }, frame_type: 'first_frame' };
}

/**
 * The create body of a job. `model` is the model's capabilities when known (the size then travels
 * as the model states it); unknown, the size goes as `size`, which the reference takes as written.
 */
export function openRouterBody(job: JobSpec, model: OpenRouterModel | undefined, imageDataUrl?: string): Record<string, unknown> {
  const body: Record<string, unknown> = { model: job.model, prompt: job.prompt };
  if (job.seconds !== undefined) body.duration = job.seconds;
  const shape = job.size === undefined ? undefined : sizeFields(model, job.size);
  if (shape) Object.assign(body, shape);
  if (imageDataUrl !== undefined) body.frame_images = [firstFrame(imageDataUrl)];
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
    ...(job.audio === undefined ? {} : { audio: job.audio }),
  });
  return found.map((problem) => (problem.field === 'generate_audio' ? { field: 'audio', message: problem.message.replace('drop generate_audio or set it false', 'drop audio or set it false') } : problem));
}

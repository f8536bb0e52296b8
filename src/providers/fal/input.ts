/**
 * A job as a fal endpoint's `input` JSON: `prompt`, then `seconds`, `size` and `input_reference`
 * under the names and in the forms the model's page documents, or under the names most fal video
 * models share when the endpoint is not one we know. Pure.
 */
import type { JobSpec } from '../../types.js';
import { ProviderError } from '../types.js';

/** How an endpoint spells a duration: Veo's `"8s"`, Seedance's `"5"`, or a plain number. */
export type DurationForm = 'seconds-suffix' | 'digits' | 'number';

/** What we know of one endpoint's input names, from its model page (see PROVIDER.md). */
export interface FalInputNames {
  readonly duration: DurationForm;
  /** The name its input image goes under; absent = a text-to-video endpoint (no image). */
  readonly image?: 'image_url';
}

/** Endpoints whose input schema we read (fal.ai/models/<id>/llms.txt, 2026-12-01). */
export const FAL_INPUT_NAMES: Readonly<Record<string, FalInputNames>> = {
  'fal-ai/veo3.1/fast': { duration: 'seconds-suffix' },
  'fal-ai/veo3/fast': { duration: 'seconds-suffix' },
  'fal-ai/bytedance/seedance/v1/pro/text-to-video': { duration: 'digits' },
  'fal-ai/bytedance/seedance/v1/pro/fast/text-to-video': { duration: 'digits' },
};

/** What most fal video endpoints take: `duration` (a number), `aspect_ratio`, `resolution`, `image_url`. */
const COMMON: FalInputNames = { duration: 'number', image: 'image_url' };

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** `1280x720` as fal's `aspect_ratio` (`16:9`) and `resolution` (`720p`; 2160 is `4k`). */
export function falShape(size: string): { aspect_ratio: string; resolution: string } {
  const match = /^([1-9]\d*)x([1-9]\d*)$/.exec(size);
  if (!match) throw new ProviderError('client', `size ${JSON.stringify(size)} is not WIDTHxHEIGHT`);
  const width = Number(match[1]);
  const height = Number(match[2]);
  const divisor = gcd(width, height);
  const short = Math.min(width, height);
  return { aspect_ratio: `${width / divisor}:${height / divisor}`, resolution: short === 2160 ? '4k' : `${short}p` };
}

function duration(seconds: number, form: DurationForm): string | number {
  if (form === 'seconds-suffix') return `${seconds}s`;
  return form === 'digits' ? String(seconds) : seconds;
}

/**
 * The input JSON for `job` on its endpoint; `imageDataUrl` is the job's input image as a
 * `data:` URL (fal takes data URIs wherever it takes a file URL).
 */
export function falInput(job: JobSpec, imageDataUrl?: string): Record<string, unknown> {
  const names = FAL_INPUT_NAMES[job.model] ?? COMMON;
  const input: Record<string, unknown> = { prompt: job.prompt };
  if (job.seconds !== undefined) input.duration = duration(job.seconds, names.duration);
  if (job.size !== undefined) Object.assign(input, falShape(job.size));
  if (imageDataUrl !== undefined) {
    // checkJob refuses an image for a text-to-video endpoint; this guards direct callers.
    if (!names.image) throw new ProviderError('client', `${job.model} is a text-to-video endpoint; use its image-to-video endpoint for input_reference`);
    input[names.image] = imageDataUrl;
  }
  return input;
}

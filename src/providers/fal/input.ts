/**
 * The fallback input of a fal endpoint, for when discovery has no schema for it (`--offline`
 * with an empty cache, fal's Platform API unreachable, a proxy base URL): `prompt`, then
 * `seconds`, `size`, `audio` and `input_reference` under the names and in the forms the
 * endpoint's page documents, or under the names most fal video endpoints share when the endpoint
 * is not one we know. With a schema, schema-input.ts builds the input instead. Pure.
 */
import type { JobSpec } from '../../types.js';
import { pairForSize, ratioParts, sizeHasRatio } from '../discovery/sizes.js';
import type { ImageSlots } from '../job-images.js';
import { ProviderError } from '../types.js';

/** How an endpoint spells a duration: Veo's `"8s"`, Seedance's and Kling's `"5"`, or a plain number. */
export type DurationForm = 'seconds-suffix' | 'digits' | 'number';

/** What we know of one endpoint's input names, from its model page (see PROVIDER.md). */
export interface FalInputNames {
  readonly duration: DurationForm;
  /** The name its input image goes under; absent = a text-to-video endpoint (no image). */
  readonly image?: 'image_url' | 'first_frame_url';
  /** The name its last frame goes under; absent = the endpoint takes none. */
  readonly lastFrame?: 'last_frame_url' | 'tail_image_url';
  /** The list its reference images go in; absent = the endpoint takes none. */
  readonly references?: 'image_urls';
  /** Its audio switch; absent = none known (a job's `audio` is then refused by the send). */
  readonly audio?: 'generate_audio';
  /** `aspect_ratio` values; absent = the common ones; empty = the endpoint takes no size. */
  readonly ratios?: readonly string[];
  /** `resolution` values; absent = the common ones; empty = the endpoint takes a ratio only. */
  readonly resolutions?: readonly string[];
}

/** Endpoints whose input schema we read (fal-ai/fal-js generated types, 2026-12-07; see PROVIDER.md). */
export const FAL_INPUT_NAMES: Readonly<Record<string, FalInputNames>> = {
  'fal-ai/veo3.1/fast': { duration: 'seconds-suffix', audio: 'generate_audio', ratios: ['16:9', '9:16'], resolutions: ['720p', '1080p', '4k'] },
  'fal-ai/veo3/fast': { duration: 'seconds-suffix', audio: 'generate_audio', ratios: ['16:9', '9:16'], resolutions: ['720p', '1080p'] },
  'fal-ai/bytedance/seedance/v1/pro/text-to-video': { duration: 'digits', ratios: ['21:9', '16:9', '4:3', '1:1', '3:4', '9:16'], resolutions: ['480p', '720p', '1080p'] },
  'fal-ai/bytedance/seedance/v1/pro/fast/text-to-video': { duration: 'digits', ratios: ['21:9', '16:9', '4:3', '1:1', '3:4', '9:16'], resolutions: ['480p', '720p', '1080p'] },
  'fal-ai/kling-video/v2.5-turbo/pro/text-to-video': { duration: 'digits', ratios: ['16:9', '9:16', '1:1'], resolutions: [] },
  'fal-ai/minimax/hailuo-02/standard/text-to-video': { duration: 'digits', ratios: [], resolutions: [] },
  // The image endpoints' names, from fal's model pages (fal.ai/models/<id>/llms.txt, read 2026-12-07): used only when discovery cannot read the schema.
  'fal-ai/veo3.1/first-last-frame-to-video': { duration: 'seconds-suffix', image: 'first_frame_url', lastFrame: 'last_frame_url', audio: 'generate_audio', ratios: ['16:9', '9:16'], resolutions: ['720p', '1080p'] },
  'fal-ai/veo3.1/fast/first-last-frame-to-video': { duration: 'seconds-suffix', image: 'first_frame_url', lastFrame: 'last_frame_url', audio: 'generate_audio', ratios: ['16:9', '9:16'], resolutions: ['720p', '1080p'] },
  'fal-ai/veo3.1/reference-to-video': { duration: 'seconds-suffix', references: 'image_urls', audio: 'generate_audio', ratios: ['16:9', '9:16'], resolutions: ['720p', '1080p'] },
  'fal-ai/kling-video/v2.5-turbo/pro/image-to-video': { duration: 'digits', image: 'image_url', lastFrame: 'tail_image_url', ratios: [], resolutions: [] },
};

/** The input images an endpoint takes by these names (the catalog's check when discovery has no schema). */
export function falImageSlots(model: string): ImageSlots {
  const names = falInputNames(model);
  return { first: names.image !== undefined, last: names.lastFrame !== undefined, references: names.references !== undefined ? 3 : 0 };
}

/** What most fal video endpoints take: `duration` (a number), `aspect_ratio`, `resolution`, `generate_audio`, `image_url`. */
const COMMON: FalInputNames = { duration: 'number', image: 'image_url', audio: 'generate_audio' };

/** The ratios and resolutions fal video endpoints commonly take. */
export const COMMON_RATIOS: readonly string[] = ['21:9', '16:9', '4:3', '1:1', '3:4', '9:16'];
export const COMMON_RESOLUTION_WORDS: readonly string[] = ['480p', '720p', '1080p', '4k'];

/**
 * `size` as fal's `aspect_ratio` and `resolution`: the pair whose nominal size it is (`854x480`
 * is `16:9` at `480p`, `2520x1080` is `21:9` at `1080p`), among the endpoint's words when known.
 * @throws ProviderError `client` when no pair expresses it
 */
export function falShape(size: string, names: FalInputNames = COMMON): { aspect_ratio?: string; resolution?: string } {
  const ratios = names.ratios ?? COMMON_RATIOS;
  const resolutions = names.resolutions ?? COMMON_RESOLUTION_WORDS;
  if (ratios.length === 0) throw new ProviderError('client', `this fal endpoint takes no size; drop size`);
  if (resolutions.length === 0) {
    const ratio = ratios.find((word) => ratioParts(word) && sizeHasRatio(size, word));
    if (ratio) return { aspect_ratio: ratio };
  } else {
    const pair = pairForSize(size, ratios, resolutions);
    if (pair) return { aspect_ratio: pair.ratio, resolution: pair.resolution };
  }
  throw new ProviderError('client', `size ${JSON.stringify(size)} is not one fal's aspect ratios (${ratios.join(', ')}) and resolutions (${resolutions.join(', ') || 'none'}) express`);
}

/** The input names of an endpoint: its own when known, else the common ones. */
export function falInputNames(model: string): FalInputNames {
  return FAL_INPUT_NAMES[model] ?? COMMON;
}

/**
 * What `falInput` could not send for `job` (a size no known pair expresses, audio on an endpoint
 * without a known switch), as problems before anything is sent. Pure.
 */
export function falFallbackProblems(job: JobSpec): { field: string; message: string }[] {
  const names = falInputNames(job.model);
  const problems: { field: string; message: string }[] = [];
  if (job.size !== undefined) {
    try {
      falShape(job.size, names);
    } catch (error) {
      problems.push({ field: 'size', message: `${job.model}: ${error instanceof Error ? error.message : String(error)}` });
    }
  }
  if (job.audio !== undefined && !names.audio) problems.push({ field: 'audio', message: `${job.model} has no known audio switch; drop audio` });
  return problems;
}

function duration(seconds: number, form: DurationForm): string | number {
  if (form === 'seconds-suffix') return `${seconds}s`;
  return form === 'digits' ? String(seconds) : seconds;
}

/**
 * The input JSON for `job` on its endpoint; `imageDataUrl` is the job's input image as a
 * `data:` URL (fal takes data URIs wherever it takes a file URL).
 */
export function falInput(job: JobSpec, imageDataUrl?: string, more: { readonly last?: string; readonly references?: readonly string[] } = {}): Record<string, unknown> {
  const names = falInputNames(job.model);
  const input: Record<string, unknown> = { prompt: job.prompt };
  if (job.seconds !== undefined) input.duration = duration(job.seconds, names.duration);
  if (job.size !== undefined) Object.assign(input, falShape(job.size, names));
  if (job.audio !== undefined) {
    if (!names.audio) throw new ProviderError('client', `${job.model} has no audio switch; drop audio`);
    input[names.audio] = job.audio;
  }
  if (imageDataUrl !== undefined) {
    // checkJob refuses an image for a text-to-video endpoint; this guards direct callers.
    if (!names.image) throw new ProviderError('client', `${job.model} is a text-to-video endpoint; use its image-to-video endpoint for input_reference`);
    input[names.image] = imageDataUrl;
  }
  if (more.last !== undefined) {
    if (!names.lastFrame) throw new ProviderError('client', `${job.model} takes no last frame; use its first-last-frame endpoint for last_frame`);
    input[names.lastFrame] = more.last;
  }
  if (more.references !== undefined && more.references.length > 0) {
    if (!names.references) throw new ProviderError('client', `${job.model} takes no reference images; use its reference-to-video endpoint for reference_images`);
    input[names.references] = [...more.references];
  }
  return input;
}

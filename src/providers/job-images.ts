/**
 * A job's input images (first frame, last frame, reference images): which of them a model takes,
 * the manifest problems of a job that sets one it cannot take, and reading them for upload (each
 * checked again right before, see input-image.ts).
 */
import type { FieldProblem } from '../manifest/types.js';
import type { JobSpec } from '../types.js';
import { uploadImage } from './input-image.js';

/** The input images one model takes. */
export interface ImageSlots {
  readonly first: boolean;
  readonly last: boolean;
  /** How many reference images; 0 = none. */
  readonly references: number;
  /** The last frame only with a first frame (Veo, Seedance, OpenRouter). @default false */
  readonly lastNeedsFirst?: boolean;
  /** Reference images only without first and last frames (Veo 3.1, Seedance's modes, OpenRouter). @default false */
  readonly referencesAlone?: boolean;
}

export const NO_IMAGES: ImageSlots = { first: false, last: false, references: 0 };
export const FIRST_ONLY: ImageSlots = { first: true, last: false, references: 0 };

/** "a first frame, a last frame and up to 3 reference images", "no input image". Pure. */
export function slotsText(slots: ImageSlots): string {
  const parts = [
    ...(slots.first ? ['a first frame'] : []),
    ...(slots.last ? [slots.lastNeedsFirst ? 'a last frame (with a first frame)' : 'a last frame'] : []),
    ...(slots.references > 0 ? [`${slots.references === 1 ? 'one reference image' : `up to ${slots.references} reference images`}${slots.referencesAlone ? ' (without frames)' : ''}`] : []),
  ];
  if (parts.length === 0) return 'no input image';
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}`;
}

/**
 * The problems of a job's last frame and reference images against what `model` takes (the first
 * frame has its own checks, which predate these). Pure.
 */
export function imageSlotProblems(job: JobSpec, slots: ImageSlots, model: string): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const takes = `${model} takes ${slotsText(slots)}`;
  if (job.lastFrame !== undefined) {
    if (!slots.last) problems.push({ field: 'last_frame', message: `${takes}; drop last_frame or use a model that takes one` });
    else if (slots.lastNeedsFirst && job.inputReference === undefined) problems.push({ field: 'last_frame', message: `${takes}; add first_frame or drop last_frame` });
  }
  const references = job.referenceImages ?? [];
  if (references.length > 0) {
    if (slots.references === 0) problems.push({ field: 'reference_images', message: `${takes}; drop reference_images or use a model that takes them` });
    else if (references.length > slots.references) problems.push({ field: 'reference_images', message: `${takes} (got ${references.length}); list at most ${slots.references}` });
    else if (slots.referencesAlone && (job.inputReference !== undefined || job.lastFrame !== undefined)) {
      problems.push({ field: 'reference_images', message: `${takes}; reference images cannot go with first_frame or last_frame in one request, so drop one or the other` });
    }
  }
  return problems;
}

/** One input image read for upload. */
export interface JobImage {
  readonly base64: string;
  readonly mimeType: string;
  readonly bytes: Buffer;
  /** The file name, for a multipart upload. */
  readonly name: string;
}

export interface JobImages {
  readonly first?: JobImage;
  readonly last?: JobImage;
  readonly references: readonly JobImage[];
}

/**
 * Reads every input image of `job`, each checked again (inside `job.inputRoots`, a regular file of
 * the type its extension names, within the size cap).
 * @throws ProviderError `client` when one is no longer a sendable image
 */
export async function readJobImages(job: JobSpec): Promise<JobImages> {
  // The field is named in the message (a last frame that became a symlink says last_frame).
  const read = async (path: string, field = 'input_reference'): Promise<JobImage> => {
    const image = await uploadImage(path, job.inputRoots, field);
    return { base64: image.bytes.toString('base64'), mimeType: image.mimeType, bytes: image.bytes, name: image.name };
  };
  const first = job.inputReference === undefined ? undefined : await read(job.inputReference);
  const last = job.lastFrame === undefined ? undefined : await read(job.lastFrame, 'last_frame');
  const references: JobImage[] = [];
  for (const path of job.referenceImages ?? []) references.push(await read(path, 'reference_images'));
  return { ...(first ? { first } : {}), ...(last ? { last } : {}), references };
}

/** `data:<type>;base64,<bytes>`: how the JSON APIs that take a URL take inline bytes. */
export function dataUrl(image: JobImage): string {
  return `data:${image.mimeType};base64,${image.base64}`;
}

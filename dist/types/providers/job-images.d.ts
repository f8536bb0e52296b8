/**
 * A job's input images (first frame, last frame, reference images): which of them a model takes,
 * the manifest problems of a job that sets one it cannot take, and reading them for upload (each
 * checked again right before, see input-image.ts).
 */
import type { FieldProblem } from '../manifest/types.js';
import type { JobSpec } from '../types.js';
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
export declare const NO_IMAGES: ImageSlots;
export declare const FIRST_ONLY: ImageSlots;
/** "a first frame, a last frame and up to 3 reference images", "no input image". Pure. */
export declare function slotsText(slots: ImageSlots): string;
/**
 * The problems of a job's last frame and reference images against what `model` takes (the first
 * frame has its own checks, which predate these). Pure.
 */
export declare function imageSlotProblems(job: JobSpec, slots: ImageSlots, model: string): FieldProblem[];
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
export declare function readJobImages(job: JobSpec): Promise<JobImages>;
/** `data:<type>;base64,<bytes>`: how the JSON APIs that take a URL take inline bytes. */
export declare function dataUrl(image: JobImage): string;

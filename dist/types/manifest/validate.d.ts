import type { JobSpec } from '../types.js';
import type { RawManifest } from './raw.js';
import type { ManifestIssue, ParseOptions } from './types.js';
/** An `input_reference` to check on disk, with where it was written. */
export interface ImageReference {
    /** Absolute path. */
    readonly path: string;
    readonly line: number;
    readonly job?: number;
    readonly row?: number;
}
export interface Validation {
    /** Every issue found after the front end; callers sort them by line. */
    readonly issues: ManifestIssue[];
    /** The jobs; complete only when `issues` is empty. */
    readonly jobs: JobSpec[];
    /** Every well-formed `input_reference`, also of jobs with other issues, so all can be checked. */
    readonly references: ImageReference[];
}
/** Validates fields as written; pure apart from `options.checkJob`. */
export declare function validate(raw: RawManifest, options: ParseOptions): Validation;

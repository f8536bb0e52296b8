import type { JobSpec } from '../types.js';
import type { RawManifest } from './raw.js';
import { type ManifestIssue, type ParseOptions } from './types.js';
/** An input image (first_frame, last_frame, a reference image) to check on disk, with where it was written. */
export interface ImageReference {
    /** Absolute path. */
    readonly path: string;
    /** The field as written (`first_frame`, `input_reference`, `last_frame`, `reference_images`). */
    readonly field: string;
    readonly line: number;
    readonly job?: number;
    readonly row?: number;
}
export interface Validation {
    /** Every issue found after the front end; callers sort them by line. */
    readonly issues: ManifestIssue[];
    /**
     * The jobs; complete only when `issues` is empty. Otherwise they include jobs with issues whose
     * fields could still be judged (see CHECKED_WHEN_BROKEN), for checks beyond the file.
     */
    readonly jobs: JobSpec[];
    /** Every well-formed input image path, also of jobs with other issues, so all can be checked. */
    readonly references: ImageReference[];
}
/** Validates fields as written; pure apart from `options.checkJob`. */
export declare function validate(raw: RawManifest, options: ParseOptions): Validation;
/** Runs a step generator to its end, without pausing. */
export declare function runToEnd<T>(steps: Generator<void, T>): T;
/** `validate`, yielding every few hundred jobs (see the module's comment). */
export declare function validateSteps(raw: RawManifest, options: ParseOptions): Generator<void, Validation>;
/** `10,000,000,000`: a count as people read it, however large. */
export declare function formatCount(count: bigint): string;

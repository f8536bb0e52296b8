/**
 * A dry run's plan as lines of text: every job with its estimated cost and fingerprint, the
 * variants of a matrix grouped under their prompt, then the cost per variant and in total. Pure.
 */
import { type CostEstimate } from '../cost/prices.js';
import type { JobSpec } from '../types.js';
import { type VariantTable } from './variants.js';
/** Estimated cost and job count per variant of a plan; `{}` when no job has a variant. */
export declare function planByVariant(jobs: readonly JobSpec[], estimates: ReadonlyMap<string, CostEstimate>): VariantTable;
/** The jobs in manifest order, the variants of one prompt together under it. */
export declare function groupJobs(jobs: readonly JobSpec[]): {
    readonly group?: string;
    readonly jobs: readonly JobSpec[];
}[];
/** Hex digits of a fingerprint the plan shows: enough to tell requests apart by eye. */
export declare const FINGERPRINT_CHARS = 12;
export interface PlanOptions {
    /**
     * Jobs whose manifest `base_url` sends their key to a host that is not their provider's own
     * (nor one the operator set), by job id, with that origin. @default none
     */
    readonly foreignHosts?: ReadonlyMap<string, string>;
}
/** The plan's lines, as `video-batch run --dry-run` prints them. */
export declare function planLines(file: string, jobs: readonly JobSpec[], estimates: ReadonlyMap<string, CostEstimate>, options?: PlanOptions): string[];

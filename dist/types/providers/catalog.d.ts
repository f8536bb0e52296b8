/**
 * The checks a job gets before anything is sent: its provider's traits (from the list of
 * providers) and its model's catalog row (src/models.json, see catalog-data.ts, with a manifest's
 * `models:` block laid over it). Unknown models pass through unchecked.
 */
import type { FieldProblem } from '../manifest/types.js';
import type { JobSpec, ModelOverrides, ProviderName } from '../types.js';
import type { ProviderTraits } from './module.js';
import { type ImageSlots } from './job-images.js';
export * from './catalog-data.js';
export type { ProviderTraits } from './module.js';
/** Each provider's traits, from its module (defaults are live models: each PROVIDER.md says why). */
export declare const PROVIDER_TRAITS: Readonly<Record<ProviderName, ProviderTraits>>;
/**
 * Provider- and model-specific problems with a job, found before anything is sent.
 * `catalogLimits: false` leaves out the catalog's durations and sizes: for a job whose model
 * discovery will describe, the vendor's schema judges them (src/providers/discovery/step.ts).
 */
export declare function checkJob(job: JobSpec, models?: ModelOverrides, options?: {
    readonly catalogLimits?: boolean;
}): FieldProblem[];
/** What `model` takes as input images by its module's account, or a first frame where the provider takes one. Pure. */
export declare function catalogImageSlots(provider: ProviderName, model: string, imageInput?: boolean): ImageSlots;
/** The catalog row's durations and sizes (with the provider's sizes), and the input images the model takes, as problems with `job`. Pure. */
export declare function catalogLimitProblems(job: JobSpec, models?: ModelOverrides): FieldProblem[];
/** `2, 3, 4` for short lists, `2 to 12` for a run of whole numbers. */
export declare function listValues(values: readonly number[]): string;

/**
 * A create answered "this model is gone": OpenAI's `model_not_found` code, or, where the caller
 * says so, a 404 on a create URL whose only variable segment is the model (Veo's
 * `models/{model}:predictLongRunning` on the Gemini API and Vertex AI: Google answers 404 "... is
 * no longer available" for a shut-down model). Such a job ends with the stable code
 * `model_retired` and the catalog's replacement, never a retry. Pure.
 */
import type { JobSpec } from '../types.js';
import { ProviderError } from './types.js';
export interface ModelGoneRule {
    /** The create's URL names nothing but the model, so its 404 can only mean the model. @default false */
    readonly notFoundMeansGone?: boolean;
}
/** True when a failed create says its model is gone. */
export declare function isModelGone(error: ProviderError, rule?: ModelGoneRule): boolean;
/** `error` as a `model_retired` ProviderError when it says the job's model is gone; else `error` unchanged. */
export declare function asModelRetired(job: JobSpec, error: unknown, rule?: ModelGoneRule): unknown;

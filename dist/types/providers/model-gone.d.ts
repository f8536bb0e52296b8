/**
 * A create answered "this model is gone": OpenAI's `model_not_found` code, or a 404 on Veo's
 * `models/{model}:predictLongRunning`, whose only variable path segment is the model (Google
 * answers 404 "... is no longer available" for a shut-down model). Such a job ends with the stable
 * code `model_retired` and the catalog's replacement, never a retry. Pure.
 */
import type { JobSpec } from '../types.js';
import { ProviderError } from './types.js';
/** True when a failed create says its model is gone. */
export declare function isModelGone(job: JobSpec, error: ProviderError): boolean;
/** `error` as a `model_retired` ProviderError when it says the job's model is gone; else `error` unchanged. */
export declare function asModelRetired(job: JobSpec, error: unknown): unknown;

/**
 * A create answered "this model is gone": OpenAI's `model_not_found` code, or, where the caller
 * says so, a 404 on a create URL whose only variable segment is the model (Veo's
 * `models/{model}:predictLongRunning` on the Gemini API and Vertex AI: Google answers 404 "... is
 * no longer available" for a shut-down model). Such a job ends with the stable code
 * `model_retired` and the catalog's replacement, never a retry. Pure.
 */
import type { JobSpec } from '../types.js';
import { describeReplacements, lifecycleOf } from './catalog-data.js';
import { ProviderError } from './types.js';

/** Error codes that say the model does not exist (any more) on that server. */
const GONE_CODES: readonly string[] = ['model_not_found'];

export interface ModelGoneRule {
  /** The create's URL names nothing but the model, so its 404 can only mean the model. @default false */
  readonly notFoundMeansGone?: boolean;
}

/** True when a failed create says its model is gone. */
export function isModelGone(error: ProviderError, rule: ModelGoneRule = {}): boolean {
  if (error.details.code !== undefined && GONE_CODES.includes(error.details.code)) return true;
  return (rule.notFoundMeansGone ?? false) && error.details.status === 404;
}

/** `error` as a `model_retired` ProviderError when it says the job's model is gone; else `error` unchanged. */
export function asModelRetired(job: JobSpec, error: unknown, rule: ModelGoneRule = {}): unknown {
  if (!(error instanceof ProviderError) || !isModelGone(error, rule)) return error;
  const replacement = lifecycleOf(job.provider, job.model)?.replacement ?? [];
  const move = replacement.length > 0 ? `move to ${describeReplacements(replacement)}` : 'move to a model this server serves (video-batch models lists live ones)';
  return new ProviderError('client', `${job.model} is no longer served here (the server answered: ${error.message}); ${move}`, {
    ...(error.details.status === undefined ? {} : { status: error.details.status }),
    code: 'model_retired',
  });
}

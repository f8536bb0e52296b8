/**
 * The one rule for a job's `params` (every provider module uses it): they are laid over the
 * request object video-batch built from the job, as written, after its own mapping. Keys that
 * mapping sets (the module's `params.reserved`: prompt, model, what seconds, size and
 * input_reference become) are refused when the manifest is read, so a param never silently
 * replaces what a job's own field says; the other keys go in untouched, nested values included.
 */
import type { JobParams, JobSpec } from '../types.js';
import type { ProviderParams } from './module.js';
import { ProviderError } from './types.js';

/** Why `params` may not go to a provider with these rules, one message per key; empty when they may. Pure. */
export function paramsProblems(params: JobParams, rules: ProviderParams | undefined, provider: string): string[] {
  if (!rules) return [`provider "${provider}" takes no params; drop params or use a provider whose API takes extra fields`];
  return Object.keys(params)
    .filter((key) => Object.hasOwn(rules.reserved, key))
    .map((key) => `params may not set ${JSON.stringify(key)}: video-batch sends it from the job's ${rules.reserved[key]}; set that field instead`);
}

/**
 * `built` with the job's params laid over it (`{...built, ...params}`): what goes into the
 * request. Use it on the object the params go into (`ProviderParams.into`).
 * @throws ProviderError `client` when a param would replace a reserved key (a JobSpec built
 *   without the manifest reader; the reader refuses these first)
 */
export function withParams<T extends object>(built: T, job: Pick<JobSpec, 'params'>, rules: ProviderParams): T & JobParams {
  const params = job.params ?? {};
  const [problem] = paramsProblems(params, rules, '');
  if (problem !== undefined) throw new ProviderError('client', problem);
  return { ...built, ...params };
}

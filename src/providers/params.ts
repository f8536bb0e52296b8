/**
 * The one rule for a job's `params` (every provider module uses it): they are laid over the
 * request object video-batch built from the job, as written, after its own mapping. Keys that
 * mapping sets (the module's `params.reserved`: prompt, model, what seconds, size and
 * input_reference become) are refused when the manifest is read, so a param never silently
 * replaces what a job's own field says; the other keys go in untouched, nested values included.
 * A key that asks for several outputs from one request (`n`, `sampleCount`...) is refused above 1:
 * the API would bill each video while the estimate, the ledger and the report count one.
 */
import type { JobParams, JobSpec } from '../types.js';
import type { ProviderParams } from './module.js';
import { ProviderError } from './types.js';

/**
 * How request fields commonly ask for several outputs: OpenAI-style `n`, and the spellings of
 * Replicate models, fal endpoints and Google's APIs (`sample_count` is Vertex AI's `sampleCount`
 * in proto JSON). Refused by every provider, since a gateway may forward them to any vendor.
 */
export const OUTPUT_COUNT_KEYS = ['n', 'num_outputs', 'num_videos', 'number_of_videos', 'num_samples', 'sample_count', 'num_generations'] as const;

/** `sampleCount`, `sample_count` and `Sample-Count` are one name to a proto-JSON API: compare them so. */
function countKeyForm(key: string): string {
  return key.toLowerCase().replace(/[_-]/g, '');
}

/** True when `value` asks for exactly one output (1, or "1" from a CSV cell or a multipart body). */
function isOne(value: unknown): boolean {
  return value === 1 || value === '1';
}

/** Why `params` may not go to a provider with these rules, one message per key; empty when they may. Pure. */
export function paramsProblems(params: JobParams, rules: ProviderParams | undefined, provider: string): string[] {
  if (!rules) return [`provider "${provider}" takes no params; drop params or use a provider whose API takes extra fields`];
  const countKeys = new Set([...OUTPUT_COUNT_KEYS, ...(rules.outputCount ?? [])].map(countKeyForm));
  return Object.entries(params).flatMap(([key, value]) => {
    if (Object.hasOwn(rules.reserved, key)) return [`params may not set ${JSON.stringify(key)}: video-batch sends it from the job's ${rules.reserved[key]}; set that field instead`];
    if (!countKeys.has(countKeyForm(key)) || isOne(value) || value === null) return [];
    const many = typeof value === 'number' && Number.isInteger(value) && value > 1 ? value : undefined;
    const seeds = Array.from({ length: Math.min(many ?? 2, 4) }, (_, i) => `{seed: ${i + 1}}`).join(', ');
    return [
      `params may not set ${JSON.stringify(key)}: one job is one video (and one estimate), ` +
        `${many !== undefined ? `and ${many} would make ${many} videos, each paid; ` : `so it may only be 1 (got ${JSON.stringify(value)}); `}` +
        `to get several, use "matrix:", e.g. "matrix: {params: [${seeds}]}", one job per video`,
    ];
  });
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

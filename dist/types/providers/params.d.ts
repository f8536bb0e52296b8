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
/**
 * How request fields commonly ask for several outputs: OpenAI-style `n`, and the spellings of
 * Replicate models, fal endpoints and Google's APIs (`sample_count` is Vertex AI's `sampleCount`
 * in proto JSON). Refused by every provider, since a gateway may forward them to any vendor.
 */
export declare const OUTPUT_COUNT_KEYS: readonly ["n", "num_outputs", "num_videos", "number_of_videos", "num_samples", "sample_count", "num_generations"];
/** Why `params` may not go to a provider with these rules, one message per key; empty when they may. Pure. */
export declare function paramsProblems(params: JobParams, rules: ProviderParams | undefined, provider: string): string[];
/**
 * `built` with the job's params laid over it (`{...built, ...params}`): what goes into the
 * request. Use it on the object the params go into (`ProviderParams.into`).
 * @throws ProviderError `client` when a param would replace a reserved key (a JobSpec built
 *   without the manifest reader; the reader refuses these first)
 */
export declare function withParams<T extends object>(built: T, job: Pick<JobSpec, 'params'>, rules: ProviderParams): T & JobParams;

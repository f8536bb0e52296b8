/**
 * OpenRouter's video job answers, read at the boundary: the submit answer (`{id, polling_url,
 * status}`), a job's status (`pending` / `in_progress` / `completed` / `failed` / `cancelled` /
 * `expired`) with its download URLs and `usage.cost`, and the error body
 * (`{error: {code: <HTTP status>, message, metadata?}}`). Pure. See PROVIDER.md for the sources.
 */
import type { RemoteStatus } from '../../types.js';
import { type ErrorFields } from '../fetch-json.js';
/** One job as OpenRouter states it, beyond the neutral status: what the download and the cost need. */
export interface OpenRouterJob {
    readonly status: RemoteStatus;
    /** `urls[0]`: a signed storage URL, fetched without the key (absent from the OpenAPI schema; PROVIDER.md). */
    readonly signedUrl?: string;
    /** `usage.cost`: what the job cost, in USD, once it completed. */
    readonly costUsd?: number;
}
/** The job id a submit answered with. */
export declare function submittedId(body: unknown): string;
/** A job answer (submit or poll) as a neutral status; an unknown status word counts as running. */
export declare function openRouterJob(body: unknown): OpenRouterJob;
/**
 * OpenRouter's error body: `{error: {code, message, metadata}}`, `code` being the HTTP status as a
 * number (so the kind comes from the status; no code word is kept). The reference documents no
 * wait in the body: a 429's wait is its Retry-After header.
 */
export declare function openRouterErrorFields(body: unknown): ErrorFields;

/**
 * fal.ai's queue API: `POST {base}/{model}` submits the input JSON; the answer's `status_url` is
 * polled (IN_QUEUE, IN_PROGRESS, COMPLETED) and, once completed, its `response_url` holds the
 * model's output (`video.url`) or the model's error. See PROVIDER.md.
 */
import type { JobSpec } from '../../types.js';
import { type Provider } from '../types.js';
import type { FactsLookup } from '../discovery/facts.js';
import { type FalImages } from './schema-input.js';
export declare const FAL_DEFAULT_BASE_URL = "https://queue.fal.run";
export interface FalProviderOptions {
    readonly apiKey: string;
    /** The queue's origin (or a proxy's prefix). @default FAL_DEFAULT_BASE_URL */
    readonly baseUrl?: string;
    /** Per-request timeout in milliseconds. @default 60000 */
    readonly requestTimeoutMs?: number;
    /** @default globalThis.fetch */
    readonly fetch?: typeof fetch;
    /** What discovery learned of each endpoint: a job whose endpoint has a schema gets its input built from it. @default none */
    readonly facts?: FactsLookup;
}
/**
 * The input JSON of `job`: from its endpoint's published schema when discovery has it, else from
 * the names most fal video endpoints share (input.ts) with the params laid over.
 * @throws ProviderError `client` when the job does not fit the schema (the run checks this before sending)
 */
export declare function falRequestInput(job: JobSpec, facts: FactsLookup | undefined, images: string | FalImages | undefined): Record<string, unknown>;
/** `fal-ai/veo3.1/fast` as a URL path, each segment encoded. */
export declare function falModelPath(model: string): string;
/**
 * The fal provider. No findSubmitted: fal's request list (the Platform API's
 * `/models/requests/by-endpoint`, on another host) is sorted by end time, so a request still in
 * the queue may not be in it and its absence proves nothing; the runner fails an ambiguous submit
 * as `submit_uncertain` rather than pay twice.
 */
export declare function createFalProvider(options: FalProviderOptions): Provider;

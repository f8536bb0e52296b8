/**
 * Replicate's predictions over HTTP: an official model is run by name
 * (`POST {base}/models/{owner}/{name}/predictions`), a pinned version through
 * `POST {base}/predictions` with `version`; `GET {base}/predictions/{id}` is polled, the URL in
 * `output` downloaded (without the key unless it is the API's own origin), and
 * `GET {base}/predictions` read to find a create whose answer was lost (the module adds the
 * preflight, `GET {base}/account`). Never `Prefer: wait`:
 * a create answers at once, and the runner polls.
 */
import type { JobSpec } from '../../types.js';
import type { JsonSchema } from '../discovery/facts.js';
import type { ProviderClientOptions } from '../module.js';
import { type Provider } from '../types.js';
import type { ReplicateImages } from './mapping.js';
export declare const REPLICATE_DEFAULT_BASE_URL = "https://api.replicate.com/v1";
/** The create request of a job: its URL and JSON body (the `input` in the names of the model's schema when given, else of input.ts's table). */
export declare function createRequest(base: string, job: JobSpec, imageDataUrl?: string | ReplicateImages, schema?: JsonSchema): {
    readonly url: string;
    readonly body: Readonly<Record<string, unknown>>;
};
/** The Replicate provider of one endpoint. */
export declare function createReplicateProvider(options: ProviderClientOptions): Provider;

import { type Provider } from '../types.js';
export declare const FAL_DEFAULT_BASE_URL = "https://queue.fal.run";
export interface FalProviderOptions {
    readonly apiKey: string;
    /** The queue's origin (or a proxy's prefix). @default FAL_DEFAULT_BASE_URL */
    readonly baseUrl?: string;
    /** Per-request timeout in milliseconds. @default 60000 */
    readonly requestTimeoutMs?: number;
    /** @default globalThis.fetch */
    readonly fetch?: typeof fetch;
}
/** `fal-ai/veo3.1/fast` as a URL path, each segment encoded. */
export declare function falModelPath(model: string): string;
/**
 * The fal provider. No findSubmitted: fal's request list (the Platform API's
 * `/models/requests/by-endpoint`, on another host) is sorted by end time, so a request still in
 * the queue may not be in it and its absence proves nothing; the runner fails an ambiguous submit
 * as `submit_uncertain` rather than pay twice.
 */
export declare function createFalProvider(options: FalProviderOptions): Provider;

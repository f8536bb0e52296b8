/**
 * xAI's Grok Imagine video: `POST {base}/videos/generations` answers `{request_id}`,
 * `GET {base}/videos/{request_id}` is polled until `done` (with `video.url`) or `failed`, and the
 * URL is downloaded (without the key unless it is on the API's own origin). See PROVIDER.md.
 */
import type { RemoteStatus } from '../../types.js';
import { type HttpClient } from '../fetch-json.js';
import { type Provider } from '../types.js';
export declare const XAI_DEFAULT_BASE_URL = "https://api.x.ai/v1";
/** `GET {base}/videos/{id}`, the id checked before it becomes a path segment. */
export declare function deferredUrl(base: string, id: string): string;
/** Polls a deferred request and maps its answer, with the server's pacing hint. */
export declare function pollDeferred(client: HttpClient, base: string, headers: Readonly<Record<string, string>>, id: string, signal: AbortSignal): Promise<RemoteStatus>;
export interface XaiProviderOptions {
    readonly apiKey: string;
    /** Up to and including `/v1`. @default XAI_DEFAULT_BASE_URL */
    readonly baseUrl?: string;
    /** Per-request timeout in milliseconds. @default 60000 */
    readonly requestTimeoutMs?: number;
    /** @default globalThis.fetch */
    readonly fetch?: typeof fetch;
}
/**
 * The xai provider. Never retries. No findSubmitted: xAI lists no recent requests, so a create whose
 * answer was lost ends `submit_uncertain` instead of being sent (and billed) a second time.
 */
export declare function createXaiProvider(options: XaiProviderOptions): Provider;

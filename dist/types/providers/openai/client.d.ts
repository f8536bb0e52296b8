import type { Video } from 'openai/resources/videos';
import type { RemoteStatus } from '../../types.js';
import type { ProviderParams } from '../module.js';
import { type ListedVideo, type Provider } from '../types.js';
export interface OpenAIProviderOptions {
    readonly apiKey: string;
    /** @default the SDK's default, https://api.openai.com/v1 */
    readonly baseUrl?: string;
    /** Per-request timeout in milliseconds. @default 60000 */
    readonly requestTimeoutMs?: number;
    /** Injected for tests and proxies. @default globalThis.fetch */
    readonly fetch?: typeof fetch;
}
/** A job's params join the create's body (multipart: the SDK sends numbers and booleans as text, nested values as `key[sub]`). */
export declare const OPENAI_PARAMS: ProviderParams;
/**
 * Where a gateway says the finished video is, when it gives a URL in the Video object instead of
 * (or besides) `/videos/{id}/content`: `video_url`, `url`, `download_url`, `video.url` or
 * `data[0].url`, first found. OpenAI's own objects carry none. Pure.
 */
export declare function resultUrl(video: unknown): string | undefined;
/** Maps a Video object (and the response headers it came with) to a neutral status. */
export declare function videoStatus(video: Video, headers?: Headers): RemoteStatus;
/**
 * A Video as the API should answer one (a string id and a status word), or the error the answer
 * carries instead: a 200 holding `{"error": ...}` or `{}` is not a video.
 */
export declare function checkedVideo(data: unknown, what: string): Video;
/**
 * What a listed video states, read defensively: gateways of the same shape omit fields or send
 * null, and a field that is not stated must never pass for a match.
 */
export declare function listedVideo(video: Video): ListedVideo | undefined;
/** Maps anything the SDK throws to a ProviderError (an abort is passed through untouched). */
export declare function mapOpenAIError(error: unknown): unknown;
/** The OpenAI Videos API (OpenAI itself, or a gateway serving the same shape at another base URL). */
export declare function createOpenAIProvider(options: OpenAIProviderOptions): Provider;

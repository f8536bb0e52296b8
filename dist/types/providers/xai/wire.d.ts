/**
 * xAI's video generations shape, as pure functions: a job -> the create body, a deferred request's
 * answer -> a neutral status. The status reader also takes the answers of gateways that serve
 * `/videos/generations` asynchronously (`{id, status}`, a URL under `url`, `video_url` or
 * `data[0].url`), which is why openai-generations uses it too. See PROVIDER.md.
 */
import type { JobSpec, RemoteStatus } from '../../types.js';
import type { ProviderParams } from '../module.js';
export type XaiAspectRatio = '16:9' | '9:16' | '1:1' | '4:3' | '3:4' | '3:2' | '2:3';
export type XaiResolution = '480p' | '720p' | '1080p';
/** Every `size` the API can express, as `aspect_ratio` + `resolution` (which models take 1080p is the catalog's business). */
export declare const XAI_SIZES: Readonly<Record<string, {
    readonly aspectRatio: XaiAspectRatio;
    readonly resolution: XaiResolution;
}>>;
/** The JSON body of `POST {base}/videos/generations`. */
export interface XaiRequestBody {
    readonly model: string;
    readonly prompt: string;
    readonly duration?: number;
    readonly aspect_ratio?: XaiAspectRatio;
    readonly resolution?: XaiResolution;
    /** A public URL or a base64 data URI. */
    readonly image?: {
        readonly url: string;
    };
    readonly [param: string]: unknown;
}
/** A job's params join the body (user, output...). */
export declare const XAI_PARAMS: ProviderParams;
/** Maps a job to the create body: seconds -> duration, size -> aspect_ratio + resolution, image -> a data URI. Pure. */
export declare function xaiRequestBody(job: JobSpec, imageDataUrl?: string): XaiRequestBody;
/**
 * The id of an asynchronous create answer: xAI's `{request_id}`, or a gateway's `{id, status}`.
 * Undefined for an answer that is neither (a synchronous `{data: [{url}]}`).
 */
export declare function deferredId(body: unknown): string | undefined;
/** The request id xAI answered a create with. */
export declare function xaiRequestId(body: unknown): string;
/**
 * Maps a deferred request's answer to a neutral status, keeping its status word. An answer with no
 * status (only the request id) is still pending; an unknown word counts as running (the poll has a
 * deadline). `done` without a URL is a failure, never a success.
 */
export declare function deferredStatus(body: unknown): RemoteStatus;

import type { JobSpec } from '../../types.js';
import type { ProviderParams } from '../module.js';
import { type Provider } from '../types.js';
/** The JSON body of `POST /videos/generations`. */
export interface GenerationsRequestBody {
    readonly model: string;
    readonly prompt: string;
    readonly duration?: number;
}
/** A job's params join the JSON body (the shape documents only model, prompt and duration: a gateway's own fields). */
export declare const GENERATIONS_PARAMS: ProviderParams;
/** Maps a job to the request body: seconds -> duration, then its params. This shape has no size and no image. Pure. */
export declare function generationsRequestBody(job: JobSpec): GenerationsRequestBody;
/**
 * The video URL of a generations answer.
 * @throws ProviderError `client` when the answer carries an error instead, `server` when it has no URL
 */
export declare function generationsResultUrl(body: unknown): string;
/** A stable id for a result (the API gives none): `gen_` + the first 24 hex digits of the URL's SHA-256. */
export declare function generationId(url: string): string;
export interface GenerationsProviderOptions {
    readonly apiKey: string;
    /** Up to and including the version segment, e.g. `https://api.agentsflare.com/v1`. */
    readonly baseUrl: string;
    /** Per-request timeout in milliseconds (status-free, so downloads only). @default 60000 */
    readonly requestTimeoutMs?: number;
    /** Deadline of the create, which answers only when the video exists. @default 900000 (15 min) */
    readonly createTimeoutMs?: number;
    /** @default globalThis.fetch */
    readonly fetch?: typeof fetch;
}
/**
 * The openai-generations provider. The API answers a create with the finished video's URL and
 * keeps no record to look it up by later, so the URL is handed to the ledger (`restore`): a run
 * interrupted between create and download downloads it in the next run instead of paying again.
 */
export declare function createGenerationsProvider(options: GenerationsProviderOptions): Provider;

/**
 * Google Veo through the Gemini API: `POST {base}/models/{model}:predictLongRunning` starts an
 * operation, `GET {base}/{operation name}` is polled until `done`, and the video is fetched from
 * `response.generateVideoResponse.generatedSamples[0].video.uri`. See docs/providers.md.
 */
import type { JobSpec, RemoteStatus } from '../../types.js';
import { type ImageSlots } from '../job-images.js';
import type { ProviderParams } from '../module.js';
import { type Provider } from '../types.js';
/** Google's endpoint, version segment included; a gateway's base URL carries its own. */
export declare const VEO_DEFAULT_BASE_URL = "https://generativelanguage.googleapis.com/v1beta";
export type VeoAspectRatio = '16:9' | '9:16';
export type VeoResolution = '720p' | '1080p' | '4k';
/** Every `size` the Gemini API can express, as `parameters.aspectRatio` + `parameters.resolution`. */
export declare const VEO_SIZES: Readonly<Record<string, {
    readonly aspectRatio: VeoAspectRatio;
    readonly resolution: VeoResolution;
}>>;
/** How the key travels: Google wants `x-goog-api-key`; gateways take a Bearer token. */
export type VeoAuth = 'x-goog-api-key' | 'bearer';
/** Google's own API hosts (`*.googleapis.com`): they take `x-goog-api-key`, and only they may be sent a Google key. */
export declare function isGoogleHost(hostname: string): boolean;
/** The base URL decides: a `*.googleapis.com` host gets `x-goog-api-key`, any other host a Bearer token. */
export declare function veoAuthFor(baseUrl: string): VeoAuth;
/** Google's host without a path means its current version; every other base URL is used as given. */
export declare function veoBaseUrl(baseUrl: string | undefined): string;
export interface VeoImage {
    readonly bytesBase64Encoded: string;
    readonly mimeType: string;
}
/** A reference image as `instances[0].referenceImages[]` takes it: `asset` keeps a subject (Veo 3.1 takes up to 3). */
export interface VeoReferenceImage {
    readonly image: VeoImage;
    readonly referenceType: 'asset';
}
/** A job's images besides the first frame, in wire form. */
export interface VeoMoreImages {
    readonly lastFrame?: VeoImage;
    readonly referenceImages?: readonly VeoImage[];
}
/** One instance of `predictLongRunning`: the prompt and the input images. */
export interface VeoInstance {
    readonly prompt: string;
    readonly image?: VeoImage;
    readonly lastFrame?: VeoImage;
    readonly referenceImages?: readonly VeoReferenceImage[];
}
/** The instance of a job: `image` (first frame), `lastFrame`, `referenceImages` as Google's Veo reference names them. Pure. */
export declare function veoInstance(prompt: string, image?: VeoImage, more?: VeoMoreImages): VeoInstance;
/**
 * The input images a Veo model takes, from Google's Veo reference (read 2026-12-07): Veo 3.1
 * takes a first and a last frame, or up to 3 `asset` reference images (not with the frames);
 * Veo 2 a first and a last frame; Veo 3.0 and others a first frame. Pure.
 */
export declare function veoImageSlots(model: string): ImageSlots;
/** The JSON body of `predictLongRunning` (Gemini API wire names). */
export interface VeoRequestBody {
    readonly instances: readonly [VeoInstance];
    readonly parameters: {
        aspectRatio?: VeoAspectRatio;
        resolution?: VeoResolution;
        durationSeconds?: number;
        readonly [param: string]: unknown;
    };
}
/** A job's params join `parameters` (negativePrompt, seed, generateAudio, personGeneration...). */
export declare const VEO_PARAMS: ProviderParams;
/** Maps a job to the request body: seconds -> durationSeconds, size -> aspectRatio + resolution, then its params. Pure. */
export declare function veoRequestBody(job: JobSpec, image?: VeoImage, more?: VeoMoreImages): VeoRequestBody;
/** The operation's name, which is also its path under the base URL. */
export declare function veoOperationName(body: unknown): string;
/**
 * Maps an operation to a neutral status. An operation has no status word, so `rawStatus` is
 * `running` (not done), `done` (a video), `error` (operation error) or `filtered` (safety filters).
 */
export declare function veoOperationStatus(body: unknown, headers?: Headers): RemoteStatus;
export interface VeoProviderOptions {
    readonly apiKey: string;
    /** Up to and including the version segment. @default VEO_DEFAULT_BASE_URL */
    readonly baseUrl?: string;
    /** @default veoAuthFor(baseUrl) */
    readonly auth?: VeoAuth;
    /** Per-request timeout in milliseconds. @default 60000 */
    readonly requestTimeoutMs?: number;
    /** @default globalThis.fetch */
    readonly fetch?: typeof fetch;
}
/** The Veo provider. Never retries; every failure is a ProviderError for the runner to judge. */
export declare function createVeoProvider(options: VeoProviderOptions): Provider;

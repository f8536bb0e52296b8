/**
 * The Gemini API's Interactions shape for video, as pure functions: a job -> the create body, an
 * Interaction -> a neutral status, its `usage` -> a cost. Wire names are the API's (snake_case);
 * see PROVIDER.md for the sources of each.
 */
import type { JobSpec, RemoteStatus } from '../../types.js';
import type { ProviderParams } from '../module.js';
export type GeminiAspectRatio = '16:9' | '9:16';
export type GeminiResolution = '360p' | '720p' | '1080p' | '4k';
/** Every `size` the Interactions API can express, as `response_format.aspect_ratio` + `resolution`. */
export declare const GEMINI_SIZES: Readonly<Record<string, {
    readonly aspectRatio: GeminiAspectRatio;
    readonly resolution: GeminiResolution;
}>>;
/** A content block of `input` (js-genai `Content`): text, or an image inline as base64 or by its Files API uri. */
export type GeminiContent = {
    readonly type: 'text';
    readonly text: string;
} | {
    readonly type: 'image';
    readonly data: string;
    readonly mime_type: string;
} | {
    readonly type: 'image';
    readonly uri: string;
    readonly mime_type: string;
};
/** `response_format` for video (js-genai `VideoResponseFormat`). */
export interface GeminiVideoFormat {
    readonly type: 'video';
    aspect_ratio?: GeminiAspectRatio;
    resolution?: GeminiResolution;
    /** `"<seconds>s"`: the form other clients verified live; Google's reference types it only as a string. */
    duration?: string;
}
/** The JSON body of `POST {base}/interactions`. */
export interface GeminiRequestBody {
    readonly model: string;
    readonly input: string | readonly GeminiContent[];
    readonly response_modalities: readonly ['video'];
    readonly response_format: GeminiVideoFormat;
    readonly background: true;
    readonly [param: string]: unknown;
}
/** A job's params join the body (system_instruction, generation_config, store...), beside what video-batch sets. */
export declare const GEMINI_PARAMS: ProviderParams;
/** An image as `input` carries it: inline base64, or the uri of a file uploaded to the Files API. */
export type GeminiImage = {
    readonly base64: string;
    readonly mimeType: string;
} | {
    readonly uri: string;
    readonly mimeType: string;
};
/**
 * The most inline image bytes one request may carry: the Gemini API takes inline data up to
 * 20 MB per request (its image-understanding guide); past that the images go through the Files API.
 */
export declare const GEMINI_INLINE_LIMIT_BYTES: number;
/** The Files API's limit per file (its reference: 2 GB per file). */
export declare const GEMINI_FILE_LIMIT_BYTES: number;
/** How many bytes `bytes` of image take inline: base64 grows them by a third. */
export declare function inlineSize(bytes: number): number;
/**
 * Which images (by index) go through the Files API so that the rest fit `limit` inline: the
 * largest first, as few as possible. Pure.
 */
export declare function imagesToUpload(sizes: readonly number[], limit: number): ReadonlySet<number>;
/**
 * The input images Gemini Omni takes (Google Cloud's Gemini Omni guides for first and last
 * frames and for reference images, read 2026-12-07): a first frame, a first and a last frame,
 * or up to 3 reference images. Pure.
 */
export declare const GEMINI_IMAGE_SLOTS: {
    readonly first: true;
    readonly last: true;
    readonly lastNeedsFirst: true;
    readonly references: 3;
    readonly referencesAlone: true;
};
/** The duration as the API takes it: whole or fractional seconds with an `s`, e.g. `8s`. */
export declare function geminiDuration(seconds: number): string;
/**
 * Maps a job to the create body: prompt (and its input image) -> `input`, size -> aspect ratio +
 * resolution, seconds -> duration, then its params. Pure.
 */
export declare function geminiRequestBody(job: JobSpec, image?: GeminiImage, more?: {
    readonly last?: GeminiImage;
    readonly references?: readonly GeminiImage[];
}): GeminiRequestBody;
/** The interaction id a create answered with. */
export declare function interactionId(body: unknown): string;
/** The generated video of an interaction: inline base64 `data` or a Files API `uri`. */
export interface GeminiVideo {
    readonly data?: string;
    readonly uri?: string;
    readonly mimeType: string;
}
/**
 * The last video block of the interaction's output: the `model_output` steps' `content` after the
 * last `user_input` step (the reference's `steps[]`), else `output_video` (what the SDKs add),
 * else a top-level `outputs[]` (the API's earlier shape, still sent by some gateways).
 */
export declare function interactionVideo(interaction: Readonly<Record<string, unknown>>): GeminiVideo | undefined;
/** Token counts of an interaction's `usage` that are billed at different rates. */
export interface GeminiTokens {
    readonly input: number;
    readonly videoOutput: number;
    /** Text and thought output. */
    readonly otherOutput: number;
}
/**
 * The billed token counts of `usage`: input, video output (`output_tokens_by_modality` for
 * `video`) and the rest of the output (text, thoughts). Undefined when the answer has no usage.
 */
export declare function interactionTokens(usage: unknown): GeminiTokens | undefined;
/** USD per million tokens, from the catalog row's `price.usd_per_million_tokens`. */
export interface TokenPrice {
    readonly input: number;
    readonly output_video: number;
    readonly output_text: number;
}
/** What the tokens cost at `price`, in USD (rounded to a millionth of a dollar). Pure. */
export declare function tokenCostUsd(tokens: GeminiTokens, price: TokenPrice): number;
/**
 * Maps an interaction to a neutral status, keeping the API's status word. An unknown word counts as
 * running (the poll has a deadline). A completed interaction without a video is a failure
 * (`no_video`), never a success: Google's forum reports completed interactions with no output.
 * `cost` prices the interaction's usage; absent when the catalog has no token price.
 */
export declare function interactionStatus(body: unknown, cost?: (tokens: GeminiTokens) => number | undefined): RemoteStatus & {
    readonly video?: GeminiVideo;
};

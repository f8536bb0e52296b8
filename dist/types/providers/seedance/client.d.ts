/**
 * ByteDance Seedance through BytePlus ModelArk (or Volcengine Ark, or a gateway with the same
 * shape): `POST {base}/contents/generations/tasks` creates a task, `GET .../tasks/{id}` is polled
 * until it succeeds or fails, and `content.video_url` is downloaded. See docs/providers.md.
 */
import type { JobSpec, RemoteStatus } from '../../types.js';
import type { ProviderParams } from '../module.js';
import { type ImageSlots } from '../job-images.js';
import { type Provider } from '../types.js';
/** BytePlus ModelArk, Asia-Pacific (Johor). Volcengine: https://ark.cn-beijing.volces.com/api/v3 */
export declare const SEEDANCE_DEFAULT_BASE_URL = "https://ark.ap-southeast.bytepluses.com/api/v3";
export type SeedanceRatio = '16:9' | '4:3' | '1:1' | '3:4' | '9:16' | '21:9';
export type SeedanceResolution = '480p' | '720p' | '1080p';
/** How long a `content.video_url` stays downloadable, per the task API reference. */
export declare const SEEDANCE_VIDEO_TTL_MS: number;
/**
 * Every `size` Seedance can express, as `ratio` + `resolution`: the nominal size of each ratio at
 * each tier (1280x720 is 16:9 720p). The pixels rendered follow the model's own table.
 */
export declare const SEEDANCE_SIZES: Readonly<Record<string, {
    readonly ratio: SeedanceRatio;
    readonly resolution: SeedanceResolution;
}>>;
type ContentItem = {
    readonly type: 'text';
    readonly text: string;
} | {
    readonly type: 'image_url';
    readonly image_url: {
        readonly url: string;
    };
    readonly role: SeedanceImageRole;
};
/** Where an image goes in the video, as ModelArk's `content[].role` names it. */
export type SeedanceImageRole = 'first_frame' | 'last_frame' | 'reference_image';
/** The JSON body of a create-task request (ModelArk wire names; parameters as body fields). */
export interface SeedanceRequestBody {
    readonly model: string;
    readonly content: readonly ContentItem[];
    readonly ratio?: SeedanceRatio;
    readonly resolution?: SeedanceResolution;
    readonly duration?: number;
    readonly generate_audio?: boolean;
}
/** A job's params join the body, beside the fields ModelArk documents there (seed, camera_fixed, watermark...). */
export declare const SEEDANCE_PARAMS: ProviderParams;
/** Whether `model` has ModelArk's audio switch (`generate_audio`): Seedance 1.5 Pro and later; 1.0 is silent. Pure. */
export declare function seedanceHasAudio(model: string): boolean;
/**
 * The input images a Seedance model takes on ModelArk (BytePlus ModelArk video generation
 * reference, read 2026-12-07): Seedance 2.0 a first and a last frame, or up to 9 reference
 * images (`first/last frame content cannot be mixed with reference media`); 1.0 Lite I2V likewise
 * with up to 4; 1.5 Pro and 1.0 Pro a first and a last frame; 1.0 Pro Fast a first frame. Pure.
 */
export declare function seedanceImageSlots(model: string): ImageSlots;
/** A job's input images as data URLs (`data:image/png;base64,...`), which `image_url.url` takes. */
export interface SeedanceImages {
    readonly first?: string;
    readonly last?: string;
    readonly references?: readonly string[];
}
/**
 * Maps a job to the create-task body: seconds -> duration, size -> ratio + resolution,
 * audio -> generate_audio (left out when unset: the model's default, sound on for 1.5 Pro),
 * first_frame, last_frame and reference_images -> `image_url` items of `content[]` with the roles
 * `first_frame`, `last_frame` and `reference_image`, then its params. Pure.
 */
export declare function seedanceRequestBody(job: JobSpec, images?: string | SeedanceImages): SeedanceRequestBody;
/** The task id a create answered with. */
export declare function seedanceTaskId(body: unknown): string;
/** Maps a task to a neutral status, keeping ModelArk's status word; an unknown word counts as running. */
export declare function seedanceTaskStatus(body: unknown, headers?: Headers): RemoteStatus;
export interface SeedanceProviderOptions {
    readonly apiKey: string;
    /** Up to and including `/api/v3` (or a gateway's prefix). @default SEEDANCE_DEFAULT_BASE_URL */
    readonly baseUrl?: string;
    /** Per-request timeout in milliseconds. @default 60000 */
    readonly requestTimeoutMs?: number;
    /** @default globalThis.fetch */
    readonly fetch?: typeof fetch;
}
/**
 * The Seedance provider. No findSubmitted: ModelArk's task list carries no prompt and filters by
 * endpoint id, so a lost create cannot be told apart from another job's; the runner then fails
 * it as `submit_uncertain` rather than pay twice.
 */
export declare function createSeedanceProvider(options: SeedanceProviderOptions): Provider;
export {};

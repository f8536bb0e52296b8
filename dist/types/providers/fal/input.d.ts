/**
 * The fallback input of a fal endpoint, for when discovery has no schema for it (`--offline`
 * with an empty cache, fal's Platform API unreachable, a proxy base URL): `prompt`, then
 * `seconds`, `size`, `audio` and `input_reference` under the names and in the forms the
 * endpoint's page documents, or under the names most fal video endpoints share when the endpoint
 * is not one we know. With a schema, schema-input.ts builds the input instead. Pure.
 */
import type { JobSpec } from '../../types.js';
import type { ImageSlots } from '../job-images.js';
/** How an endpoint spells a duration: Veo's `"8s"`, Seedance's and Kling's `"5"`, or a plain number. */
export type DurationForm = 'seconds-suffix' | 'digits' | 'number';
/** What we know of one endpoint's input names, from its model page (see PROVIDER.md). */
export interface FalInputNames {
    readonly duration: DurationForm;
    /** The name its input image goes under; absent = a text-to-video endpoint (no image). */
    readonly image?: 'image_url' | 'first_frame_url';
    /** The name its last frame goes under; absent = the endpoint takes none. */
    readonly lastFrame?: 'last_frame_url' | 'tail_image_url';
    /** The list its reference images go in; absent = the endpoint takes none. */
    readonly references?: 'image_urls';
    /** Its audio switch; absent = none known (a job's `audio` is then refused by the send). */
    readonly audio?: 'generate_audio';
    /** `aspect_ratio` values; absent = the common ones; empty = the endpoint takes no size. */
    readonly ratios?: readonly string[];
    /** `resolution` values; absent = the common ones; empty = the endpoint takes a ratio only. */
    readonly resolutions?: readonly string[];
}
/** Endpoints whose input schema we read (fal-ai/fal-js generated types, 2026-12-07; see PROVIDER.md). */
export declare const FAL_INPUT_NAMES: Readonly<Record<string, FalInputNames>>;
/** The input images an endpoint takes by these names (the catalog's check when discovery has no schema). */
export declare function falImageSlots(model: string): ImageSlots;
/** The ratios and resolutions fal video endpoints commonly take. */
export declare const COMMON_RATIOS: readonly string[];
export declare const COMMON_RESOLUTION_WORDS: readonly string[];
/**
 * `size` as fal's `aspect_ratio` and `resolution`: the pair whose nominal size it is (`854x480`
 * is `16:9` at `480p`, `2520x1080` is `21:9` at `1080p`), among the endpoint's words when known.
 * @throws ProviderError `client` when no pair expresses it
 */
export declare function falShape(size: string, names?: FalInputNames): {
    aspect_ratio?: string;
    resolution?: string;
};
/** The input names of an endpoint: its own when known, else the common ones. */
export declare function falInputNames(model: string): FalInputNames;
/**
 * What `falInput` could not send for `job` (a size no known pair expresses, audio on an endpoint
 * without a known switch), as problems before anything is sent. Pure.
 */
export declare function falFallbackProblems(job: JobSpec): {
    field: string;
    message: string;
}[];
/**
 * The input JSON for `job` on its endpoint; `imageDataUrl` is the job's input image as a
 * `data:` URL (fal takes data URIs wherever it takes a file URL).
 */
export declare function falInput(job: JobSpec, imageDataUrl?: string, more?: {
    readonly last?: string;
    readonly references?: readonly string[];
}): Record<string, unknown>;

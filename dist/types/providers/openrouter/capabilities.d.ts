/**
 * What `GET {base}/videos/models` says of each video model (OpenRouter's `VideoModel`), read at the
 * boundary into exact types, and what follows from it for one job: whether its duration, size,
 * first frame and audio switch are allowed.
 * Pure. A field the answer leaves `null` is "not stated": nothing is checked against it.
 */
import type { ModelFacts } from '../discovery/facts.js';
/** One model's capabilities (the API's snake_case names kept inside the provider). */
export interface OpenRouterModel {
    readonly id: string;
    readonly name?: string;
    readonly supported_durations: readonly number[] | null;
    readonly supported_resolutions: readonly string[] | null;
    readonly supported_aspect_ratios: readonly string[] | null;
    readonly supported_sizes: readonly string[] | null;
    readonly supported_frame_images: readonly string[] | null;
    /** Whether the model can make audio; null = not stated. */
    readonly generate_audio: boolean | null;
    /** Whether the model honours `seed`; null = not stated. */
    readonly seed: boolean | null;
    readonly allowed_passthrough_parameters: readonly string[];
    /** SKU name -> price as a decimal string (USD, or cents where the SKU's name says so). */
    readonly pricing_skus: Readonly<Record<string, string>> | null;
}
/** One entry of the models list, or undefined when it has no id. */
export declare function parseVideoModel(value: unknown): OpenRouterModel | undefined;
/** The `data` of a models list answer; undefined when the answer has no `data` array. */
export declare function parseVideoModels(body: unknown): OpenRouterModel[] | undefined;
/** `WIDTHxHEIGHT` as numbers, or undefined. */
export declare function parseSize(size: string): {
    readonly width: number;
    readonly height: number;
} | undefined;
/** The aspect ratio name of a size, or undefined when it has none of OpenRouter's. */
export declare function ratioOf(size: string): string | undefined;
/** The resolution names whose short side is the size's short side (`1080p` and `1K` for 1920x1080). */
export declare function resolutionsOf(size: string): string[];
/** How a job's size travels in the body: as `size` itself, or as `resolution` + `aspect_ratio`. */
export type SizeFields = {
    readonly size: string;
} | {
    readonly resolution: string;
    readonly aspect_ratio: string;
};
/**
 * The body fields for `size` on `model`: `size` when the model lists it in `supported_sizes` (the
 * reference: "interchangeable with resolution + aspect_ratio"), else the resolution and ratio the
 * model lists that the size has; undefined when the model can express neither. Without a list of
 * sizes or resolutions (not stated), `size` is sent as written.
 */
export declare function sizeFields(model: OpenRouterModel | undefined, size: string): SizeFields | undefined;
/** Every `WIDTHxHEIGHT` a model can make, for messages: its sizes, else its resolutions at its ratios. */
export declare function sizesOf(model: OpenRouterModel): string[];
/** What one job asks of a model, in the terms its capabilities and prices use. */
export interface CapabilityRequest {
    readonly seconds?: number;
    readonly size?: string;
    readonly firstFrame: boolean;
    /** Whether the job sends a last frame (`frame_type: last_frame`). @default false */
    readonly lastFrame?: boolean;
    /** How many reference images (`input_references`) the job sends. @default 0 */
    readonly references?: number;
    /** The audio switch when the job sets it (`generate_audio`). */
    readonly audio?: boolean;
}
/** One thing a model's capabilities refuse, with the job field it concerns. */
export interface CapabilityProblem {
    readonly field: string;
    readonly message: string;
}
/** Everything `model`'s capabilities refuse in `request`, in one pass. Pure. */
export declare function capabilityProblems(model: OpenRouterModel, request: CapabilityRequest): CapabilityProblem[];
/** The capabilities facts state, as the client and the checks read them (the inverse of discovery.ts's factsOf). */
export declare function modelFromFacts(facts: ModelFacts | undefined): OpenRouterModel | undefined;

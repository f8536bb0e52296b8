/**
 * The model catalog (src/models.json; its data and lifecycle lookups are in catalog-data.ts) as
 * typed lookups: limits for the checks made before anything is sent, list prices for the
 * estimate, and lifecycle (status, shutdown, replacement) for the retirement rules. A manifest's
 * `models:` block extends or overrides any row; unknown models pass through unchecked.
 */
import type { FieldProblem } from '../manifest/types.js';
import type { JobSpec, ModelOverrides, ProviderName } from '../types.js';
export * from './catalog-data.js';
/** What we know of one model as one provider serves it. Unknown models pass through unchecked. */
export interface ModelInfo {
    readonly provider: ProviderName;
    readonly model: string;
    /** Durations the model accepts, in seconds; absent = not checked. */
    readonly seconds?: readonly number[];
    /** `WIDTHxHEIGHT` sizes the model accepts; absent = not checked. */
    readonly sizes?: readonly string[];
    /** Sizes the model renders only at some durations, e.g. Veo's 1080p and 4k only at 8 s. */
    readonly secondsBySize?: Readonly<Record<string, readonly number[]>>;
    /** False when the model takes no input image even though its provider's API can. */
    readonly imageInput?: boolean;
    /** True when the model works only from an input image (an image-to-video model). */
    readonly requiresImage?: boolean;
    /** False when the model cannot remix even though its provider's API can. */
    readonly remix?: boolean;
}
/** What a provider's API can do at all, whatever the model. */
export interface ProviderTraits {
    /** Every default has a catalog row (a test checks), so the simulator and checks know it. */
    readonly defaultModel: string;
    readonly remix: boolean;
    readonly imageInput: boolean;
    /** Every `size` the API can express; absent = any `WIDTHxHEIGHT` is passed through; empty = no size at all. */
    readonly sizes?: readonly string[];
}
/**
 * Defaults are live models (docs/providers.md says why each): OpenAI has no video model since
 * 2026-09-24, so the openai shapes default to a Seedance id that OpenAI-shape gateways resell; the
 * Gemini API's Veo previews are reported gone, so `veo` defaults to Vertex AI's GA id, which a
 * gateway in the Gemini shape forwards (Google's own Gemini API answers 404 for it).
 */
export declare const PROVIDER_TRAITS: Readonly<Record<ProviderName, ProviderTraits>>;
/** The model row for a job: the catalog's, with the manifest's `models:` entry laid over it. */
export declare function modelInfo(provider: ProviderName, model: string, models?: ModelOverrides): ModelInfo | undefined;
/** Provider- and model-specific problems with a job, found before anything is sent. */
export declare function checkJob(job: JobSpec, models?: ModelOverrides): FieldProblem[];
/** `2, 3, 4` for short lists, `2 to 12` for a run of whole numbers. */
export declare function listValues(values: readonly number[]): string;

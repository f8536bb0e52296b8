/**
 * The model catalog's data (src/models.json, checked against schema/models.schema.json by a test)
 * and the lookups that need nothing else: rows, model limits, lifecycle, list prices. Imports no
 * provider, so every provider (and its simulator routes) may use it.
 */
import type { ModelOverride, ModelOverrides, ModelStatus, ProviderName } from '../types.js';
/** A row's API shape (every provider has a module in src/providers/list.ts). */
export type CatalogProvider = ProviderName;
/** Where a claim comes from, when it was read, and what it does not confirm. */
export interface CatalogSource {
    readonly title: string;
    readonly url?: string;
    /** `YYYY-MM-DD`. */
    readonly read: string;
    readonly unconfirmed?: string;
}
/** A model to move to; `provider` may name one video-batch does not have yet (e.g. `vertex`). */
export interface Replacement {
    readonly provider?: string;
    readonly model: string;
}
/** USD per second of video, for every size or per `WIDTHxHEIGHT` (with `default` for the rest). */
export type Rate = number | Readonly<Record<string, number>>;
/**
 * A row's list price. `usd_per_second` is the price of a job that leaves `audio` unset (the
 * model's default: sound on for Veo 3 and Seedance 1.5); `usd_per_second_without_audio` is the
 * vendor's price for `audio: false`, where it prices silent video apart.
 */
export interface CatalogPrice {
    readonly usd_per_second: Rate;
    readonly usd_per_second_without_audio?: Rate;
    readonly default_seconds: number;
    /** For an API that bills tokens and reports them (the Gemini Interactions API): what a job's `usage` costs. */
    readonly usd_per_million_tokens?: {
        readonly input: number;
        readonly output_video: number;
        readonly output_text: number;
    };
    readonly source: CatalogSource;
}
/** One row of src/models.json, in its wire names. */
export interface CatalogRow {
    readonly provider: CatalogProvider;
    readonly model: string;
    readonly aliases?: readonly string[];
    readonly vendor?: string;
    readonly status: ModelStatus;
    readonly shutdown?: string;
    readonly replacement?: readonly Replacement[];
    readonly lifecycle_source?: CatalogSource;
    readonly seconds?: readonly number[];
    readonly sizes?: readonly string[];
    readonly seconds_by_size?: Readonly<Record<string, readonly number[]>>;
    readonly image_input?: boolean;
    readonly requires_image?: boolean;
    readonly remix?: boolean;
    readonly limits_source?: CatalogSource;
    /** Where a price was looked for and not found: a live row has this or a `price`. */
    readonly price_not_found?: CatalogSource;
    readonly price?: CatalogPrice;
    readonly note?: string;
}
export declare const CATALOG: readonly CatalogRow[];
/** A model's lifecycle, from the catalog and the manifest's `models:` block. */
export interface Lifecycle {
    readonly status: ModelStatus;
    readonly shutdown?: string;
    readonly replacement: readonly Replacement[];
    /** What the vendor's row says, when the manifest's `models:` block changed the status. */
    readonly catalogStatus?: ModelStatus;
}
/** A list price: USD per second of generated video, for every size or per size. */
export interface PriceEntry {
    readonly usdPerSecond: Rate;
    /** Duration billed when a job names none (the API's own default). */
    readonly defaultSeconds: number;
    /** Where the figure comes from and when it was read. */
    readonly source: string;
    /** The rate of a job with `audio: false`, where the vendor prices it apart (usdPerSecond is then with audio). */
    readonly usdPerSecondWithoutAudio?: Rate;
}
/** The catalog row for a model as `provider` serves it. */
export declare function catalogRow(provider: CatalogProvider, model: string): CatalogRow | undefined;
/** The manifest's entry for a model, when it applies to `provider`. */
export declare function overrideFor(provider: ProviderName, model: string, models: ModelOverrides | undefined): ModelOverride | undefined;
export declare function defined<K extends string, V>(key: K, value: V | undefined): {
    [P in K]?: V;
};
/**
 * A model's lifecycle as `provider` serves it. Retirement belongs to the model, not the API
 * shape: a gateway's `openai-generations` on `sora-2` is as retired as OpenAI's. The manifest's
 * `models:` block has the last word (a gateway may still serve what its vendor retired).
 */
export declare function lifecycleOf(provider: ProviderName, model: string, models?: ModelOverrides): Lifecycle | undefined;
/** The list price of a model: the manifest's `models:` entry, the row for this provider, else the vendor's. */
export declare function listPrice(provider: ProviderName, model: string, models?: ModelOverrides): PriceEntry | undefined;
/** `model (provider: p)` for each replacement, joined with "or". */
export declare function describeReplacements(replacement: readonly Replacement[]): string;
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
/** The model row for a job: the catalog's, with the manifest's `models:` entry laid over it. */
export declare function modelInfo(provider: ProviderName, model: string, models?: ModelOverrides): ModelInfo | undefined;

/**
 * What a vendor says of one of its models at run time (its input schema or limits, its price,
 * its status), each part with where and when it was read. A provider module's `discovery`
 * (module.ts) produces these; the run checks jobs against them, prices jobs with them and hands
 * them to the client that builds the request. The bundled catalog (src/models.json) is the
 * fallback when they are missing (offline, or the vendor could not be reached).
 */
import type { JsonValue, ModelStatus, ProviderName } from '../../types.js';
/** Where a fact was read and when. */
export interface FactSource {
    /** The URL asked (no key in it), e.g. `https://api.fal.ai/v1/models?endpoint_id=...`. */
    readonly url: string;
    /** ISO 8601 time of the answer (from the cache: when it was first read). */
    readonly readAt: string;
}
/** A JSON Schema object as a vendor publishes it (OpenAPI 3.0 flavour), `$ref`s resolved. */
export type JsonSchema = {
    readonly [key: string]: JsonValue;
};
/** A model's input as its vendor declares it: the schema of the request's input object. */
export interface InputFacts {
    /** The input object's schema (`type: object`, `properties`, `required`), every `$ref` inlined. */
    readonly schema: JsonSchema;
    readonly source: FactSource;
}
/**
 * A model's limits for an API that publishes capabilities rather than a schema (OpenRouter's
 * `supported_*` lists). Each absent field = not stated (not checked).
 */
export interface LimitFacts {
    readonly seconds?: readonly number[];
    /** `WIDTHxHEIGHT` sizes. */
    readonly sizes?: readonly string[];
    readonly resolutions?: readonly string[];
    readonly aspectRatios?: readonly string[];
    /** Whether the model has an audio switch (job field `audio`). */
    readonly audio?: boolean;
    readonly imageInput?: boolean;
    /** The frames an image may be, as the vendor lists them (OpenRouter's `supported_frame_images`: `first_frame`, `last_frame`). */
    readonly frameImages?: readonly string[];
    readonly seed?: boolean;
    /** Request fields besides the mapped ones the API passes on (job `params` keys). */
    readonly passthrough?: readonly string[];
    readonly source: FactSource;
}
/**
 * One price a vendor states. `unit` is the vendor's word (`second`, `video second`, `video`,
 * `request`, `generation`, `1M tokens`, ...): src/cost/prices.ts multiplies the ones it
 * understands and calls the rest unknown, naming the unit.
 */
export interface VendorPrice {
    readonly unitPrice: number;
    readonly unit: string;
    /** ISO 4217, e.g. `USD`; a price in another currency is not summed with dollars. */
    readonly currency: string;
    /**
     * The job fields this price applies to, when the vendor prices variants apart (with and
     * without audio, per resolution); absent = every job.
     */
    readonly when?: {
        readonly audio?: boolean;
        readonly resolution?: string;
        readonly size?: string;
    };
    readonly source: FactSource;
}
/** What the vendor says of its model's lifecycle, in the catalog's terms (lifecycle.ts). */
export interface StatusFacts {
    readonly status: ModelStatus;
    /** The vendor's own word, for messages (`deprecated`, `active`, ...). */
    readonly vendorWord?: string;
    readonly source: FactSource;
}
/** Everything discovered about one model as one provider serves it; each part may be missing. */
export interface ModelFacts {
    readonly provider: ProviderName;
    readonly model: string;
    /**
     * False when the vendor answered but does not list the model: a typo, or an endpoint it
     * removed (the run refuses the job, naming where to look). @default true
     */
    readonly found: boolean;
    readonly status?: StatusFacts;
    readonly input?: InputFacts;
    readonly limits?: LimitFacts;
    /** Every price stated; the first whose `when` matches a job applies. */
    readonly prices?: readonly VendorPrice[];
    /** What a job gets when it names none, as the vendor's schema defaults it (prices need them). */
    readonly defaults?: {
        readonly seconds?: number;
        readonly audio?: boolean;
    };
}
/** The facts of a job's model, when discovery has them (undefined = use the catalog). */
export type FactsLookup = (provider: ProviderName, model: string) => ModelFacts | undefined;
/** A lookup that knows nothing: every job falls back to the catalog. */
export declare const NO_FACTS: FactsLookup;
/**
 * Why asking a vendor failed. `auth` (401/403) is the key check: the run stops with exit 2 before
 * anything is created. `unavailable` (network, timeout, 5xx, an answer of the wrong shape) lets
 * the run go on with the catalog, with a warning naming what was not checked.
 */
export declare class DiscoveryError extends Error {
    readonly kind: 'auth' | 'unavailable';
    readonly status?: number | undefined;
    readonly name = "DiscoveryError";
    constructor(kind: 'auth' | 'unavailable', message: string, status?: number | undefined);
}

/**
 * OpenRouter's side of discovery: one `GET {base}/videos/models` answers for every model of a
 * run; each listed model's capabilities become `LimitFacts`, its per-second `pricing_skus` become
 * `VendorPrice`s (most specific first: the run takes the first that fits a job), and a job is
 * checked against them. The facts carry back exactly what the answer stated, so the client can
 * rebuild the model's capabilities from them (`modelFromFacts`, capabilities.ts) to shape its request.
 */
import type { JobSpec } from '../../types.js';
import { type FactSource, type ModelFacts, type VendorPrice } from '../discovery/facts.js';
import type { FactsCheck, ProviderDiscovery } from '../module.js';
import { type OpenRouterModel } from './capabilities.js';
/**
 * The prices a model's `pricing_skus` state, in USD per second, most specific first. Image-to-video
 * SKUs are left out (a price's `when` cannot say "with a first frame"), as are surcharges
 * (`reference_images`, `cents_per_image_input`...); a model billed only in `video_tokens` gets
 * one price in that unit, which the run reports as unknown. Pure.
 */
export declare function pricesOf(skus: Readonly<Record<string, string>> | null, source: FactSource): VendorPrice[];
/** A listed model as facts: what it states, and nothing it leaves `null`. Pure. */
export declare function factsOf(model: OpenRouterModel, source: FactSource): ModelFacts;
/** A job against its model's facts: every capability problem, and a warning per param the reference does not list. Pure. */
export declare function checkOpenRouterJob(job: JobSpec, facts: ModelFacts): FactsCheck;
/** OpenRouter's discovery: where it asks, one request for every model, and the check of a job. */
export declare const openRouterDiscovery: ProviderDiscovery;

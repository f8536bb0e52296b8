import type { ModelFacts, VendorPrice } from '../providers/discovery/facts.js';
import type { JobSpec, ModelOverrides, PriceOverrides } from '../types.js';
export type { PriceEntry } from '../providers/catalog.js';
export interface CostEstimate {
    /** Undefined when no price is known for the model. */
    readonly usd?: number;
    readonly seconds: number;
    /**
     * Where the price came from, with the date read: the vendor's price API, the catalog row's
     * source, or the manifest's `pricing:` block; absent when no price is known at all.
     */
    readonly priceSource?: string;
    /** Why `usd` is undefined when a price was found but cannot give dollars, e.g. `price unknown (unit tokens)`. */
    readonly unknownReason?: string;
    /**
     * The same job at the catalog's list price, present only when the manifest's `pricing:` or
     * `models:` price is lower (a manifest could otherwise set any price to 0 and pass --max-cost).
     */
    readonly catalogUsd?: number;
    /** Whose list price `catalogUsd` is: the vendor's (from discovery) when it is the higher, else the catalog's. @default 'catalog' */
    readonly listFrom?: 'catalog' | 'vendor';
}
/**
 * The estimated cost of one job: the manifest's `pricing` block first, then the list price of the
 * model catalog (src/models.json, dated and sourced), which its `models:` block may override. Pure.
 */
export declare function estimateJob(job: JobSpec, overrides?: PriceOverrides, models?: ModelOverrides): CostEstimate;
/**
 * What --max-cost counts for a job: the higher of the manifest's and the catalog's figure, unless
 * the user trusts the manifest's prices (--trust-manifest-prices). Pure.
 */
export declare function budgetEstimate(estimate: CostEstimate, trustManifestPrices: boolean): CostEstimate;
/**
 * One warning for every model the manifest prices below the catalog, or undefined when none:
 * each model with its two figures for the jobs of this run. Pure.
 */
export declare function underpricedWarning(jobs: readonly JobSpec[], estimates: ReadonlyMap<string, CostEstimate>, trustManifestPrices: boolean): string | undefined;
export interface CostTotal {
    readonly usd: number;
    /** Jobs without a known price, left out of `usd`. */
    readonly unpriced: number;
}
export declare function totalCost(estimates: Iterable<CostEstimate>): CostTotal;
export declare function formatUsd(usd: number): string;
/** `fal Pricing API (https://api.fal.ai/v1/models/pricing?..., read 2026-12-07)`. */
export declare function vendorPriceSource(price: VendorPrice): string;
/**
 * The estimated cost of one job, with where its price came from: the manifest's `pricing:` block
 * or `models:` block (the user's word), then the vendor's price from discovery (a per-second unit
 * times the seconds, a per-video unit once; any other unit or currency is unknown, named), then
 * the catalog's list price. Pure.
 */
export declare function estimateWithFacts(job: JobSpec, facts: ModelFacts | undefined, overrides?: PriceOverrides, models?: ModelOverrides): CostEstimate;
/** How a report or plan shows an estimate: dollars, or why the price is unknown (never `$0.00`). */
export declare function describeEstimate(estimate: CostEstimate | undefined): string;
/**
 * How a total reads: dollars when every job is priced, dollars plus how many are unknown when
 * some are, and `unknown` when none is (never `$0.00` for a run of unknown price).
 */
export declare function describeTotal(usd: number, unpriced: number, jobs: number): string;

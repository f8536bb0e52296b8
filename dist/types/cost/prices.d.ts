import type { JobSpec, ModelOverrides, PriceOverrides } from '../types.js';
export type { PriceEntry } from '../providers/catalog.js';
export interface CostEstimate {
    /** Undefined when no price is known for the model. */
    readonly usd?: number;
    readonly seconds: number;
}
/**
 * The estimated cost of one job: the manifest's `pricing` block first, then the list price of the
 * model catalog (src/models.json, dated and sourced), which its `models:` block may override. Pure.
 */
export declare function estimateJob(job: JobSpec, overrides?: PriceOverrides, models?: ModelOverrides): CostEstimate;
export interface CostTotal {
    readonly usd: number;
    /** Jobs without a known price, left out of `usd`. */
    readonly unpriced: number;
}
export declare function totalCost(estimates: Iterable<CostEstimate>): CostTotal;
export declare function formatUsd(usd: number): string;

/**
 * The least a job can cost, for checking a budget on the job count alone, before a manifest's
 * matrix is expanded: no job of any model with a known price costs less. Pure.
 */
import type { CountChecker } from '../manifest/index.js';
import type { ModelOverrides, PriceOverrides } from '../types.js';
/**
 * The cheapest a job can be in USD: the lowest rate of any priced model (the catalog's, the
 * manifest's `pricing:` and `models:` blocks) times the fewest seconds it bills (1 where any
 * duration is allowed). A job on a model without a price is not counted: `--max-cost` refuses
 * such a run anyway.
 */
export declare function cheapestJobUsd(pricing?: PriceOverrides, models?: ModelOverrides): number;
/** A `CountChecker` that refuses a job count whose cheapest possible cost is already above `maxCostUsd`. */
export declare function budgetByCount(maxCostUsd: number): CountChecker;

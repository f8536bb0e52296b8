/**
 * The least a job can cost, for checking a budget on the job count alone, before a manifest's
 * matrix is expanded: no job of any model with a known price costs less. Pure.
 */
import type { CountChecker } from '../manifest/index.js';
import { CATALOG, type Rate } from '../providers/catalog-data.js';
import type { ModelOverrides, PriceOverrides } from '../types.js';
import { formatUsd } from './prices.js';

function lowestRate(rate: Rate): number {
  return typeof rate === 'number' ? rate : Math.min(...Object.values(rate));
}

/**
 * The cheapest a job can be in USD: the lowest rate of any priced model (the catalog's, the
 * manifest's `pricing:` and `models:` blocks) times the fewest seconds it bills (1 where any
 * duration is allowed). A job on a model without a price is not counted: `--max-cost` refuses
 * such a run anyway.
 */
export function cheapestJobUsd(pricing: PriceOverrides = {}, models: ModelOverrides = {}): number {
  const fewest = (seconds: readonly number[] | undefined): number => (seconds && seconds.length > 0 ? Math.min(...seconds) : 1);
  const costs = [
    ...CATALOG.flatMap((row) => (row.price ? [lowestRate(row.price.usd_per_second) * fewest(row.seconds)] : [])),
    ...Object.values(pricing).map((rate) => lowestRate(rate)),
    ...Object.values(models).flatMap((entry) => (entry.usd_per_second === undefined ? [] : [lowestRate(entry.usd_per_second) * fewest(entry.seconds)])),
  ];
  return costs.length === 0 ? 0 : Math.min(...costs);
}

/** A `CountChecker` that refuses a job count whose cheapest possible cost is already above `maxCostUsd`. */
export function budgetByCount(maxCostUsd: number): CountChecker {
  return (count, { pricing, models }) => {
    const floor = cheapestJobUsd(pricing, models);
    const least = count * floor;
    if (!(least > maxCostUsd)) return undefined;
    return (
      `even at the cheapest known price ($${floor.toFixed(4)} a job) that is at least ${formatUsd(least)}, above --max-cost ${formatUsd(maxCostUsd)}; ` +
      'nothing was sent (raise the budget or trim the manifest)'
    );
  };
}

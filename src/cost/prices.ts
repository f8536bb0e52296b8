import { listPrice } from '../providers/catalog.js';
import type { JobSpec, ModelOverrides, PriceOverrides } from '../types.js';

export type { PriceEntry } from '../providers/catalog.js';

export interface CostEstimate {
  /** Undefined when no price is known for the model. */
  readonly usd?: number;
  readonly seconds: number;
}

function rateFor(table: number | Readonly<Record<string, number>>, size: string | undefined): number | undefined {
  if (typeof table === 'number') return table;
  return (size !== undefined ? table[size] : undefined) ?? table.default;
}

/**
 * The estimated cost of one job: the manifest's `pricing` block first, then the list price of the
 * model catalog (src/models.json, dated and sourced), which its `models:` block may override. Pure.
 */
export function estimateJob(job: JobSpec, overrides: PriceOverrides = {}, models?: ModelOverrides): CostEstimate {
  const list = listPrice(job.provider, job.model, models);
  const seconds = job.seconds ?? list?.defaultSeconds ?? 0;
  const override = overrides[job.model];
  const rate = override !== undefined ? rateFor(override, job.size) : list ? rateFor(list.usdPerSecond, job.size) : undefined;
  if (rate === undefined || seconds === 0) return { seconds };
  return { usd: Math.round(rate * seconds * 10_000) / 10_000, seconds };
}

export interface CostTotal {
  readonly usd: number;
  /** Jobs without a known price, left out of `usd`. */
  readonly unpriced: number;
}

export function totalCost(estimates: Iterable<CostEstimate>): CostTotal {
  let usd = 0;
  let unpriced = 0;
  for (const e of estimates) {
    if (e.usd === undefined) unpriced++;
    else usd += e.usd;
  }
  return { usd: Math.round(usd * 100) / 100, unpriced };
}

export function formatUsd(usd: number): string {
  return `$${usd.toFixed(2)}`;
}

import { listPrice } from '../providers/catalog.js';
import type { JobSpec, ModelOverrides, PriceOverrides } from '../types.js';

export type { PriceEntry } from '../providers/catalog.js';

export interface CostEstimate {
  /** Undefined when no price is known for the model. */
  readonly usd?: number;
  readonly seconds: number;
  /**
   * The same job at the catalog's list price, present only when the manifest's `pricing:` or
   * `models:` price is lower (a manifest could otherwise set any price to 0 and pass --max-cost).
   */
  readonly catalogUsd?: number;
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
  const usd = Math.round(rate * seconds * 10_000) / 10_000;
  // The catalog's own figure, without the manifest's models: block, when the manifest's is lower.
  const catalog = listPrice(job.provider, job.model);
  const catalogRate = catalog === undefined ? undefined : rateFor(catalog.usdPerSecond, job.size);
  const catalogUsd = catalogRate === undefined ? undefined : Math.round(catalogRate * seconds * 10_000) / 10_000;
  return { usd, seconds, ...(catalogUsd !== undefined && catalogUsd > usd ? { catalogUsd } : {}) };
}

/**
 * What --max-cost counts for a job: the higher of the manifest's and the catalog's figure, unless
 * the user trusts the manifest's prices (--trust-manifest-prices). Pure.
 */
export function budgetEstimate(estimate: CostEstimate, trustManifestPrices: boolean): CostEstimate {
  if (trustManifestPrices || estimate.catalogUsd === undefined) return estimate;
  return { ...estimate, usd: estimate.catalogUsd };
}

/**
 * One warning for every model the manifest prices below the catalog, or undefined when none:
 * each model with its two figures for the jobs of this run. Pure.
 */
export function underpricedWarning(jobs: readonly JobSpec[], estimates: ReadonlyMap<string, CostEstimate>, trustManifestPrices: boolean): string | undefined {
  const byModel = new Map<string, { manifest: number; catalog: number; jobs: number }>();
  for (const job of jobs) {
    const estimate = estimates.get(job.id);
    if (estimate?.usd === undefined || estimate.catalogUsd === undefined) continue;
    const key = `${job.model} (${job.provider})`;
    const entry = byModel.get(key) ?? { manifest: 0, catalog: 0, jobs: 0 };
    byModel.set(key, { manifest: entry.manifest + estimate.usd, catalog: entry.catalog + estimate.catalogUsd, jobs: entry.jobs + 1 });
  }
  if (byModel.size === 0) return undefined;
  const models = [...byModel].map(([key, e]) => `${key}: ${formatUsd(e.manifest)} by the manifest, ${formatUsd(e.catalog)} by the catalog for ${e.jobs} job${e.jobs === 1 ? '' : 's'}`);
  const budget = trustManifestPrices ? '--max-cost counts the manifest\'s (--trust-manifest-prices)' : '--max-cost counts the catalog\'s (--trust-manifest-prices to count the manifest\'s)';
  return `the manifest's pricing: or models: block prices ${byModel.size === 1 ? 'a model' : `${byModel.size} models`} below the catalog: ${models.join('; ')}; ${budget}`;
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

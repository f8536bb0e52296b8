import { listPrice, overrideFor } from '../providers/catalog.js';
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
  const froms = new Set<string>();
  for (const job of jobs) {
    const estimate = estimates.get(job.id);
    if (estimate?.usd === undefined || estimate.catalogUsd === undefined) continue;
    const key = `${job.model} (${job.provider})`;
    if (estimate.listFrom === 'vendor') froms.add('vendor');
    const entry = byModel.get(key) ?? { manifest: 0, catalog: 0, jobs: 0 };
    byModel.set(key, { manifest: entry.manifest + estimate.usd, catalog: entry.catalog + estimate.catalogUsd, jobs: entry.jobs + 1 });
  }
  if (byModel.size === 0) return undefined;
  const list = froms.has('vendor') ? 'the vendor or the catalog' : 'the catalog';
  const models = [...byModel].map(([key, e]) => `${key}: ${formatUsd(e.manifest)} by the manifest, ${formatUsd(e.catalog)} by ${list} for ${e.jobs} job${e.jobs === 1 ? '' : 's'}`);
  const whose = froms.has('vendor') ? 'the list price\'s' : 'the catalog\'s';
  const budget = trustManifestPrices ? '--max-cost counts the manifest\'s (--trust-manifest-prices)' : `--max-cost counts ${whose} (--trust-manifest-prices to count the manifest's)`;
  return `the manifest's pricing: or models: block prices ${byModel.size === 1 ? 'a model' : `${byModel.size} models`} below ${froms.has('vendor') ? 'its list price' : 'the catalog'}: ${models.join('; ')}; ${budget}`;
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

/** Units a vendor prices per second of video, and per finished video. */
const PER_SECOND_UNITS = new Set(['second', 'seconds', 'video second', 'video seconds', 'video_second', 'video_seconds', 's']);
const PER_VIDEO_UNITS = new Set(['video', 'videos', 'request', 'requests', 'generation', 'generations', 'unit', 'units']);

/** The first of the vendor's prices that applies to `job`, when any. */
function vendorPriceFor(job: JobSpec, facts: ModelFacts): VendorPrice | undefined {
  const audio = job.audio ?? facts.defaults?.audio;
  const resolution = job.size === undefined ? undefined : `${Math.min(...job.size.split('x').map(Number))}p`;
  return facts.prices?.find(({ when }) => {
    if (!when) return true;
    if (when.audio !== undefined && when.audio !== audio) return false;
    if (when.size !== undefined && when.size !== job.size) return false;
    return when.resolution === undefined || when.resolution === resolution;
  });
}

/** `fal Pricing API (https://api.fal.ai/v1/models/pricing?..., read 2026-12-07)`. */
export function vendorPriceSource(price: VendorPrice): string {
  return `${price.source.url}, read ${price.source.readAt.slice(0, 10)}`;
}

/**
 * The estimated cost of one job, with where its price came from: the manifest's `pricing:` block
 * or `models:` block (the user's word), then the vendor's price from discovery (a per-second unit
 * times the seconds, a per-video unit once; any other unit or currency is unknown, named), then
 * the catalog's list price. Pure.
 */
export function estimateWithFacts(job: JobSpec, facts: ModelFacts | undefined, overrides: PriceOverrides = {}, models?: ModelOverrides): CostEstimate {
  const estimate = estimateFrom(job, facts, overrides, models);
  // A manifest's own price below the vendor's is shown beside the vendor's figure (and --max-cost counts the higher).
  const manifestPriced = overrides[job.model] !== undefined || overrideFor(job.provider, job.model, models)?.usd_per_second !== undefined;
  if (!manifestPriced || !facts || estimate.usd === undefined) return estimate;
  const vendor = estimateFrom(job, facts);
  if (vendor.usd === undefined || vendor.usd <= (estimate.catalogUsd ?? estimate.usd)) return estimate;
  return { ...estimate, catalogUsd: vendor.usd, listFrom: 'vendor' };
}

function estimateFrom(job: JobSpec, facts: ModelFacts | undefined, overrides: PriceOverrides = {}, models?: ModelOverrides): CostEstimate {
  if (overrides[job.model] !== undefined) return { ...estimateJob(job, overrides, models), priceSource: 'the manifest\'s pricing: block' };
  const own = overrideFor(job.provider, job.model, models);
  const list = listPrice(job.provider, job.model, models);
  // A vendor's price API states one price (with its default audio); the catalog knows the silent rate where it is apart.
  const silent = job.audio === false && own?.usd_per_second === undefined ? withoutAudio(job, list, facts) : undefined;
  if (silent) return silent;
  const price = own?.usd_per_second === undefined && facts ? vendorPriceFor(job, facts) : undefined;
  if (!price) {
    const estimate = estimateJob(job, overrides, models);
    return list ? { ...estimate, priceSource: list.source } : estimate;
  }
  const seconds = job.seconds ?? facts?.defaults?.seconds ?? list?.defaultSeconds ?? 0;
  const source = vendorPriceSource(price);
  const unit = price.unit.trim().toLowerCase();
  if (price.currency.toUpperCase() !== 'USD') return { seconds, priceSource: source, unknownReason: `price unknown (in ${price.currency}, not USD)` };
  if (PER_VIDEO_UNITS.has(unit)) return { usd: Math.round(price.unitPrice * 10_000) / 10_000, seconds, priceSource: source };
  if (!PER_SECOND_UNITS.has(unit)) {
    // A vendor unit we cannot multiply (tokens, megapixels): the catalog's sourced rate is the better estimate.
    if (list) return { ...estimateJob(job, overrides, models), priceSource: `${list.source} (the vendor's own price is per ${price.unit}, which video-batch cannot multiply)` };
    return { seconds, priceSource: source, unknownReason: `price unknown (unit ${price.unit})` };
  }
  if (seconds === 0) return { seconds, priceSource: source, unknownReason: 'price unknown (the duration is not known)' };
  return { usd: Math.round(price.unitPrice * seconds * 10_000) / 10_000, seconds, priceSource: source };
}

/** The catalog's rate for a job with `audio: false`, where the catalog has one. */
function withoutAudio(job: JobSpec, list: ReturnType<typeof listPrice>, facts: ModelFacts | undefined): CostEstimate | undefined {
  if (!list?.usdPerSecondWithoutAudio) return undefined;
  const rate = rateFor(list.usdPerSecondWithoutAudio, job.size);
  const seconds = job.seconds ?? facts?.defaults?.seconds ?? list.defaultSeconds;
  if (rate === undefined || seconds === 0) return undefined;
  return { usd: Math.round(rate * seconds * 10_000) / 10_000, seconds, priceSource: `${list.source} (the rate without audio)` };
}

/** How a report or plan shows an estimate: dollars, or why the price is unknown (never `$0.00`). */
export function describeEstimate(estimate: CostEstimate | undefined): string {
  if (estimate?.usd === undefined) return estimate?.unknownReason ?? 'price unknown';
  return formatUsd(estimate.usd);
}

/**
 * How a total reads: dollars when every job is priced, dollars plus how many are unknown when
 * some are, and `unknown` when none is (never `$0.00` for a run of unknown price).
 */
export function describeTotal(usd: number, unpriced: number, jobs: number): string {
  if (jobs > 0 && unpriced >= jobs) return `price unknown (${jobs === 1 ? 'the job has' : `none of the ${jobs} jobs has`} a known price)`;
  return formatUsd(usd);
}

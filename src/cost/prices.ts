import type { JobSpec, PriceOverrides } from '../types.js';

/** A list price: USD per second of generated video, for every size or per size. */
export interface PriceEntry {
  readonly usdPerSecond: number | Readonly<Record<string, number>>;
  /** Duration billed when a job names none (the API's own default). */
  readonly defaultSeconds: number;
  /** Where the figure comes from and when it was read. */
  readonly source: string;
}

/**
 * Public list prices, as published on the date in each `source`. They change: a manifest's
 * `pricing` block overrides any of them, and models missing here are estimated only from it.
 */
export const LIST_PRICES: Readonly<Record<string, PriceEntry>> = {
  'sora-2': { usdPerSecond: 0.1, defaultSeconds: 4, source: 'OpenAI API pricing, read 2026-11-26' },
  'sora-2-pro': {
    usdPerSecond: { '720x1280': 0.3, '1280x720': 0.3, '1024x1792': 0.5, '1792x1024': 0.5, default: 0.3 },
    defaultSeconds: 4,
    source: 'OpenAI API pricing, read 2026-11-26',
  },
  'veo-3.1-generate-preview': { usdPerSecond: 0.4, defaultSeconds: 8, source: 'Gemini API pricing (Veo 3.1, with audio), read 2026-11-26' },
  'veo-3.1-fast-generate-preview': { usdPerSecond: 0.15, defaultSeconds: 8, source: 'Gemini API pricing (Veo 3.1 Fast, with audio), read 2026-11-26' },
  // ModelArk bills Seedance per token ($2.50 per million for 1.0 pro; tokens ~ width x height
  // x 24 fps x seconds / 1024), which comes to these per-second figures by resolution.
  'seedance-1-0-pro-250528': {
    usdPerSecond: { '864x480': 0.024, '480x864': 0.024, '1280x720': 0.054, '720x1280': 0.054, '1920x1080': 0.122, '1080x1920': 0.122, default: 0.122 },
    defaultSeconds: 5,
    source: 'BytePlus ModelArk pricing (per-token, converted), read 2026-11-26',
  },
};

export interface CostEstimate {
  /** Undefined when no price is known for the model. */
  readonly usd?: number;
  readonly seconds: number;
}

function rateFor(table: number | Readonly<Record<string, number>>, size: string | undefined): number | undefined {
  if (typeof table === 'number') return table;
  return (size !== undefined ? table[size] : undefined) ?? table.default;
}

/** The estimated cost of one job: manifest pricing first, then the list price. Pure. */
export function estimateJob(job: JobSpec, overrides: PriceOverrides = {}): CostEstimate {
  const list = LIST_PRICES[job.model];
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

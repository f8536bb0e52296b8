import { totalCost, type CostEstimate } from '../cost/prices.js';
import type { JobResult } from '../runner/result.js';
import { videoDifferences, type VideoDifference } from '../runner/video-header.js';
import { JOB_OUTCOMES, type JobOutcome } from '../types.js';
import { variantFigures, type VariantTable } from './variants.js';

export const REPORT_SCHEMA_VERSION = 1;

export type StatusCounts = Readonly<Record<JobOutcome, number>>;

/** report.json: everything a machine needs to pick up the results. */
export interface Report {
  readonly schemaVersion: number;
  readonly manifest: string;
  readonly startedAt: string;
  readonly finishedAt: string;
  /** True when a signal stopped the run before every job ended. */
  readonly interrupted: boolean;
  /** True when the run went to the built-in simulator: its costs are estimates of nothing billed. */
  readonly simulated: boolean;
  readonly summary: StatusCounts & {
    readonly total: number;
    readonly videoSeconds: number;
    /** Estimated cost of every job of the manifest (list or manifest prices), USD. */
    readonly estimatedCostUsd: number;
    /** Jobs whose model has no known price (not in `estimatedCostUsd`). */
    readonly unpricedJobs: number;
    /** The sum of the jobs' `actualCostUsd` (what vendors reported they billed); absent when none reported one. */
    readonly actualCostUsd?: number;
    /** Figures per matrix variant, by variant name; absent when no job has a variant. */
    readonly byVariant?: VariantTable;
  };
  readonly jobs: readonly ReportJob[];
}

/**
 * A job in report.json: its result, its cost estimate, and how its video differs from what was
 * asked (`differs`: `size`, `seconds`; absent when it matches or cannot be told).
 */
export type ReportJob = JobResult & {
  readonly estimatedCostUsd: number | null;
  /**
   * Where the estimate's price came from, with its date: the vendor's price API, the catalog row's
   * source, or the manifest's `pricing:` block; for an unknown price, why (`price unknown (unit X)`);
   * null when no price is known at all.
   */
  readonly priceSource: string | null;
  readonly differs?: readonly VideoDifference[];
};

/** The job with `differs` from its measured video (see JobResult.actual); recomputed, never carried over. */
function withDifferences<T extends JobResult & { readonly differs?: readonly VideoDifference[] }>(job: T): T {
  const { differs: _old, ...rest } = job;
  const differs = job.actual ? videoDifferences(job, job.actual) : [];
  return (differs.length > 0 ? { ...rest, differs } : rest) as T;
}

/** Said after a simulated run's cost wherever it is shown, so no one reads it as a bill. */
export const SIMULATED_COST = 'simulated: nothing was billed';

export function countStatuses(jobs: readonly JobResult[]): StatusCounts {
  const counts = Object.fromEntries(JOB_OUTCOMES.map((s) => [s, 0])) as Record<JobOutcome, number>;
  for (const job of jobs) counts[job.status]++;
  return counts;
}

/** A job's `priceSource`: where its price came from, and why it is unknown when it is. */
function priceSourceOf(estimate: CostEstimate | undefined): string | null {
  if (!estimate) return null;
  if (estimate.usd === undefined && estimate.unknownReason) return estimate.priceSource ? `${estimate.unknownReason}: ${estimate.priceSource}` : estimate.unknownReason;
  return estimate.priceSource ?? null;
}

/** Builds the report from results. Pure. */
export function buildReport(input: {
  manifest: string;
  startedAt: number;
  finishedAt: number;
  interrupted: boolean;
  /** @default false */
  simulated?: boolean;
  jobs: readonly JobResult[];
  estimates?: ReadonlyMap<string, CostEstimate>;
}): Report {
  const jobs = input.jobs.map((job) => withDifferences({ ...job, estimatedCostUsd: input.estimates?.get(job.id)?.usd ?? null, priceSource: priceSourceOf(input.estimates?.get(job.id)) }));
  const actual = input.jobs.filter((job) => job.actualCostUsd !== undefined);
  const cost = totalCost(input.estimates?.values() ?? []);
  const counts = countStatuses(input.jobs);
  const byVariant = variantFigures(input.jobs, input.estimates);
  const videoSeconds = input.jobs
    .filter((j) => j.status === 'completed' || j.status === 'skipped')
    .reduce((sum, j) => sum + (j.seconds ?? 0), 0);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    manifest: input.manifest,
    startedAt: new Date(input.startedAt).toISOString(),
    finishedAt: new Date(input.finishedAt).toISOString(),
    interrupted: input.interrupted,
    simulated: input.simulated ?? false,
    summary: {
      total: input.jobs.length, ...counts, videoSeconds, estimatedCostUsd: cost.usd, unpricedJobs: cost.unpriced,
      ...(actual.length > 0 ? { actualCostUsd: Math.round(actual.reduce((sum, job) => sum + (job.actualCostUsd ?? 0), 0) * 10_000) / 10_000 } : {}),
      ...(Object.keys(byVariant).length > 0 ? { byVariant } : {}),
    },
    jobs,
  };
}

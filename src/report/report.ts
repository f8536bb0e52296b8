import { totalCost, type CostEstimate } from '../cost/prices.js';
import type { JobResult } from '../runner/result.js';
import { videoDifferences, type VideoDifference } from '../runner/video-header.js';
import { JOB_OUTCOMES, type JobOutcome, type JobSpec, type ModelOverrides, type PriceOverrides, type RemixSource } from '../types.js';
import { variantFigures, type VariantTable } from './variants.js';

export const REPORT_SCHEMA_VERSION = 1;

export type StatusCounts = Readonly<Record<JobOutcome, number>>;

/** report.json: everything a machine needs to pick up the results. */
export interface Report {
  readonly schemaVersion: number;
  readonly manifest: string;
  /** SHA-256 (hex) of the manifest file's bytes; absent in reports written before it was recorded. */
  readonly manifestSha256?: string;
  /** Jobs of the whole manifest, before sharding; absent in older reports. */
  readonly manifestJobs?: number;
  /** The shard this report covers (`--shard 2/4`); null for a run of every job. Absent in older reports. */
  readonly shard?: ReportShard | null;
  /** Set when a merge lacked shards (`merge --allow-partial`): this report is not the whole run. */
  readonly partial?: PartialMerge;
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
  /** The manifest's `pricing` block, so a manifest written from this report prices as the run did. */
  readonly pricing?: PriceOverrides;
  /** The manifest's `models` block, likewise. */
  readonly models?: ModelOverrides;
  readonly jobs: readonly ReportJob[];
}

/** `shard` of report.json: 1-based index among `count`. */
export interface ReportShard {
  readonly index: number;
  readonly count: number;
}

/** `partial` of report.json: what a merge made with `--allow-partial` lacks. */
export interface PartialMerge {
  /** Shards (1-based) not merged, in order; empty when the reports did not record their shard. */
  readonly missingShards: readonly number[];
  /** The N of the I/N split; null when the reports did not record it. */
  readonly shardCount: number | null;
  /** Jobs of the manifest this report lacks; null when unknown. */
  readonly missingJobs: number | null;
}

/**
 * A job in report.json: its result, its cost estimate, and the fields of its spec the result
 * lacks (absolute image path, remix source, endpoint), so a manifest written from the report makes
 * the same request. The spec fields are absent when unset, and in reports written before them.
 * `differs` says how its video is not what was asked (`size`, `seconds`; absent when it is, or
 * cannot be told).
 */
export type ReportJob = JobResult & {
  readonly estimatedCostUsd: number | null;
  /**
   * Where the estimate's price came from, with its date: the vendor's price API, the catalog row's
   * source, or the manifest's `pricing:` block; for an unknown price, why (`price unknown (unit X)`);
   * null when no price is known at all.
   */
  readonly priceSource: string | null;
  readonly inputReference?: string;
  /** Absolute path of the last frame asked for. */
  readonly lastFrame?: string;
  /** Absolute paths of the reference images. */
  readonly referenceImages?: readonly string[];
  readonly remixOf?: RemixSource;
  readonly baseUrl?: string;
  readonly apiKeyEnv?: string;
  readonly differs?: readonly VideoDifference[];
};

/**
 * The job with `differs` from its measured video (see JobResult.actual); recomputed, never carried
 * over. A remix is never flagged: its video keeps its source's size and length, whatever the job's
 * own (inherited) fields say.
 */
function withDifferences<T extends JobResult & { readonly differs?: readonly VideoDifference[]; readonly remixOf?: RemixSource }>(job: T): T {
  const { differs: _old, ...rest } = job;
  const differs = job.actual && job.remixOf === undefined ? videoDifferences(job, job.actual) : [];
  return (differs.length > 0 ? { ...rest, differs } : rest) as T;
}

/** Where a run's jobs came from: the manifest's identity, shard and price blocks (see `manifestOrigin`). */
export interface ReportOrigin {
  readonly sha256: string;
  /** Jobs of the whole manifest, before sharding. */
  readonly jobs: number;
  readonly shard: ReportShard | null;
  readonly pricing?: PriceOverrides;
  readonly models?: ModelOverrides;
}

/** The line every report shows for a partial merge; undefined for a whole one. */
export function partialNote(report: Pick<Report, 'partial' | 'summary'>): string | undefined {
  const partial = report.partial;
  if (partial === undefined) return undefined;
  const shards =
    partial.missingShards.length > 0 && partial.shardCount !== null
      ? `shard${partial.missingShards.length === 1 ? '' : 's'} ${partial.missingShards.map((i) => `${i}/${partial.shardCount}`).join(', ')} missing`
      : 'which shards are missing is not known (the reports do not record their shard)';
  const jobs = partial.missingJobs === null ? '' : `, ${partial.missingJobs} of ${report.summary.total + partial.missingJobs} jobs not in this report`;
  return `Partial merge: ${shards}${jobs}.`;
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
  /** The jobs' specs, whose endpoint, image and remix fields each report job records. */
  specs?: readonly JobSpec[];
  origin?: ReportOrigin;
  partial?: PartialMerge;
}): Report {
  const specs = new Map(input.specs?.map((spec) => [spec.id, spec]));
  const jobs = input.jobs.map((job): ReportJob => withDifferences({ ...job, estimatedCostUsd: input.estimates?.get(job.id)?.usd ?? null, priceSource: priceSourceOf(input.estimates?.get(job.id)), ...specFields(specs.get(job.id)) }));
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
    ...(input.origin === undefined ? {} : { manifestSha256: input.origin.sha256, manifestJobs: input.origin.jobs, shard: input.origin.shard }),
    ...(input.partial === undefined ? {} : { partial: input.partial }),
    startedAt: new Date(input.startedAt).toISOString(),
    finishedAt: new Date(input.finishedAt).toISOString(),
    interrupted: input.interrupted,
    simulated: input.simulated ?? false,
    summary: {
      total: input.jobs.length, ...counts, videoSeconds, estimatedCostUsd: cost.usd, unpricedJobs: cost.unpriced,
      ...(actual.length > 0 ? { actualCostUsd: Math.round(actual.reduce((sum, job) => sum + (job.actualCostUsd ?? 0), 0) * 10_000) / 10_000 } : {}),
      ...(Object.keys(byVariant).length > 0 ? { byVariant } : {}),
    },
    ...(input.origin?.pricing === undefined ? {} : { pricing: input.origin.pricing }),
    ...(input.origin?.models === undefined ? {} : { models: input.origin.models }),
    jobs,
  };
}

/** The spec fields a JobResult lacks, each only when set. */
function specFields(spec: JobSpec | undefined): Partial<Pick<ReportJob, 'inputReference' | 'lastFrame' | 'referenceImages' | 'remixOf' | 'baseUrl' | 'apiKeyEnv'>> {
  if (spec === undefined) return {};
  return {
    ...(spec.inputReference === undefined ? {} : { inputReference: spec.inputReference }),
    ...(spec.lastFrame === undefined ? {} : { lastFrame: spec.lastFrame }),
    ...(spec.referenceImages === undefined ? {} : { referenceImages: spec.referenceImages }),
    ...(spec.remixOf === undefined ? {} : { remixOf: spec.remixOf }),
    ...(spec.baseUrl === undefined ? {} : { baseUrl: spec.baseUrl }),
    ...(spec.apiKeyEnv === undefined ? {} : { apiKeyEnv: spec.apiKeyEnv }),
  };
}

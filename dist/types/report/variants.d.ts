/**
 * Per-variant figures of a matrix run (report.json `summary.byVariant`): how each variant did,
 * how fast and at what cost. Pure: the same jobs give the same figures, so a merged sharded run
 * has the figures of one run.
 */
import type { CostEstimate } from '../cost/prices.js';
import type { JobResult } from '../runner/result.js';
/** The figures of one variant. */
export interface VariantFigures {
    /** Provider and model of the variant's first job (a job may pin its own). */
    readonly provider: string;
    readonly model: string;
    readonly total: number;
    /** Jobs with a video: completed in this run or skipped (done in an earlier run). */
    readonly completed: number;
    /** Failed, timed out or expired. */
    readonly failed: number;
    /** Not finished: the run stopped first. */
    readonly pending: number;
    /** Median generation time in seconds (submit to completion) of the jobs completed in this run; null when none. */
    readonly medianSeconds: number | null;
    /** Estimated cost of the variant's jobs, USD (jobs without a known price count 0). */
    readonly costUsd: number;
    /** `costUsd` per second of video of the variant's priced jobs; null when none is priced. */
    readonly usdPerSecond: number | null;
    /** Failed, timed-out and expired jobs by error code. */
    readonly failuresByCode: Readonly<Record<string, number>>;
}
/** `summary.byVariant`: figures keyed by variant name, in the order variants first appear. */
export type VariantTable = Readonly<Record<string, VariantFigures>>;
/** The middle value (mean of the two middle ones for an even count); null for none. */
export declare function median(values: readonly number[]): number | null;
/** A median time for a table: `2.6s` under a minute, `3m 5s` above. */
export declare function formatSeconds(seconds: number | null): string;
/**
 * Figures per variant of the jobs that have one; `{}` when none has (a run without a matrix).
 * `estimates` is keyed by job id; a job without one counts as unpriced.
 */
export declare function variantFigures(jobs: readonly Pick<JobResult, 'id' | 'variant' | 'provider' | 'model' | 'status' | 'durationMs' | 'error' | 'seconds'>[], estimates?: ReadonlyMap<string, CostEstimate>): VariantTable;
/**
 * The order of variant names that every sequence follows (each sequence lists the variants of one
 * prompt, in manifest order; a shard may hold only some of them): a topological order of "comes
 * before", ties broken by first appearance. Used to put a merged run's variants back in manifest order.
 */
export declare function variantOrder(sequences: readonly (readonly string[])[]): string[];

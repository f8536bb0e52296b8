import { type CostEstimate } from '../cost/prices.js';
import type { JobResult } from '../runner/result.js';
import { type JobOutcome } from '../types.js';
import { type VariantTable } from './variants.js';
export declare const REPORT_SCHEMA_VERSION = 1;
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
/** A job in report.json: its result and its cost estimate. */
export type ReportJob = JobResult & {
    readonly estimatedCostUsd: number | null;
    /**
     * Where the estimate's price came from, with its date: the vendor's price API, the catalog row's
     * source, or the manifest's `pricing:` block; for an unknown price, why (`price unknown (unit X)`);
     * null when no price is known at all.
     */
    readonly priceSource: string | null;
};
/** Said after a simulated run's cost wherever it is shown, so no one reads it as a bill. */
export declare const SIMULATED_COST = "simulated: nothing was billed";
export declare function countStatuses(jobs: readonly JobResult[]): StatusCounts;
/** Builds the report from results. Pure. */
export declare function buildReport(input: {
    manifest: string;
    startedAt: number;
    finishedAt: number;
    interrupted: boolean;
    /** @default false */
    simulated?: boolean;
    jobs: readonly JobResult[];
    estimates?: ReadonlyMap<string, CostEstimate>;
}): Report;

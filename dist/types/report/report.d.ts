import { type CostEstimate } from '../cost/prices.js';
import type { JobResult } from '../runner/result.js';
import { type VideoDifference } from '../runner/video-header.js';
import { type JobOutcome, type JobSpec, type ModelOverrides, type PriceOverrides, type RemixSource } from '../types.js';
import { type VariantTable } from './variants.js';
export declare const REPORT_SCHEMA_VERSION = 1;
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
export declare function partialNote(report: Pick<Report, 'partial' | 'summary'>): string | undefined;
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
    /** The jobs' specs, whose endpoint, image and remix fields each report job records. */
    specs?: readonly JobSpec[];
    origin?: ReportOrigin;
    partial?: PartialMerge;
}): Report;

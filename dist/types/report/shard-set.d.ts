import { type PartialMerge, type Report } from './report.js';
/** A report and the file it came from, for messages. */
export interface ReportFile {
    readonly path: string;
    readonly report: Report;
}
/** Options of a merge. */
export interface MergeOptions {
    /** Merge even when shards are missing (or the reports do not say), marking the result partial. @default false */
    readonly allowPartial?: boolean;
}
/**
 * Refuses files that cannot be shards of one split of one manifest.
 * @throws ConfigError naming the file from another manifest or split, or the shard given twice.
 */
export declare function checkSplit(files: readonly ReportFile[]): void;
/**
 * What a set of shards of one split lacks: undefined when it is whole, what is missing when
 * `allowPartial` lets a gap through.
 * @throws ConfigError (without `allowPartial`) naming the shards missing, or the file that does not say.
 */
export declare function missingPart(files: readonly ReportFile[], allowPartial: boolean): PartialMerge | undefined;

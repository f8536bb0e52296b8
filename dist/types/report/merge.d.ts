import { type Report } from './report.js';
import { type MergeOptions, type ReportFile } from './shard-set.js';
import { type ReportCheck } from './schema.js';
export type { MergeOptions, ReportFile } from './shard-set.js';
/**
 * Parses the text of a report.json and checks it against the report schema (schema/report.schema.json).
 * Fields added by later versions of the same schema pass through.
 * @throws ConfigError naming `path` (and the field) when the text is not a report of this schema version.
 */
export declare function parseReport(text: string, path: string, check?: ReportCheck): Report;
/**
 * One report from the reports of every shard of a run: jobs back in manifest order, counts
 * recomputed, the earliest start and the latest finish. Pure.
 * @throws ConfigError when there are no reports, they come from different manifests, a shard or a
 *   job is in two of them, or (without `allowPartial`) a shard is missing.
 */
export declare function mergeReports(files: readonly ReportFile[], options?: MergeOptions): Report;
/**
 * Reads and parses report files.
 * @throws ConfigError naming the file that cannot be read or is not a report.
 */
export declare function readReports(paths: readonly string[]): Promise<ReportFile[]>;
/**
 * Files matching any of `patterns` (paths or globs with `*`, `?`, `**`; relative to `cwd`),
 * sorted, each once.
 * @throws ConfigError when a pattern matches no file.
 */
export declare function findReports(patterns: readonly string[], cwd: string): Promise<string[]>;
/**
 * The merged report as its gallery sees it from `outDir`: each job's video and previews point
 * into the folder of the shard report it came from (`../video-batch-shard-1/videos/x.mp4`). A path
 * that would leave its shard's folder becomes null. Pure.
 */
export declare function rebaseMedia(report: Report, files: readonly ReportFile[], outDir: string): Report;
/**
 * Writes report.json, report.md and report.html into `outDir`; returns their paths. The gallery
 * links into the shards' folders (see rebaseMedia): keep them beside `outDir`, as the merge job
 * downloaded them, when the folder is uploaded or moved.
 */
export declare function writeReport(report: Report, outDir: string, files: readonly ReportFile[]): Promise<{
    reportJson: string;
    reportMarkdown: string;
    reportHtml: string;
}>;
/** The `merge` command of both faces: find, read, merge, write. */
export declare function mergeReportFiles(patterns: readonly string[], outDir: string, cwd?: string, options?: MergeOptions): Promise<{
    report: Report;
    reportJson: string;
    reportMarkdown: string;
    reportHtml: string;
    merged: readonly string[];
}>;

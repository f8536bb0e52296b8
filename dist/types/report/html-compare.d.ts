import type { Report } from './report.js';
import type { VariantFigures } from './variants.js';
import { type VariantShape } from './video-facts.js';
type ReportJob = Report['jobs'][number];
/** A column of the comparison: a variant, its provider and model, and its figures when the report has them. */
export interface CompareColumn {
    readonly name: string;
    readonly provider: string;
    readonly model: string;
    readonly figures: VariantFigures | undefined;
    /** What its videos are, read from their files; undefined when none was measured. */
    readonly shape: VariantShape | undefined;
}
/** A row of the comparison: a prompt (the job id before expansion) and its job per column. */
export interface CompareRow {
    readonly group: string;
    readonly prompt: string;
    readonly cells: readonly (ReportJob | undefined)[];
}
export interface CompareLayout {
    readonly columns: readonly CompareColumn[];
    readonly rows: readonly CompareRow[];
    /** Jobs of the run that belong to no variant (opted out of the matrix): shown in the gallery only. */
    readonly outside: number;
}
/**
 * The comparison grid of a report, or undefined when no job has a variant (the page is then the
 * gallery alone). Columns follow `summary.byVariant`, then first appearance; rows, first appearance. Pure.
 */
export declare function compareLayout(report: Report): CompareLayout | undefined;
/** The Compare view's HTML, in pieces: the chart and column headers first, then one piece per row. */
export declare function compareChunks(report: Report, layout: CompareLayout): Generator<string>;
export {};

/**
 * A video's measured size and length in words, and how it differs from what was asked, for every
 * report (report.md, the job summary, report.html). Pure; the caller escapes.
 */
import type { VideoHeader } from '../runner/video-header.js';
import type { ReportJob } from './report.js';
type Job = Pick<ReportJob, 'size' | 'seconds' | 'actual' | 'differs'>;
/** `720×1280`, or undefined when the header gave no size. */
export declare function madeSize(actual: VideoHeader | null | undefined): string | undefined;
/** `4.04s` trimmed to what matters: `4s`, `5.04s`; undefined when unknown. */
export declare function madeSeconds(actual: VideoHeader | null | undefined): string | undefined;
/** `720×1280 · 4s`: what the file is; `unknown` when its header could not be read; undefined without a file. */
export declare function madeText(job: Job): string | undefined;
/** `made 720×1280, asked 1280×720; made 4s, asked 8s`, or undefined when the video is what was asked. */
export declare function differenceText(job: Job): string | undefined;
/** Whether the video is turned the other way from what was asked (the difference worth a glance first). */
export declare function orientation(width: number, height: number): 'portrait' | 'landscape' | 'square';
/** What one variant's videos are, by their headers: the most common size and the median length. */
export interface VariantShape {
    readonly name: string;
    /** Most common `W×H` among its videos; undefined when none was measured. */
    readonly size: string | undefined;
    /** True when its own videos come in more than one size. */
    readonly mixed: boolean;
    readonly seconds: number | undefined;
}
/** Each variant's shape, in the order variants first appear; variants with no measured video are left out. */
export declare function variantShapes(jobs: readonly Pick<ReportJob, 'variant' | 'actual'>[]): VariantShape[];
/**
 * One line warning that the variants made videos of different sizes or lengths (so a side-by-side
 * is not like for like), naming each variant's; undefined when they agree. Plain text.
 */
export declare function variantWarning(jobs: readonly Pick<ReportJob, 'variant' | 'actual'>[], toleranceSeconds?: number): string | undefined;
export {};

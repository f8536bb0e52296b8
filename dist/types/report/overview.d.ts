import { type Report } from './report.js';
export interface OverviewOptions {
    /** Slowest jobs listed. @default 3 */
    readonly slowest?: number;
    /** Job ids listed per error code before "and N more". @default 5 */
    readonly idsPerCode?: number;
}
/** The overview as markdown lines, starting with its `## Overview` heading and ending with a blank line. */
export declare function renderOverview(report: Report, options?: OverviewOptions): string[];

import { type Report } from './report.js';
/** Makes user or server text inert inside a markdown table cell. */
export declare function escapeCell(text: string): string;
/** Inline code for ids and codes: no markdown inside, so only backticks, pipes and newlines need care. */
export declare function codeSpan(text: string): string;
export declare function formatDuration(ms: number | null): string;
/** report.md: the run for people. Pure. */
export declare function renderMarkdown(report: Report): string;
/** report.md line by line, so a large report is written without building it whole. */
export declare function markdownChunks(report: Report): Generator<string>;

import { codeSpan, escapeCell, formatDuration } from './markdown-text.js';
import { type Report } from './report.js';
export { codeSpan, escapeCell, formatDuration };
/** report.md: the run for people. Pure. */
export declare function renderMarkdown(report: Report): string;
/** report.md line by line, so a large report is written without building it whole. */
export declare function markdownChunks(report: Report): Generator<string>;

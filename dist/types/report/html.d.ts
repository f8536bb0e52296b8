import { escapeHtml, relativeHref, STATUS_LABELS } from './html-text.js';
import { type Report } from './report.js';
export { escapeHtml, relativeHref, STATUS_LABELS };
/** Renders report.html from a report. Pure: the same report always gives the same page. */
export declare function renderHtml(report: Report): string;
/**
 * report.html in pieces, one per job card: written as they come, a 10,000-job gallery never
 * exists as one string (see writeAtomic).
 */
export declare function htmlChunks(report: Report): Generator<string>;

import type { JobOutcome } from '../types.js';
import { type Report } from './report.js';
/** Makes text inert in HTML content and in quoted attribute values. */
export declare function escapeHtml(text: string): string;
/**
 * A relative path from the report as a URL: every segment percent-encoded, so a name can never
 * become a scheme (`javascript:`), a query or a fragment. Only leading `..` segments are kept
 * (a merged report's gallery reaches into the shards' folders beside it); any later one is dropped.
 */
export declare function relativeHref(path: string): string;
export declare const STATUS_LABELS: Readonly<Record<JobOutcome, string>>;
/** Renders report.html from a report. Pure: the same report always gives the same page. */
export declare function renderHtml(report: Report): string;
/**
 * report.html in pieces, one per job card: written as they come, a 10,000-job gallery never
 * exists as one string (see writeAtomic).
 */
export declare function htmlChunks(report: Report): Generator<string>;

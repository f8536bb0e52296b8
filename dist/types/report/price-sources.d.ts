/**
 * report.md's "Prices" section: where each model's estimate came from (the vendor's price API
 * with its date, the catalog row's source, the manifest's pricing block) or why it is unknown,
 * once per model and source. Pure.
 */
import type { Report } from './report.js';
export declare function priceSourceLines(report: Report): string[];

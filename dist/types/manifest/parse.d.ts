import type { ModelOverrides, PriceOverrides } from '../types.js';
import type { ManifestFormat, ParseOptions, ParseResult } from './types.js';
import { type Validation } from './validate.js';
/** The format named by a file's extension (.yaml, .yml, .csv), if any. */
export declare function formatOf(file: string): ManifestFormat | undefined;
export type Analysis = Validation & {
    pricing?: PriceOverrides;
    models?: ModelOverrides;
};
/** Parses and validates a manifest, also returning the image references for `readManifest` to check. */
export declare function analyzeManifest(text: string, options: ParseOptions): Analysis;
/** `analyzeManifest` in steps: it yields every few hundred jobs (see validate.ts). */
export declare function analyzeSteps(text: string, options: ParseOptions): Generator<void, Analysis>;
/**
 * Parses a manifest's text (YAML or CSV) into validated jobs, or returns every issue found.
 * Pure: reads no files (`input_reference` paths are resolved but not checked; `readManifest` does that).
 * Calls `options.checkJob` on every structurally valid job.
 */
export declare function parseManifest(text: string, options: ParseOptions): ParseResult;

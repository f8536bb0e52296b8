import type { FrontEndResult, RawMatrix } from './raw.js';
import type { ManifestIssue } from './types.js';
/** Reads a YAML manifest into fields as written, yielding while it parses (see `parseDocumentSteps`); never throws. */
export declare function readYamlSteps(text: string, file: string): Generator<void, FrontEndResult>;
/**
 * Reads the YAML file beside a CSV manifest (`prompts.matrix.yaml`): the body of a `matrix:`
 * block, or a mapping with one `matrix:` key. Never throws.
 */
export declare function readMatrixFile(text: string, file: string): {
    matrix?: RawMatrix;
    issues: ManifestIssue[];
};

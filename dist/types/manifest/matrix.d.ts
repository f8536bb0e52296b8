/**
 * A manifest's `matrix:` block: the variants every job is expanded into. Two forms, which may be
 * combined (each named variant is crossed with every combination of the lists):
 *   matrix: {model: [a, b], seconds: [4, 8]}                      -> a-4s, a-8s, b-4s, b-8s
 *   matrix: {variants: {veo-fast: {provider: veo, model: ...}}}   -> veo-fast
 * Names of list combinations are derived from the values that vary. This module only reads the
 * shape (keys, lists, names) at its lines; the values are checked by validation as job fields.
 * Nothing is expanded here: a few lines can describe billions of variants, so the count comes
 * first (`variantCount`) and the variants one by one after it (`matrixVariants`).
 */
import { type Document } from 'yaml';
import type { RawMatrix, RawValue, RawVariant } from './raw.js';
import type { ManifestIssue } from './types.js';
/** Variant names: they follow `@` in a job id and end up in file names. */
export declare const VARIANT_NAME: RegExp;
type Issue = (line: number, message: string, extra?: Partial<ManifestIssue>) => void;
type LineOf = (node: unknown, fallback?: number) => number;
type ValueOf = (node: unknown) => RawValue;
/** Reads `matrix:` into its variants; every mistake is an issue at its line naming the key. */
export declare function readMatrix(node: unknown, line: number, doc: Document, lineOf: LineOf, valueOf: ValueOf, issue: Issue): RawMatrix | undefined;
/** How many variants a matrix makes: named variants (or one) × every list's length. Exact, never expanded. */
export declare function variantCount(matrix: RawMatrix): bigint;
/**
 * The matrix's variants, one at a time, in declaration order: each named variant crossed with
 * every combination of the lists (the last list varying fastest), named by the values that vary.
 * Lazy, so a caller that counts first never holds more variants than it runs.
 */
export declare function matrixVariants(matrix: RawMatrix): Generator<RawVariant & {
    readonly base: number;
    readonly picks: readonly number[];
}>;
export {};

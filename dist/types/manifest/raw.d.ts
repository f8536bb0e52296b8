/**
 * What the YAML and CSV front ends hand to validation: fields as written, with their lines.
 * Both formats meet here so every rule is written once.
 */
import type { ModelOverrides, PriceOverrides } from '../types.js';
import type { FieldName } from './fields.js';
import type { ManifestIssue } from './types.js';
/** A value as written: text (scalars keep their source spelling, `007` stays "007"), or a shape. */
export type RawValue = {
    readonly kind: 'text';
    readonly text: string;
}
/** `cleared`: written as YAML `null` (or left empty) on purpose, which cancels a default; a CSV's empty cell is not. */
 | {
    readonly kind: 'empty';
    readonly cleared?: boolean;
}
/** `data`: the list as plain data (YAML), for the fields that take one (`reference_images`). */
 | {
    readonly kind: 'list';
    readonly data?: unknown;
}
/** `data`: the mapping as plain data (YAML), for the fields that take one (`params`). */
 | {
    readonly kind: 'mapping';
    readonly data?: unknown;
};
export interface RawField {
    /** Name as written in the file. */
    readonly name: string;
    /** 1-based line of the field (its key in YAML, the record's first line in CSV). */
    readonly line: number;
    readonly value: RawValue;
}
export interface RawJob {
    /** 1-based line of the job (YAML: its mapping; CSV: the record's first line). */
    readonly line: number;
    /** 1-based position in the YAML job list. */
    readonly job?: number;
    /** 1-based CSV data row. */
    readonly row?: number;
    readonly fields: readonly RawField[];
}
/** One variant of the matrix: its name and the fields it sets, each with the line it was written on. */
export interface RawVariant {
    readonly name: string;
    readonly line: number;
    readonly fields: readonly RawField[];
}
/** One list of a matrix: the values a job field takes, each with its line. */
export interface RawList {
    readonly field: FieldName;
    readonly values: readonly RawField[];
}
/** The `matrix:` block as written, not expanded (see matrix.ts: `variantCount`, `matrixVariants`). */
export interface RawMatrix {
    /** Line of the `matrix:` key. */
    readonly line: number;
    /** Named variants in declaration order; empty when there are only lists. */
    readonly named: readonly RawVariant[];
    /** Lists of values, crossed with each other and with every named variant. */
    readonly lists: readonly RawList[];
}
export interface RawManifest {
    /** The YAML `defaults` block; empty for CSV. */
    readonly defaults: readonly RawField[];
    readonly jobs: readonly RawJob[];
    /** The YAML `pricing` block, already checked. */
    readonly pricing?: PriceOverrides;
    /** The YAML `models` block, already checked. */
    readonly models?: ModelOverrides;
    /** The `matrix` block (of the YAML manifest, or of the `.matrix.yaml` beside a CSV), its shape checked. */
    readonly matrix?: RawMatrix;
    /** The file the matrix was read from, for its issues. @default the manifest */
    readonly matrixFile?: string;
}
/** What a front end returns: the fields as written and the issues it found on the way. */
export interface FrontEndResult {
    readonly manifest: RawManifest;
    readonly issues: ManifestIssue[];
}

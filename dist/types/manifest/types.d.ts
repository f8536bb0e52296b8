/**
 * Public types of the manifest reader: its options, its issues and the error that carries them.
 */
import type { JobSpec, Manifest, ModelOverrides, ProviderName } from '../types.js';
/** One problem a provider/model-specific check found in a job, e.g. seconds not allowed for a model. */
export interface FieldProblem {
    /** Field name as written in the manifest (`seconds`); a JobSpec key (`apiKeyEnv`) is accepted too. */
    readonly field: string;
    readonly message: string;
}
/** Provider/model-specific checks, injected so the reader stays provider-neutral; `models` is the manifest's `models:` block. */
export type JobChecker = (job: JobSpec, models?: ModelOverrides) => readonly FieldProblem[];
/** One problem in a manifest, located so an editor can jump to it. */
export interface ManifestIssue {
    /** Manifest path as the user gave it. */
    readonly file: string;
    /** 1-based line; 0 when the issue concerns the whole file (e.g. it cannot be read). */
    readonly line: number;
    /** 1-based data row (header excluded), CSV only. */
    readonly row?: number;
    /** 1-based position of the job in the YAML job list; absent for CSV, `defaults` and file-level issues. */
    readonly job?: number;
    /** Field name as written in the manifest (snake_case). */
    readonly field?: string;
    readonly message: string;
}
/**
 * Formats an issue as ONE line, file:line first so editors can jump to it:
 * `examples/bad.yaml:7: job 2, field "seconds": must be a positive whole number (got "abc")`
 * `prompts.csv:5 (row 4): field "seconds": ...`
 */
export declare function formatIssue(issue: ManifestIssue): string;
/** Thrown by `readManifest` with every problem found, never only the first. */
export declare class ManifestError extends Error {
    readonly issues: readonly ManifestIssue[];
    constructor(issues: readonly ManifestIssue[]);
}
/** Manifest file formats the reader understands. */
export type ManifestFormat = 'yaml' | 'csv';
/** Options of `parseManifest`. */
export interface ParseOptions {
    /** Manifest path as the user gave it; used in messages and to pick the format. */
    readonly file: string;
    /** @default from the extension of `file` (.yaml, .yml, .csv); any other extension is an issue. */
    readonly format?: ManifestFormat;
    /** Directory that `input_reference` paths are relative to (usually the manifest's directory). */
    readonly manifestDir: string;
    /** Provider of jobs that name none. @default 'openai' */
    readonly defaultProvider?: ProviderName;
    /** Built-in model of a provider, used when nothing else names one. */
    readonly defaultModel: (provider: ProviderName) => string;
    /**
     * Values from the CLI (--provider/--model, the action's inputs) for every job that does not set them.
     * Precedence: job field > overrides > manifest `defaults` > built-ins.
     */
    readonly overrides?: {
        readonly provider?: ProviderName;
        readonly model?: string;
    };
    /** Provider/model-specific checks, run on every structurally valid job. @default none */
    readonly checkJob?: JobChecker;
    /**
     * A CSV manifest's matrix: the text of the YAML file beside it (`prompts.matrix.yaml` for
     * `prompts.csv`), which `readManifest` finds; `file` names it in messages. @default none
     */
    readonly matrix?: {
        readonly file: string;
        readonly text: string;
    };
}
/** Options of `readManifest`: `input_reference` paths are relative to the manifest's directory. */
export interface ReadOptions extends Omit<ParseOptions, 'file' | 'manifestDir'> {
    /** Manifest path shown in messages and in `source.file`. @default the path read, as given */
    readonly file?: string;
    /**
     * Folders besides the manifest's own that `input_reference` images may be in (after following
     * symlinks); relative ones start from the working directory. @default none
     */
    readonly inputDirs?: readonly string[];
}
/** Result of `parseManifest`: the manifest, or every issue found. */
export type ParseResult = {
    readonly ok: true;
    readonly manifest: Manifest;
} | {
    readonly ok: false;
    readonly issues: ManifestIssue[];
};

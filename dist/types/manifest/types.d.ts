/**
 * Public types of the manifest reader: its options, its issues and the error that carries them.
 */
import { ConfigError } from '../errors.js';
import type { JobSpec, Manifest, ModelOverrides, PriceOverrides, ProviderName } from '../types.js';
/** One problem a provider/model-specific check found in a job, e.g. seconds not allowed for a model. */
export interface FieldProblem {
    /** Field name as written in the manifest (`seconds`); a JobSpec key (`apiKeyEnv`) is accepted too. */
    readonly field: string;
    readonly message: string;
}
/** Provider/model-specific checks, injected so the reader stays provider-neutral; `models` is the manifest's `models:` block. */
export type JobChecker = (job: JobSpec, models?: ModelOverrides) => readonly FieldProblem[];
/**
 * A check of the job count alone, before anything is expanded (e.g. a budget that even the
 * cheapest job would break at this count), given the manifest's price blocks. Returns why the
 * manifest is refused, or undefined.
 */
export type CountChecker = (count: number, prices: {
    readonly pricing?: PriceOverrides;
    readonly models?: ModelOverrides;
}) => string | undefined;
/** The most jobs a manifest may expand to unless raised (`--max-jobs`, the action's `max-jobs`). */
export declare const DEFAULT_MAX_JOBS = 10000;
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
/** The read was ended by its signal (SIGINT/SIGTERM) before the manifest was known: nothing was sent. */
export declare class ManifestReadStopped extends ConfigError {
    constructor(reason: unknown);
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
     * The most jobs the manifest may expand to (its matrix crossed with its jobs); above it the
     * manifest is refused, counted before anything is expanded. @default DEFAULT_MAX_JOBS (10,000)
     */
    readonly maxJobs?: number;
    /** Checked on the job count before anything is expanded. @default none */
    readonly checkCount?: CountChecker;
    /** Told the job count once it is known and allowed, before anything is expanded (to say a long read is under way). @default none */
    readonly onCount?: (count: number) => void;
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
    /** Ends the read (it throws the signal's reason) between steps. @default none */
    readonly signal?: AbortSignal;
    /**
     * What the jobs need beyond the file (their API keys), asked when the file has issues, of the
     * jobs that read cleanly: its problems are reported with the file's (after them, at line 0), so
     * fixing the file never reveals a new problem. A clean file leaves these checks to the caller.
     * @default none
     */
    readonly alsoCheck?: (jobs: readonly JobSpec[]) => readonly string[];
}
/** Result of `parseManifest`: the manifest, or every issue found. */
export type ParseResult = {
    readonly ok: true;
    readonly manifest: Manifest;
} | {
    readonly ok: false;
    readonly issues: ManifestIssue[];
};

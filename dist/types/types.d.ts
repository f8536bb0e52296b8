/**
 * Domain types shared by the manifest reader, the providers, the runner and the reporters.
 * Provider wire types (snake_case) stay inside `src/providers/`; these are the neutral shapes.
 */
import type { ProviderName } from './providers/list.js';
/** Every API shape video-batch can drive, from the list of provider modules. `openai` is the default. */
export { PROVIDER_NAMES, type ProviderName } from './providers/list.js';
/** Where a job came from, so every message can point at it. */
export interface SourceLocation {
    /** Manifest path as the user gave it. */
    readonly file: string;
    /** 1-based line of the job in the file (YAML: the job's mapping; CSV: the record's first line). */
    readonly line: number;
    /** 1-based data row for CSV (header excluded); absent for YAML. */
    readonly row?: number;
}
/** `remix_of`: either a server-side video id or another job of the same manifest. */
export type RemixSource = {
    readonly kind: 'video';
    readonly videoId: string;
} | {
    readonly kind: 'job';
    readonly jobId: string;
};
/** A value as JSON carries it. */
export type JsonValue = string | number | boolean | null | readonly JsonValue[] | {
    readonly [key: string]: JsonValue;
};
/** A job's `params`: request fields sent as-is, after video-batch's own mapping (see src/providers/params.ts). */
export type JobParams = Readonly<Record<string, JsonValue>>;
/** One validated job of a manifest. */
export interface JobSpec {
    /** Stable, unique, file-name-safe id (given or derived). */
    readonly id: string;
    readonly prompt: string;
    readonly provider: ProviderName;
    readonly model: string;
    /** Duration in seconds; absent means the provider's default. */
    readonly seconds?: number;
    /** `WIDTHxHEIGHT`, e.g. `1280x720`; absent means the provider's default. */
    readonly size?: string;
    /** Whether the video gets sound (the model's audio switch); absent means the model's default. */
    readonly audio?: boolean;
    /** Absolute path of the image the video starts from (manifest `first_frame`, or its older name `input_reference`). */
    readonly inputReference?: string;
    /** Absolute path of the image the video ends on (`last_frame`). */
    readonly lastFrame?: string;
    /** Absolute paths of the images whose subjects or style the video keeps (`reference_images`), never empty. */
    readonly referenceImages?: readonly string[];
    /**
     * Real paths of the folders the image may come from (the manifest's and each `--input-dir`), set by
     * the reader so the upload checks the file against them again: it may have become a symlink since.
     */
    readonly inputRoots?: readonly string[];
    readonly remixOf?: RemixSource;
    /** Per-job API base URL (overrides the environment). */
    readonly baseUrl?: string;
    /** Name of the environment variable that holds this job's key (never the key). */
    readonly apiKeyEnv?: string;
    /** Fields video-batch does not name, laid into the provider's request as written; absent when none. */
    readonly params?: JobParams;
    /** Name of the matrix variant this job is (`veo-fast`); absent for a job outside any matrix. */
    readonly variant?: string;
    /** Id of the job before matrix expansion (the prompt's group, `fox`); absent outside any matrix. */
    readonly group?: string;
    readonly source: SourceLocation;
}
/**
 * A manifest's `pricing` block: USD per second of video by model, either one rate for every
 * size or a rate per `WIDTHxHEIGHT` size (with `default` for the others).
 */
export type PriceOverrides = Readonly<Record<string, number | Readonly<Record<string, number>>>>;
/** Where a model is in its vendor's lifecycle; `retired` models are refused before anything is sent. */
export declare const MODEL_STATUSES: readonly ["preview", "ga", "deprecated", "retired"];
export type ModelStatus = (typeof MODEL_STATUSES)[number];
/**
 * One entry of a manifest's `models:` block: the model catalog's fields (src/models.json, same
 * wire names), each optional; set ones replace the catalog's. `provider` limits the entry to jobs
 * of that provider.
 */
export interface ModelOverride {
    readonly provider?: ProviderName;
    readonly status?: ModelStatus;
    readonly shutdown?: string;
    readonly replacement?: readonly {
        readonly provider?: string;
        readonly model: string;
    }[];
    readonly seconds?: readonly number[];
    readonly sizes?: readonly string[];
    readonly image_input?: boolean;
    readonly requires_image?: boolean;
    readonly remix?: boolean;
    readonly usd_per_second?: number | Readonly<Record<string, number>>;
    readonly default_seconds?: number;
    readonly note?: string;
}
/** A manifest's `models:` block, by model id. */
export type ModelOverrides = Readonly<Record<string, ModelOverride>>;
export interface Manifest {
    readonly file: string;
    readonly jobs: readonly JobSpec[];
    readonly pricing?: PriceOverrides;
    readonly models?: ModelOverrides;
}
/** Provider-neutral state of a remote generation. */
export type RemoteState = 'queued' | 'running' | 'completed' | 'failed';
export interface JobErrorInfo {
    readonly code: string;
    readonly message: string;
}
/** What a provider says about one remote job, mapped to neutral terms. */
export interface RemoteStatus {
    readonly state: RemoteState;
    /** The provider's own status word, kept for the report. */
    readonly rawStatus: string;
    /** 0..100 when the provider reports it. */
    readonly progress?: number;
    readonly error?: JobErrorInfo;
    /** Epoch milliseconds after which the result can no longer be downloaded. */
    readonly expiresAt?: number;
    /** A server hint for when to ask again, in milliseconds. */
    readonly pollAfterMs?: number;
    /** For providers that hand out a URL instead of a content endpoint. */
    readonly downloadUrl?: string;
    /**
     * What the vendor says the generation cost, in USD (OpenRouter's `usage.cost`, token usage
     * times price...); absent when it does not say. Goes to report.json as `actualCostUsd`.
     */
    readonly actualCostUsd?: number;
}
/**
 * Final status of a job in the report: `skipped` = done in an earlier run (video on disk),
 * `expired` = finished, but past its download window; `pending` = not finished (stopped run).
 */
export declare const JOB_OUTCOMES: readonly ["completed", "skipped", "failed", "expired", "timed_out", "pending"];
export type JobOutcome = (typeof JOB_OUTCOMES)[number];

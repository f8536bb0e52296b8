import { type Manifest } from './manifest/index.js';
import { type Env } from './providers/registry.js';
import { type CostEstimate } from './cost/prices.js';
import { type Report } from './report/report.js';
import { type Clock } from './runner/clock.js';
import { type RunnerEvents } from './runner/events.js';
import { Ledger } from './runner/ledger.js';
import { type PollOptions } from './runner/poll.js';
import { type JobResult } from './runner/result.js';
import { type RetryOptions } from './runner/retry.js';
import { type Shard } from './shard.js';
import type { AssetVariant } from './providers/types.js';
import type { ProviderName } from './types.js';
export type FailOn = 'any' | 'all' | 'never';
export interface RunOptions {
    readonly manifest: string;
    /** Folders besides the manifest's own that `input_reference` images may come from. @default [] */
    readonly inputDirs?: readonly string[];
    /** @default 'video-batch-out' */
    readonly outDir: string;
    /** @default 4 */
    readonly concurrency: number;
    readonly baseUrl?: string;
    /**
     * Why an `api_key_env` name may not be used here (the action refuses the runner's own
     * variables); undefined when it may. Reported as a manifest error on the field. @default none
     */
    readonly keyEnvRule?: (name: string) => string | undefined;
    /** How messages name where `baseUrl` came from. @default '--base-url' */
    readonly baseUrlFrom?: string;
    /**
     * The action: origins a manifest's `base_url` may name besides the provider's own host and
     * `baseUrl`'s (a pull request may edit the manifest; the workflow decides where keys go).
     * Undefined = the CLI: any, each named in the plan and warned once. @default undefined
     */
    readonly allowedBaseUrls?: readonly string[];
    /**
     * A key given without its variable (the action's `api-key` input): it becomes the key variable
     * of `provider`, else of the one provider the jobs use that needs one. @default none
     */
    readonly apiKey?: string;
    /** Model of every job that names none itself (wins over the manifest's `defaults`). */
    readonly model?: string;
    /** Provider of every job that names none itself (wins over the manifest's `defaults`). @default 'openai' */
    readonly provider?: ProviderName;
    readonly dryRun: boolean;
    readonly download: boolean;
    /** Preview images to fetch beside each video (the gallery's posters), where the API serves them. @default [] */
    readonly variants?: readonly AssetVariant[];
    /** Per job; 0 = none. @default 3600 */
    readonly timeoutSeconds: number;
    /** Each request's own bound (a poll, a list, a create), within the job's. @default 60000 */
    readonly requestTimeoutMs?: number;
    /** @default 'any' */
    readonly failOn: FailOn;
    /** Point every provider at a built-in simulator on 127.0.0.1 (no key, no cost). */
    readonly simulate: boolean;
    /** Refuse to start when the estimated cost of what this run would submit exceeds this (USD). */
    readonly maxCostUsd?: number;
    /** Refuse a manifest that expands to more jobs than this, counted before expanding. @default 10000 */
    readonly maxJobs?: number;
    /**
     * Let --max-cost count the manifest's `pricing:`/`models:` prices where they are below the
     * catalog's (by default it counts the higher). @default false
     */
    readonly trustManifestPrices?: boolean;
    /** Start over: set the ledger aside so nothing is resumed or skipped. */
    readonly fresh?: boolean;
    /** Create again the jobs whose video expired before an earlier run downloaded it (pays again). */
    readonly regenerateExpired?: boolean;
    /**
     * Jobs that ended `submit_uncertain` to create again (their earlier create may have made a video
     * the list could not prove; this pays again if it did): `all`, or job ids. @default none
     */
    readonly retryUncertain?: 'all' | readonly string[];
    /** Run only this shard's jobs (a remix goes with its source). @default every job */
    readonly shard?: Shard;
    /**
     * One cheap authenticated read per endpoint before the first create, so a wrong key or base URL
     * stops the run at once (exit 2) instead of failing every job. @default true
     */
    readonly preflight?: boolean;
    /**
     * Ask no vendor about its models: check and price jobs from the discovery cache and the catalog
     * alone (`--offline`). @default false
     */
    readonly offline?: boolean;
    /** The deadline of each discovery request (a vendor's model schema, price, status). @default 15000 */
    readonly discoveryTimeoutMs?: number;
    readonly poll?: Partial<PollOptions>;
    readonly retry?: Partial<RetryOptions>;
}
export interface RunDeps {
    readonly env: Env;
    /** Progress lines (stderr for the CLI, the log for the action). */
    readonly log: (line: string) => void;
    /**
     * Something the user should act on, e.g. a model its provider retires (the CLI prints
     * `warning: ...` on stderr, the action makes an annotation). @default `log('warning: ' + line)`
     */
    readonly warn?: (line: string) => void;
    /** What the run produced: a dry run's plan, the reports' paths (stdout for the CLI). */
    readonly print: (line: string) => void;
    readonly clock?: Clock;
    readonly signal?: AbortSignal;
    readonly events?: readonly RunnerEvents[];
    /**
     * Builds the progress display for a run of `total` jobs (e.g. the CLI's live terminal view);
     * `null` shows none (--quiet). @default a plain line per state change on `log`
     */
    readonly progress?: ((total: number) => RunnerEvents) | null;
    readonly fetch?: typeof fetch;
    /** The folder of the discovery cache. @default `$XDG_CACHE_HOME/video-batch`, else `~/.cache/video-batch` */
    readonly cacheDir?: string;
}
export interface RunResult {
    /** Absent for a dry run. */
    readonly report?: Report;
    readonly reportJson?: string;
    readonly reportMarkdown?: string;
    readonly reportHtml?: string;
    readonly manifest: Manifest;
    /** Each job's estimated cost, by job id (a dry run's plan shows them). */
    readonly estimates: ReadonlyMap<string, CostEstimate>;
    /** 2 when an endpoint refused the key and no job has a video. */
    readonly exitCode: 0 | 1 | 2;
}
export declare const DEFAULT_OUT_DIR = "video-batch-out";
/**
 * The one entry both faces call: read and check the manifest, run every job, write the reports.
 * Throws ManifestError / ConfigError before any request is sent.
 */
export declare function run(options: RunOptions, deps: RunDeps): Promise<RunResult>;
/**
 * The `--retry-uncertain` / `retry-uncertain` text: `all`, or comma-separated job ids; empty means
 * none. Pure.
 */
export declare function parseRetryUncertain(text: string | undefined): 'all' | string[] | undefined;
/**
 * Why the budget refuses a run whose not-yet-paid jobs are estimated above it (or cannot be
 * estimated), or undefined when it passes or there is none: each job at the higher of the
 * manifest's and the catalog's price unless the manifest's prices are trusted. Pure.
 */
export declare function budgetRefusal(manifest: Manifest, estimates: ReadonlyMap<string, CostEstimate>, records: ReturnType<Ledger['read']> | undefined, options: Pick<RunOptions, 'maxCostUsd' | 'regenerateExpired' | 'trustManifestPrices'>): string | undefined;
/** 1 when the failures reach the `failOn` threshold; skipped jobs count as done. */
export declare function exitCodeFor(results: readonly JobResult[], failOn: FailOn): 0 | 1;

import { ConfigError } from '../errors.js';
import type { JobSpec, ProviderName } from '../types.js';
import type { FactsLookup } from './discovery/facts.js';
import type { Env, ProviderModule } from './module.js';
import type { Provider } from './types.js';
import { type BaseUrlTrust } from './base-url-trust.js';
export type { Env } from './module.js';
/** Where a job's requests go and which variable holds its key. */
export interface Endpoint {
    readonly provider: ProviderName;
    /** As the job, the flag or the environment names it; undefined = the module's default. */
    readonly baseUrl: string | undefined;
    /** Undefined for a module without `keyEnv` (it authenticates on its own). */
    readonly apiKeyEnv: string | undefined;
}
/**
 * The endpoint of a job: the job's `base_url`/`api_key_env` (or its manifest defaults), then
 * `baseUrlOverride` (the CLI's `--base-url`, for modules that take it), then the environment.
 */
export declare function endpointFor(job: JobSpec, env: Env, baseUrlOverride?: string): Endpoint;
export interface ProviderFactoryOptions {
    readonly env: Env;
    readonly fetch?: typeof fetch;
    /** Per-request timeout. @default 60000 */
    readonly requestTimeoutMs?: number;
    /** Every endpoint is the built-in simulator (`--simulate`). @default false */
    readonly simulated?: boolean;
    /** What discovery learned of the run's models, handed to every client. @default none */
    readonly facts?: FactsLookup;
    /** The base URLs the operator set, which clients may send credentials they fetch themselves to. @default none */
    readonly trust?: BaseUrlTrust;
}
/**
 * Builds each distinct endpoint's provider once per run. Every provider it hands out redacts what
 * its server says of every key this pool has used (and of anything shaped like a credential).
 */
export declare class ProviderPool {
    private readonly options;
    private readonly cache;
    private readonly secrets;
    constructor(options: ProviderFactoryOptions);
    get(endpoint: Endpoint): Provider;
    /** The distinct endpoints built so far, each with its provider. */
    entries(): {
        readonly endpoint: Endpoint;
        readonly provider: Provider;
    }[];
    private create;
}
/**
 * The base URL a module's client gets: the endpoint's (checked), else the module's default.
 * @throws ConfigError when neither exists (a gateway's shape) or the endpoint's is not an http(s) URL
 */
export declare function resolvedBaseUrl(module: ProviderModule, endpoint: Endpoint, env: Env): string;
/**
 * Refuses jobs whose provider has no base URL at all: none from the job, `flag`, the environment
 * or the module (OpenAI's own Videos API is gone). Checked before anything else, dry runs too.
 * @throws ConfigError once per such provider, saying where to set one and which providers are live
 */
export declare function checkBaseUrlsGiven(jobs: readonly JobSpec[], env: Env, flag: string | undefined, flagName?: string): void;
/**
 * Origins of the action's `allowed-base-urls` text (comma- or newline-separated base URLs or origins).
 * @throws ConfigError naming `from` for an entry that is not an http(s) URL
 */
export declare function parseAllowedBaseUrls(text: string, from: string): string[];
/**
 * Why `text` cannot be a base URL, if it cannot: not a URL, not http(s), or carrying a user name
 * or password. Never quotes the text: it may hold a password or a key pasted in the wrong place.
 */
export declare function baseUrlProblem(text: string): string | undefined;
/** @throws ConfigError naming `from` (where the value came from) when `text` is not a usable base URL */
export declare function checkBaseUrl(text: string | undefined, from: string): void;
/**
 * Checks every base URL variable (the module's `baseUrlEnv`) that some job's endpoint reads (one
 * whose base URL neither the manifest nor `baseUrlOverride` sets).
 * @throws ConfigError naming the variable
 */
export declare function checkEnvBaseUrls(jobs: readonly JobSpec[], env: Env, baseUrlOverride: string | undefined): void;
/**
 * In the action, `api_key_env` must not name the runner's own variables: ACTIONS_RUNTIME_TOKEN,
 * ACTIONS_ID_TOKEN_REQUEST_TOKEN, GITHUB_TOKEN (when a workflow maps it) and the rest would be
 * sent to whatever `base_url` the manifest names. Why `name` is refused, or undefined.
 */
export declare function runnerSecretRule(name: string): string | undefined;
/** Keys a run needs that the environment lacks; `names` says which variables, for a face to rephrase. */
export declare class MissingKeyError extends ConfigError {
    readonly names: readonly string[];
    constructor(names: readonly string[]);
}
/** Every key a run needs that the environment lacks, as one error; undefined when all are set. */
export declare function missingKeys(endpoints: readonly Endpoint[], env: Env): MissingKeyError | undefined;
/**
 * The variable a key given without one (the action's `api-key`) goes into: `provider`'s when
 * given, else the one key variable the jobs read (those naming `api_key_env` aside), else the one
 * of them the environment lacks; undefined when no job needs it.
 * @throws ConfigError when several are unset: one key cannot be several providers'
 */
export declare function keyEnvForApiKey(jobs: readonly JobSpec[], env: Env, provider: ProviderName | undefined): string | undefined;

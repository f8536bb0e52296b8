import type { JobSpec, ProviderName } from '../types.js';
import type { Provider } from './types.js';
/** Where a job's requests go and which variable holds its key. */
export interface Endpoint {
    readonly provider: ProviderName;
    readonly baseUrl: string | undefined;
    readonly apiKeyEnv: string;
}
/** One convention for every provider: `<PREFIX>_BASE_URL` and `<PREFIX>_API_KEY`. */
export declare const ENV_PREFIX: Readonly<Record<ProviderName, string>>;
export type Env = Readonly<Record<string, string | undefined>>;
/** A second variable a provider's key may be in, read only when the first is unset (Google's SDKs also read GOOGLE_API_KEY). */
export declare const KEY_ENV_FALLBACK: Readonly<Partial<Record<ProviderName, string>>>;
/**
 * The endpoint of a job: the job's `base_url`/`api_key_env` (or its manifest defaults), then
 * `baseUrlOverride` (the CLI's `--base-url`, for the `openai` shapes), then the environment.
 */
export declare function endpointFor(job: JobSpec, env: Env, baseUrlOverride?: string): Endpoint;
export interface ProviderFactoryOptions {
    readonly env: Env;
    readonly fetch?: typeof fetch;
    /** Per-request timeout. @default 60000 */
    readonly requestTimeoutMs?: number;
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
    private build;
}
/**
 * Why `text` cannot be a base URL, if it cannot: not a URL, not http(s), or carrying a user name
 * or password. Never quotes the text: it may hold a password or a key pasted in the wrong place.
 */
export declare function baseUrlProblem(text: string): string | undefined;
/** @throws ConfigError naming `from` (where the value came from) when `text` is not a usable base URL */
export declare function checkBaseUrl(text: string | undefined, from: string): void;
/**
 * Checks every `<PREFIX>_BASE_URL` variable that some job's endpoint reads (one whose base URL
 * neither the manifest nor `baseUrlOverride` sets).
 * @throws ConfigError naming the variable
 */
export declare function checkEnvBaseUrls(jobs: readonly JobSpec[], env: Env, baseUrlOverride: string | undefined): void;
/**
 * In the action, `api_key_env` must not name the runner's own variables: ACTIONS_RUNTIME_TOKEN,
 * ACTIONS_ID_TOKEN_REQUEST_TOKEN, GITHUB_TOKEN (when a workflow maps it) and the rest would be
 * sent to whatever `base_url` the manifest names. Why `name` is refused, or undefined.
 */
export declare function runnerSecretRule(name: string): string | undefined;
/** Every key a run needs that the environment lacks, as one message; undefined when all are set. */
export declare function missingKeys(endpoints: readonly Endpoint[], env: Env): string | undefined;

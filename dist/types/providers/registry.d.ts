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
/** Builds each distinct endpoint's provider once per run. */
export declare class ProviderPool {
    private readonly options;
    private readonly cache;
    constructor(options: ProviderFactoryOptions);
    get(endpoint: Endpoint): Provider;
    private create;
}
/** Every key a run needs that the environment lacks, as one message; undefined when all are set. */
export declare function missingKeys(endpoints: readonly Endpoint[], env: Env): string | undefined;

import { ConfigError } from '../errors.js';
import type { JobSpec, ProviderName } from '../types.js';
import { createOpenAIProvider } from './openai.js';
import type { Provider } from './types.js';

/** Where a job's requests go and which variable holds its key. */
export interface Endpoint {
  readonly provider: ProviderName;
  readonly baseUrl: string | undefined;
  readonly apiKeyEnv: string;
}

/** One convention for every provider: `<PREFIX>_BASE_URL` and `<PREFIX>_API_KEY`. */
export const ENV_PREFIX: Readonly<Record<ProviderName, string>> = {
  openai: 'OPENAI',
  'openai-generations': 'OPENAI',
  veo: 'GEMINI',
  seedance: 'ARK',
};

export type Env = Readonly<Record<string, string | undefined>>;

/**
 * The endpoint of a job: the job's `base_url`/`api_key_env` (or its manifest defaults), then
 * `baseUrlOverride` (the CLI's `--base-url`, for the `openai` shapes), then the environment.
 */
export function endpointFor(job: JobSpec, env: Env, baseUrlOverride?: string): Endpoint {
  const prefix = ENV_PREFIX[job.provider];
  const fromFlag = prefix === 'OPENAI' ? baseUrlOverride : undefined;
  const baseUrl = job.baseUrl ?? fromFlag ?? nonEmpty(env[`${prefix}_BASE_URL`]);
  return { provider: job.provider, baseUrl, apiKeyEnv: job.apiKeyEnv ?? `${prefix}_API_KEY` };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

export interface ProviderFactoryOptions {
  readonly env: Env;
  readonly fetch?: typeof fetch;
  /** Per-request timeout. @default 60000 */
  readonly requestTimeoutMs?: number;
}

/** Builds each distinct endpoint's provider once per run. */
export class ProviderPool {
  private readonly cache = new Map<string, Provider>();
  constructor(private readonly options: ProviderFactoryOptions) {}

  get(endpoint: Endpoint): Provider {
    const key = JSON.stringify(endpoint);
    let provider = this.cache.get(key);
    if (!provider) {
      provider = this.create(endpoint);
      this.cache.set(key, provider);
    }
    return provider;
  }

  private create(endpoint: Endpoint): Provider {
    const apiKey = nonEmpty(this.options.env[endpoint.apiKeyEnv]);
    if (!apiKey) throw new ConfigError(`${endpoint.apiKeyEnv} is not set; export it with your API key`);
    switch (endpoint.provider) {
      case 'openai':
        return createOpenAIProvider({ apiKey, baseUrl: endpoint.baseUrl, fetch: this.options.fetch, requestTimeoutMs: this.options.requestTimeoutMs });
      default:
        throw new ConfigError(`provider "${endpoint.provider}" is not available in this build`);
    }
  }
}

/** Every key a run needs that the environment lacks, as one message; undefined when all are set. */
export function missingKeys(endpoints: readonly Endpoint[], env: Env): string | undefined {
  const missing = [...new Set(endpoints.map((e) => e.apiKeyEnv))].filter((name) => !nonEmpty(env[name]));
  if (missing.length === 0) return undefined;
  return `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set: export the API key${missing.length === 1 ? '' : 's'} (or use --simulate to try the pipeline without one)`;
}

import { ConfigError } from '../errors.js';
import type { JobSpec, ProviderName } from '../types.js';
import { createGenerationsProvider } from './generations.js';
import { createOpenAIProvider } from './openai.js';
import { createReplicateProvider, REPLICATE_DEFAULT_BASE_URL } from './replicate/client.js';
import { createSeedanceProvider } from './seedance.js';
import { createVeoProvider } from './veo.js';
import { preflightFor } from './preflight.js';
import { redactingProvider } from './redacting.js';
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
  replicate: 'REPLICATE',
};

export type Env = Readonly<Record<string, string | undefined>>;

/** A second variable a provider's key may be in, read only when the first is unset (Google's SDKs also read GOOGLE_API_KEY). */
export const KEY_ENV_FALLBACK: Readonly<Partial<Record<ProviderName, string>>> = { veo: 'GOOGLE_API_KEY' };

function defaultKeyEnv(provider: ProviderName, env: Env): string {
  // temporary wiring until the list of provider modules: replicateModule.env.keyEnv
  if (provider === 'replicate') return 'REPLICATE_API_TOKEN';
  const primary = `${ENV_PREFIX[provider]}_API_KEY`;
  const fallback = KEY_ENV_FALLBACK[provider];
  return !nonEmpty(env[primary]) && fallback !== undefined && nonEmpty(env[fallback]) ? fallback : primary;
}

/**
 * The endpoint of a job: the job's `base_url`/`api_key_env` (or its manifest defaults), then
 * `baseUrlOverride` (the CLI's `--base-url`, for the `openai` shapes), then the environment.
 */
export function endpointFor(job: JobSpec, env: Env, baseUrlOverride?: string): Endpoint {
  const prefix = ENV_PREFIX[job.provider];
  const fromFlag = prefix === 'OPENAI' ? baseUrlOverride : undefined;
  const baseUrl = job.baseUrl ?? fromFlag ?? nonEmpty(env[`${prefix}_BASE_URL`]);
  return { provider: job.provider, baseUrl, apiKeyEnv: job.apiKeyEnv ?? defaultKeyEnv(job.provider, env) };
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

/**
 * Builds each distinct endpoint's provider once per run. Every provider it hands out redacts what
 * its server says of every key this pool has used (and of anything shaped like a credential).
 */
export class ProviderPool {
  private readonly cache = new Map<string, { readonly endpoint: Endpoint; readonly provider: Provider }>();
  private readonly secrets = new Set<string>();
  constructor(private readonly options: ProviderFactoryOptions) {}

  get(endpoint: Endpoint): Provider {
    const key = JSON.stringify(endpoint);
    let entry = this.cache.get(key);
    if (!entry) {
      entry = { endpoint, provider: redactingProvider(this.create(endpoint), this.secrets) };
      this.cache.set(key, entry);
    }
    return entry.provider;
  }

  /** The distinct endpoints built so far, each with its provider. */
  entries(): { readonly endpoint: Endpoint; readonly provider: Provider }[] {
    return [...this.cache.values()];
  }

  private create(endpoint: Endpoint): Provider {
    const apiKey = nonEmpty(this.options.env[endpoint.apiKeyEnv]);
    if (!apiKey) throw new ConfigError(`${endpoint.apiKeyEnv} is not set; export it with your API key`);
    this.secrets.add(apiKey);
    const provider = this.build(endpoint, apiKey);
    const preflight = preflightFor({ provider: endpoint.provider, baseUrl: endpoint.baseUrl, apiKey, fetch: this.options.fetch });
    return preflight ? { ...provider, preflight } : provider;
  }

  private build(endpoint: Endpoint, apiKey: string): Provider {
    const common = { apiKey, fetch: this.options.fetch, requestTimeoutMs: this.options.requestTimeoutMs };
    switch (endpoint.provider) {
      case 'openai':
        return createOpenAIProvider({ ...common, baseUrl: endpoint.baseUrl });
      case 'openai-generations':
        if (!endpoint.baseUrl) {
          throw new ConfigError('provider "openai-generations" needs the gateway\'s base URL: set OPENAI_BASE_URL, --base-url or base_url (e.g. https://api.agentsflare.com/v1)');
        }
        return createGenerationsProvider({ ...common, baseUrl: checkedBaseUrl(endpoint) });
      case 'veo':
        return createVeoProvider({ ...common, baseUrl: endpoint.baseUrl && checkedBaseUrl(endpoint) });
      case 'seedance':
        return createSeedanceProvider({ ...common, baseUrl: endpoint.baseUrl && checkedBaseUrl(endpoint) });
      case 'replicate': // temporary wiring until the list of provider modules
        return createReplicateProvider({ ...common, env: this.options.env, baseUrl: endpoint.baseUrl ? checkedBaseUrl(endpoint) : REPLICATE_DEFAULT_BASE_URL });
    }
  }
}

/** The endpoint's base URL, if it is an http(s) URL. */
function checkedBaseUrl(endpoint: Endpoint): string {
  const text = endpoint.baseUrl ?? '';
  checkBaseUrl(text, `the base URL of provider "${endpoint.provider}" (--base-url, the *_BASE_URL variable or the manifest's base_url)`);
  return text;
}

/**
 * Why `text` cannot be a base URL, if it cannot: not a URL, not http(s), or carrying a user name
 * or password. Never quotes the text: it may hold a password or a key pasted in the wrong place.
 */
export function baseUrlProblem(text: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'is not a URL';
  }
  if (url.username !== '' || url.password !== '') return 'must not contain a user name or password (put the key in the API key variable instead)';
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return `has the scheme ${url.protocol.replace(/[^a-z0-9+.:-]/gi, '')}, not http or https`;
  return undefined;
}

/** @throws ConfigError naming `from` (where the value came from) when `text` is not a usable base URL */
export function checkBaseUrl(text: string | undefined, from: string): void {
  if (text === undefined) return;
  const problem = baseUrlProblem(text.trim());
  if (problem) throw new ConfigError(`${from} ${problem}; give the API's full base URL, e.g. https://api.openai.com/v1; nothing was sent`);
}

/**
 * Checks every `<PREFIX>_BASE_URL` variable that some job's endpoint reads (one whose base URL
 * neither the manifest nor `baseUrlOverride` sets).
 * @throws ConfigError naming the variable
 */
export function checkEnvBaseUrls(jobs: readonly JobSpec[], env: Env, baseUrlOverride: string | undefined): void {
  const read = new Set<string>();
  for (const job of jobs) {
    const prefix = ENV_PREFIX[job.provider];
    if (job.baseUrl === undefined && !(prefix === 'OPENAI' && baseUrlOverride !== undefined)) read.add(`${prefix}_BASE_URL`);
  }
  for (const name of read) checkBaseUrl(nonEmpty(env[name]), name);
}

/**
 * In the action, `api_key_env` must not name the runner's own variables: ACTIONS_RUNTIME_TOKEN,
 * ACTIONS_ID_TOKEN_REQUEST_TOKEN, GITHUB_TOKEN (when a workflow maps it) and the rest would be
 * sent to whatever `base_url` the manifest names. Why `name` is refused, or undefined.
 */
export function runnerSecretRule(name: string): string | undefined {
  if (!/^(ACTIONS_|RUNNER_|GITHUB_)/.test(name)) return undefined;
  return (
    `names one of the runner's own variables (ACTIONS_*, RUNNER_*, GITHUB_*), which the action never sends to an API; ` +
    'store the key in a secret, map it to a variable of your own in the step\'s env (e.g. VIDEO_API_KEY) and name that'
  );
}

/** Every key a run needs that the environment lacks, as one message; undefined when all are set. */
export function missingKeys(endpoints: readonly Endpoint[], env: Env): string | undefined {
  const missing = [...new Set(endpoints.map((e) => e.apiKeyEnv))].filter((name) => !nonEmpty(env[name]));
  if (missing.length === 0) return undefined;
  return `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set: export the API key${missing.length === 1 ? '' : 's'} (or use --simulate to try the pipeline without one)`;
}

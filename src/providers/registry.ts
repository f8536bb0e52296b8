import { ConfigError } from '../errors.js';
import type { JobSpec, ProviderName } from '../types.js';
import { providerModule } from './list.js';
import type { FactsLookup } from './discovery/facts.js';
import type { Env, ProviderModule } from './module.js';
import { redactingProvider } from './redacting.js';
import type { Provider } from './types.js';

export type { Env } from './module.js';

/** Where a job's requests go and which variable holds its key. */
export interface Endpoint {
  readonly provider: ProviderName;
  /** As the job, the flag or the environment names it; undefined = the module's default. */
  readonly baseUrl: string | undefined;
  /** Undefined for a module without `keyEnv` (it authenticates on its own). */
  readonly apiKeyEnv: string | undefined;
}

/** The key variable a job reads when it names none: the module's, else its first fallback that is set. */
function defaultKeyEnv(module: ProviderModule, env: Env): string | undefined {
  const primary = module.env.keyEnv;
  if (primary === undefined || nonEmpty(env[primary])) return primary;
  return module.env.keyEnvFallbacks?.find((name) => nonEmpty(env[name])) ?? primary;
}

/**
 * The endpoint of a job: the job's `base_url`/`api_key_env` (or its manifest defaults), then
 * `baseUrlOverride` (the CLI's `--base-url`, for modules that take it), then the environment.
 */
export function endpointFor(job: JobSpec, env: Env, baseUrlOverride?: string): Endpoint {
  const module = providerModule(job.provider);
  const fromFlag = module.env.takesBaseUrlFlag ? baseUrlOverride : undefined;
  const baseUrl = job.baseUrl ?? fromFlag ?? nonEmpty(env[module.env.baseUrlEnv]);
  return { provider: job.provider, baseUrl, apiKeyEnv: job.apiKeyEnv ?? defaultKeyEnv(module, env) };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

export interface ProviderFactoryOptions {
  readonly env: Env;
  readonly fetch?: typeof fetch;
  /** Per-request timeout. @default 60000 */
  readonly requestTimeoutMs?: number;
  /** Every endpoint is the built-in simulator (`--simulate`). @default false */
  readonly simulated?: boolean;
  /** What discovery learned of the run's models, handed to every client. @default none */
  readonly facts?: FactsLookup;
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
    const module = providerModule(endpoint.provider);
    const apiKey = endpoint.apiKeyEnv === undefined ? undefined : nonEmpty(this.options.env[endpoint.apiKeyEnv]);
    if (endpoint.apiKeyEnv !== undefined && !apiKey) throw new ConfigError(`${endpoint.apiKeyEnv} is not set; export it with your API key`);
    if (apiKey) this.secrets.add(apiKey);
    return module.create({
      apiKey,
      baseUrl: resolvedBaseUrl(module, endpoint, this.options.env),
      env: this.options.env,
      ...(this.options.fetch === undefined ? {} : { fetch: this.options.fetch }),
      ...(this.options.requestTimeoutMs === undefined ? {} : { requestTimeoutMs: this.options.requestTimeoutMs }),
      ...(this.options.simulated ? { simulated: true } : {}),
      ...(this.options.facts === undefined ? {} : { facts: this.options.facts }),
    });
  }
}

/**
 * The base URL a module's client gets: the endpoint's (checked), else the module's default.
 * @throws ConfigError when neither exists (a gateway's shape) or the endpoint's is not an http(s) URL
 */
export function resolvedBaseUrl(module: ProviderModule, endpoint: Endpoint, env: Env): string {
  if (endpoint.baseUrl !== undefined) {
    checkBaseUrl(endpoint.baseUrl, `the base URL of provider "${endpoint.provider}" (--base-url, the *_BASE_URL variable or the manifest's base_url)`);
    return endpoint.baseUrl;
  }
  const fallback = module.env.defaultBaseUrl;
  if (fallback !== undefined) return typeof fallback === 'string' ? fallback : fallback(env);
  const where = [module.env.baseUrlEnv, ...(module.env.takesBaseUrlFlag ? ['--base-url'] : [])].join(', ');
  const example = module.env.baseUrlExample === undefined ? '' : ` (e.g. ${module.env.baseUrlExample})`;
  throw new ConfigError(`provider "${module.name}" needs the gateway's base URL: set ${where} or base_url${example}`);
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
 * Checks every base URL variable (the module's `baseUrlEnv`) that some job's endpoint reads (one
 * whose base URL neither the manifest nor `baseUrlOverride` sets).
 * @throws ConfigError naming the variable
 */
export function checkEnvBaseUrls(jobs: readonly JobSpec[], env: Env, baseUrlOverride: string | undefined): void {
  const read = new Set<string>();
  for (const job of jobs) {
    const { env: names } = providerModule(job.provider);
    if (job.baseUrl === undefined && !(names.takesBaseUrlFlag && baseUrlOverride !== undefined)) read.add(names.baseUrlEnv);
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
  const names = endpoints.flatMap((e) => (e.apiKeyEnv === undefined ? [] : [e.apiKeyEnv]));
  const missing = [...new Set(names)].filter((name) => !nonEmpty(env[name]));
  if (missing.length === 0) return undefined;
  return `${missing.join(', ')} ${missing.length === 1 ? 'is' : 'are'} not set: export the API key${missing.length === 1 ? '' : 's'} (or use --simulate to try the pipeline without one)`;
}

import { ConfigError } from '../errors.js';
import type { JobSpec, ProviderName } from '../types.js';
import { PROVIDER_MODULES, providerModule } from './list.js';
import type { FactsLookup } from './discovery/facts.js';
import type { Env, ProviderModule } from './module.js';
import { redactingProvider } from './redacting.js';
import type { Provider } from './types.js';
import { defaultBaseUrlOf, operatorOrigins, type BaseUrlTrust } from './base-url-trust.js';

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
  /** The base URLs the operator set, which clients may send credentials they fetch themselves to. @default none */
  readonly trust?: BaseUrlTrust;
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
      trustedOrigins: [...operatorOrigins(module, this.options.env, this.options.trust ?? {})],
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
  const fallback = defaultBaseUrlOf(module, env);
  if (fallback !== undefined) return fallback;
  throw new ConfigError(noBaseUrlMessage(module, '--base-url'));
}

/** What to do about a module with no base URL; `flag` is how this face names --base-url. */
function noBaseUrlMessage(module: ProviderModule, flag: string): string {
  const where = `${[module.env.baseUrlEnv, ...(module.env.takesBaseUrlFlag ? [flag] : [])].join(', ')} or base_url`;
  const example = module.env.baseUrlExample === undefined ? '' : ` (e.g. ${module.env.baseUrlExample})`;
  if (module.env.withoutBaseUrl === undefined) return `provider "${module.name}" needs the gateway's base URL: set ${where}${example}`;
  // Named from the list, so a provider added later is offered too.
  const live = PROVIDER_MODULES.filter((m) => m.env.defaultBaseUrl !== undefined).map((m) => m.name);
  return (
    `provider "${module.name}" has no base URL: ${module.env.withoutBaseUrl}. ` +
    `Set a gateway that serves this shape (${where}${example}), or name a live provider in the manifest ` +
    `(provider: ${live.join(' | ')}) or with --provider; nothing was sent`
  );
}

/**
 * Refuses jobs whose provider has no base URL at all: none from the job, `flag`, the environment
 * or the module (OpenAI's own Videos API is gone). Checked before anything else, dry runs too.
 * @throws ConfigError once per such provider, saying where to set one and which providers are live
 */
export function checkBaseUrlsGiven(jobs: readonly JobSpec[], env: Env, flag: string | undefined, flagName = '--base-url'): void {
  for (const name of new Set(jobs.map((job) => job.provider))) {
    const module = providerModule(name);
    if (defaultBaseUrlOf(module, env) !== undefined) continue;
    if (jobs.some((job) => job.provider === name && endpointFor(job, env, flag).baseUrl === undefined)) {
      throw new ConfigError(noBaseUrlMessage(module, flagName));
    }
  }
}

/**
 * Origins of the action's `allowed-base-urls` text (comma- or newline-separated base URLs or origins).
 * @throws ConfigError naming `from` for an entry that is not an http(s) URL
 */
export function parseAllowedBaseUrls(text: string, from: string): string[] {
  const entries = text.split(/[,\n]/).map((entry) => entry.trim()).filter((entry) => entry !== '');
  return entries.map((entry) => {
    checkBaseUrl(entry, `${from} entry`);
    return new URL(entry).origin;
  });
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
  if (problem) throw new ConfigError(`${from} ${problem}; give the API's full base URL, e.g. https://gateway.example/v1; nothing was sent`);
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

/** Keys a run needs that the environment lacks; `names` says which variables, for a face to rephrase. */
export class MissingKeyError extends ConfigError {
  constructor(readonly names: readonly string[]) {
    super(`${names.join(', ')} ${names.length === 1 ? 'is' : 'are'} not set: export the API key${names.length === 1 ? '' : 's'} (or use --simulate to try the pipeline without one)`);
  }
}

/** Every key a run needs that the environment lacks, as one error; undefined when all are set. */
export function missingKeys(endpoints: readonly Endpoint[], env: Env): MissingKeyError | undefined {
  const names = endpoints.flatMap((e) => (e.apiKeyEnv === undefined ? [] : [e.apiKeyEnv]));
  const missing = [...new Set(names)].filter((name) => !nonEmpty(env[name]));
  return missing.length === 0 ? undefined : new MissingKeyError(missing);
}

/**
 * The variable a key given without one (the action's `api-key`) goes into: `provider`'s when
 * given, else the one key variable the jobs read (those naming `api_key_env` aside), else the one
 * of them the environment lacks; undefined when no job needs it.
 * @throws ConfigError when several are unset: one key cannot be several providers'
 */
export function keyEnvForApiKey(jobs: readonly JobSpec[], env: Env, provider: ProviderName | undefined): string | undefined {
  if (provider !== undefined) return providerModule(provider).env.keyEnv;
  const names = [...new Set(jobs.flatMap((job) => (job.apiKeyEnv !== undefined ? [] : [providerModule(job.provider).env.keyEnv ?? []].flat())))];
  if (names.length <= 1) return names[0];
  const unset = names.filter((name) => !nonEmpty(env[name]));
  if (unset.length <= 1) return unset[0];
  throw new ConfigError(
    `input api-key is one key, but the manifest's providers read ${unset.join(', ')}: set the provider input to say whose key it is, ` +
    `and pass the others in the step's env (e.g. ${unset[1]}: \${{ secrets.${unset[1]} }})`,
  );
}

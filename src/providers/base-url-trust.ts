/**
 * Where a key or a token the run fetches itself may go: the provider's own hosts, the base URLs
 * the operator set (--base-url, the provider's *_BASE_URL variable, the action's base-url and
 * allowed-base-urls), and, in the CLI only, a manifest's `base_url`, named and warned. Pure.
 */
import type { JobSpec } from '../types.js';
import { providerModule } from './list.js';
import type { Env, ProviderModule } from './module.js';

/** The module's default base URL in this environment, if it has one. */
export function defaultBaseUrlOf(module: ProviderModule, env: Env): string | undefined {
  const fallback = module.env.defaultBaseUrl;
  return typeof fallback === 'function' ? fallback(env) : fallback;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/** The base URLs the operator set (never the manifest), and how far a manifest's may go. */
export interface BaseUrlTrust {
  /** `--base-url`, or the action's `base-url` input. */
  readonly flag?: string;
  /** Origins the workflow lets a manifest name (the action's `allowed-base-urls`). @default [] */
  readonly allowed?: readonly string[];
  /**
   * The action: a manifest `base_url` must be the provider's own host or an origin above, since a
   * pull request may edit the manifest. @default false (the CLI names such hosts and warns)
   */
  readonly manifestNeedsAllowing?: boolean;
}

function urlOf(text: string | undefined): URL | undefined {
  if (text === undefined) return undefined;
  try {
    return new URL(text.trim());
  } catch {
    return undefined;
  }
}

/** Whether `url` is on the vendor's own hosts (`ownHosts`, else the default base URL's host), over https. Pure. */
export function isOwnHost(module: ProviderModule, env: Env, url: URL): boolean {
  if (url.protocol !== 'https:') return false;
  const own = module.env.ownHosts ?? [urlOf(defaultBaseUrlOf(module, env))?.host].filter((host): host is string => host !== undefined);
  // A wildcard is a domain (any port); an exact host is compared with its port, as the default's.
  const hostname = url.hostname.toLowerCase().replace(/\.$/, '');
  return own.some((pattern) => (pattern.startsWith('*.') ? hostname.endsWith(pattern.slice(1).toLowerCase()) : url.host.toLowerCase() === pattern.toLowerCase()));
}

/**
 * The origins the operator set for `module`'s jobs: the flag (whatever the module), the module's
 * own *_BASE_URL variable and the allowed list. A manifest can set none of them.
 */
export function operatorOrigins(module: ProviderModule, env: Env, trust: BaseUrlTrust): Set<string> {
  const texts = [trust.flag, nonEmpty(env[module.env.baseUrlEnv]), ...(trust.allowed ?? [])];
  return new Set(texts.flatMap((text) => urlOf(text)?.origin ?? []).filter((origin) => origin !== 'null'));
}

/** A manifest `base_url` that leaves the provider's own hosts and the operator's origins: its URL, else undefined. */
function foreignUrl(job: JobSpec, env: Env, trust: BaseUrlTrust): URL | undefined {
  const url = urlOf(job.baseUrl);
  if (url === undefined) return undefined;
  const module = providerModule(job.provider);
  return isOwnHost(module, env, url) || operatorOrigins(module, env, trust).has(url.origin) ? undefined : url;
}

/**
 * Why a job's manifest `base_url` may not be used, or undefined (a manifest problem on the field):
 * - credentials the run fetches itself (a module with no key variable, and no `api_key_env` on
 *   the job: Google Cloud's Application Default Credentials) go only to the vendor's own hosts or
 *   an origin the operator set;
 * - in the action (`manifestNeedsAllowing`) the same holds for every key.
 */
export function manifestBaseUrlProblem(job: JobSpec, env: Env, trust: BaseUrlTrust): string | undefined {
  const url = foreignUrl(job, env, trust);
  if (url === undefined) return undefined;
  const module = providerModule(job.provider);
  if (module.env.keyEnv === undefined && job.apiKeyEnv === undefined) {
    return (
      `sends provider "${module.name}" to ${url.origin}, which is not the vendor's own host: the access token the run fetches ` +
      `for it (Application Default Credentials) goes only to the vendor or to a base URL you set yourself; if you trust ${url.origin} ` +
      `with that token, set ${module.env.baseUrlEnv}${module.env.takesBaseUrlFlag ? ' or --base-url' : ''} to it, else remove base_url`
    );
  }
  if (!trust.manifestNeedsAllowing) return undefined;
  const key = job.apiKeyEnv ?? module.env.keyEnv ?? 'its key';
  return (
    `sends ${key} to ${url.origin}, which this workflow does not allow: in the action a manifest's base_url must be the ` +
    `provider's own host or an origin the workflow names; if you trust ${url.origin} with the key, add it to the ` +
    `action's allowed-base-urls input`
  );
}

/**
 * Jobs whose manifest `base_url` takes their key to a host that is neither the provider's own nor
 * one the operator set, by job id, with that origin (the dry run's plan names them; the CLI warns once).
 */
export function foreignBaseUrls(jobs: readonly JobSpec[], env: Env, trust: BaseUrlTrust): Map<string, string> {
  const found = new Map<string, string>();
  for (const job of jobs) {
    const url = foreignUrl(job, env, trust);
    if (url !== undefined) found.set(job.id, url.origin);
  }
  return found;
}

/** The one warning for `foreignBaseUrls`: each origin with its jobs' count and the keys it would get. Pure. */
export function foreignBaseUrlWarning(foreign: ReadonlyMap<string, string>, jobs: readonly JobSpec[]): string {
  const byOrigin = new Map<string, { jobs: number; keys: Set<string> }>();
  for (const job of jobs) {
    const origin = foreign.get(job.id);
    if (origin === undefined) continue;
    const entry = byOrigin.get(origin) ?? { jobs: 0, keys: new Set<string>() };
    entry.jobs++;
    const key = job.apiKeyEnv ?? providerModule(job.provider).env.keyEnv;
    if (key !== undefined) entry.keys.add(key);
    byOrigin.set(origin, entry);
  }
  const hosts = [...byOrigin].map(([origin, e]) => `${origin} (${e.jobs} job${e.jobs === 1 ? '' : 's'}${e.keys.size > 0 ? `, with ${[...e.keys].join(', ')}` : ''})`);
  return (
    `the manifest's base_url sends jobs to ${hosts.length === 1 ? 'a host' : 'hosts'} other than their provider's own: ${hosts.join('; ')}; ` +
    'run it only if you trust them with those keys (the dry run names each job\'s)'
  );
}


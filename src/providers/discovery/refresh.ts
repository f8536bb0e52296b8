/**
 * `video-batch models --refresh`: asks each vendor with discovery about its catalog rows again,
 * renews the cache, and says what each answered (status and price, with the source). The run's
 * own discovery (step.ts) then finds fresh answers for a day.
 */
import { CATALOG } from '../catalog-data.js';
import { PROVIDER_MODULES } from '../list.js';
import type { Env } from '../module.js';
import type { ProviderName } from '../../types.js';
import { DiscoveryCache, defaultCacheDir } from './cache.js';
import { DiscoveryError, type ModelFacts } from './facts.js';
import { DISCOVERY_TIMEOUT_MS } from './step.js';

export interface RefreshOptions {
  readonly env: Env;
  /** Only this provider's rows. @default every provider with discovery */
  readonly provider?: ProviderName;
  readonly fetch?: typeof fetch;
  readonly now?: () => number;
  /** @default defaultCacheDir(env) */
  readonly cacheDir?: string;
}

function describeFacts(facts: ModelFacts): string {
  if (!facts.found) return 'not listed by the vendor';
  const status = facts.status ? `${facts.status.vendorWord ?? facts.status.status}` : 'status not stated';
  const price = facts.prices?.[0];
  const priced = price ? `${price.unitPrice} ${price.currency} per ${price.unit} (${price.source.url}, read ${price.source.readAt.slice(0, 10)})` : 'no price stated';
  return `${status}; ${facts.input ? 'input schema read' : 'no input schema'}; ${priced}`;
}

/** Asks again and renews the cache; one line per model (or per provider that could not be asked). */
export async function refreshCatalog(options: RefreshOptions): Promise<string[]> {
  const now = options.now ?? Date.now;
  const cache = new DiscoveryCache({ dir: options.cacheDir ?? defaultCacheDir(options.env), now });
  const lines: string[] = [];
  for (const module of PROVIDER_MODULES) {
    const discovery = module.discovery;
    if (!discovery || (options.provider !== undefined && module.name !== options.provider)) continue;
    const models = CATALOG.filter((row) => row.provider === module.name).map((row) => row.model);
    if (models.length === 0) continue;
    const fallback = module.env.defaultBaseUrl;
    const baseUrl = options.env[module.env.baseUrlEnv]?.trim() || (typeof fallback === 'function' ? fallback(options.env) : fallback) || '';
    const where = discovery.where({ baseUrl, env: options.env });
    const key = module.env.keyEnv === undefined ? undefined : options.env[module.env.keyEnv]?.trim();
    if (where === undefined || (module.env.keyEnv !== undefined && !key)) {
      lines.push(`${module.name}: not asked (${where === undefined ? 'no discovery URL for this base URL' : `${module.env.keyEnv} is not set`}); the catalog below stands`);
      continue;
    }
    try {
      const answers = await discovery.describe(models, { apiKey: key, baseUrl, env: options.env, fetch: options.fetch ?? globalThis.fetch, timeoutMs: DISCOVERY_TIMEOUT_MS, signal: new AbortController().signal, now });
      for (const [model, facts] of answers) {
        await cache.set(module.name, where, facts);
        lines.push(`${module.name} ${model}: ${describeFacts(facts)}`);
      }
    } catch (error) {
      const why = error instanceof DiscoveryError && error.kind === 'auth' ? `${module.env.keyEnv ?? 'the key'} was refused` : error instanceof Error ? error.message : String(error);
      lines.push(`${module.name}: could not ask (${why}); the catalog below stands`);
    }
  }
  return lines;
}

/**
 * What `video-batch models <id>` prints: the catalog's rows named `id`, each with what its vendor
 * says of it now (the discovery step, through the same 24 h cache a run uses), as sheets of
 * text (model-sheet.ts). The I/O half; the rendering is pure.
 */
import { ConfigError } from '../errors.js';
import type { JobSpec, ProviderName } from '../types.js';
import { CATALOG, type CatalogRow } from './catalog-data.js';
import type { DiscoveryCache } from './discovery/cache.js';
import type { ModelFacts } from './discovery/facts.js';
import { discoverModels } from './discovery/step.js';
import { providerModule } from './list.js';
import { modelSheet, rowsNamed } from './model-sheet.js';
import type { Env } from './module.js';
import { endpointFor, resolvedBaseUrl } from './registry.js';

export interface ModelLookupOptions {
  /** Keep to one provider's row (and ask that vendor even when the catalog has no row). */
  readonly provider?: ProviderName;
  readonly env: Env;
  readonly fetch: typeof fetch;
  /** Undefined = ask without a cache. */
  readonly cache?: DiscoveryCache;
  /** Ask the vendor again even when the cache holds a fresh answer. @default false */
  readonly refresh?: boolean;
  readonly now: () => number;
  readonly signal?: AbortSignal;
}

/** What the vendor says of `model` on `provider`, or why it was not asked. */
async function factsOf(provider: ProviderName, model: string, options: ModelLookupOptions): Promise<{ facts?: ModelFacts; unchecked?: string }> {
  const module = providerModule(provider);
  if (!module.discovery) return { unchecked: `${provider} publishes no schema to ask` };
  const job: JobSpec = { id: 'models', prompt: '', provider, model, source: { file: '(video-batch models)', line: 0 } };
  try {
    const found = await discoverModels([job], {
      ...(options.cache ? { cache: options.cache } : {}),
      refresh: options.refresh ?? false,
      endpointOf: (j) => {
        const endpoint = endpointFor(j, options.env);
        const key = endpoint.apiKeyEnv === undefined ? undefined : options.env[endpoint.apiKeyEnv]?.trim();
        return { baseUrl: resolvedBaseUrl(module, endpoint, options.env), apiKey: key ? key : undefined, apiKeyEnv: endpoint.apiKeyEnv };
      },
      env: options.env,
      fetch: options.fetch,
      signal: options.signal ?? new AbortController().signal,
      now: options.now,
    });
    const facts = found.lookup(provider, model);
    return facts ? { facts } : { unchecked: found.warnings.join('; ') || `${provider} was not asked` };
  } catch (error) {
    // A refused key or a missing base URL is worth saying, not worth failing the page for.
    if (error instanceof ConfigError) return { unchecked: error.message };
    throw error;
  }
}

/**
 * The sheets of every row named `id` (of `options.provider` when given), each completed by its
 * vendor's answer.
 * @throws ConfigError when no row is named `id` and no provider was given to ask
 */
export async function lookUpModel(id: string, options: ModelLookupOptions, rows: readonly CatalogRow[] = CATALOG): Promise<string[][]> {
  const named = rowsNamed(rows, id, options.provider);
  if (named.length === 0 && options.provider === undefined) {
    throw new ConfigError(`no model "${id}" in the catalog; video-batch models lists them, or add --provider NAME to ask that vendor about it`);
  }
  const targets: { provider: ProviderName; row?: CatalogRow }[] = named.length > 0 ? named.map((row) => ({ provider: row.provider, row })) : [{ provider: options.provider! }];
  const sheets: string[][] = [];
  for (const { provider, row } of targets) {
    const { facts, unchecked } = await factsOf(provider, row?.model ?? id, options);
    sheets.push(modelSheet(provider, row?.model ?? id, row, facts, unchecked));
  }
  return sheets;
}

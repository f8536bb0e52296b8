/**
 * What fal says of its endpoints, from its Platform API (see PROVIDER.md for the references and
 * dates): `GET {platform}/models?endpoint_id=a&endpoint_id=b&expand=openapi-3.0` answers
 * `{models: [{endpoint_id, metadata: {status, ...}, openapi}]}` (the input schema is the
 * components schema the POST's body references, whose name ends in `Input`), and
 * `GET {platform}/models/pricing?endpoint_id=a&endpoint_id=b` answers
 * `{prices: [{endpoint_id, unit_price, unit, currency}]}`. Both take 1 to 50 ids per request and
 * `Authorization: Key <FAL_KEY>`; a 401/403 is the key check.
 */
import type { JsonValue, ModelStatus } from '../../types.js';
import { DiscoveryError, type FactSource, type JsonSchema, type ModelFacts, type VendorPrice } from '../discovery/facts.js';
import { asSchema, inlineRefs } from '../discovery/json-schema.js';
import { asNumber, asRecord, asString, joinUrl, requestJson, type HttpClient } from '../fetch-json.js';
import { hopRulesFor } from '../hop-rules.js';
import type { DiscoveryContext, Env, ProviderDiscovery } from '../module.js';
import { ProviderError } from '../types.js';
import { FAL_DEFAULT_BASE_URL } from './client.js';
import { falFallbackProblems } from './input.js';
import { falDefaults, falFactsCheck } from './schema-input.js';
import { falErrorFields } from './wire.js';

/** fal's Platform API, where discovery asks when `FAL_PLATFORM_URL` is unset. */
export const FAL_PLATFORM_DEFAULT_URL = 'https://api.fal.ai/v1';

/** The most ids fal's Models and Pricing APIs take in one request. */
export const FAL_IDS_PER_REQUEST = 50;

/**
 * Where fal discovery asks: `FAL_PLATFORM_URL`, else fal's own Platform API when the queue is
 * fal's own; a proxy's or test server's queue with no `FAL_PLATFORM_URL` is not asked about (its
 * key may not be fal's).
 */
export function falPlatformUrl(context: { readonly baseUrl: string; readonly env: Env }): string | undefined {
  const set = context.env.FAL_PLATFORM_URL?.trim();
  if (set) return set.replace(/\/+$/, '');
  return context.baseUrl.replace(/\/+$/, '') === FAL_DEFAULT_BASE_URL ? FAL_PLATFORM_DEFAULT_URL : undefined;
}

/** fal's lifecycle words in the catalog's terms; an unknown word says nothing. */
function statusOf(word: string | undefined): ModelStatus | undefined {
  switch (word?.toLowerCase()) {
    case 'active':
      return 'ga';
    case 'deprecated':
      return 'deprecated';
    case 'retired':
    case 'removed':
    case 'disabled':
    case 'inactive':
      return 'retired';
    default:
      return undefined;
  }
}

/**
 * The input schema of an endpoint's OpenAPI document, every `$ref` inlined: the schema the POST
 * body references, else the components schema whose name ends in `Input`.
 */
export function falInputSchema(openapi: unknown): JsonSchema | undefined {
  const doc = asRecord(openapi);
  const components = (asRecord(asRecord(doc?.components)?.schemas) ?? {}) as Record<string, JsonValue>;
  const paths = asRecord(doc?.paths) ?? {};
  const refs = Object.values(paths).map((path) => asString(asRecord(asRecord(asRecord(asRecord(asRecord(asRecord(path)?.post)?.requestBody)?.content)?.['application/json'])?.schema)?.$ref));
  const byRef = refs.map((ref) => /^#\/components\/schemas\/(.+)$/.exec(ref ?? '')?.[1]).find((name) => name !== undefined && components[name] !== undefined);
  const name = byRef ?? Object.keys(components).find((key) => key.endsWith('Input'));
  if (name === undefined) return undefined;
  return asSchema(inlineRefs(components[name]!, components));
}

function discoveryError(error: unknown, what: string): DiscoveryError {
  if (error instanceof ProviderError && error.kind === 'auth') return new DiscoveryError('auth', error.message, error.details.status);
  const why = error instanceof Error ? error.message : String(error);
  const status = error instanceof ProviderError ? error.details.status : undefined;
  return new DiscoveryError('unavailable', status === undefined ? `${what}: ${why}` : `${what} answered HTTP ${status}: ${why}`, status);
}

function idsQuery(ids: readonly string[]): string {
  return ids.map((id) => `endpoint_id=${encodeURIComponent(id)}`).join('&');
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The URL shown as a fact's source: the request without the key (which travels in a header). */
function source(url: string, now: number): FactSource {
  return { url, readAt: new Date(now).toISOString() };
}

interface Listed {
  /** The request that answered it (a fact's source). */
  readonly url: string;
  readonly status?: string;
  readonly openapi?: unknown;
}

async function listModels(client: HttpClient, platform: string, ids: readonly string[], context: DiscoveryContext): Promise<Map<string, Listed>> {
  const models = new Map<string, Listed>();
  for (const part of chunks(ids, FAL_IDS_PER_REQUEST)) {
    const url = joinUrl(platform, `/models?${idsQuery(part)}&expand=openapi-3.0`);
    let body: unknown;
    try {
      body = (await requestJson(client, { method: 'GET', url, headers: { authorization: `Key ${context.apiKey ?? ''}` }, signal: context.signal })).body;
    } catch (error) {
      throw discoveryError(error, "fal's Models API");
    }
    const list = asRecord(body)?.models;
    if (!Array.isArray(list)) throw new DiscoveryError('unavailable', "fal's Models API answered without a models list");
    for (const entry of list) {
      const record = asRecord(entry);
      const id = asString(record?.endpoint_id);
      if (!id) continue;
      const status = asString(asRecord(record?.metadata)?.status);
      models.set(id, { url, ...(status ? { status } : {}), ...(record?.openapi !== undefined ? { openapi: record.openapi } : {}) });
    }
  }
  return models;
}

async function listPrices(client: HttpClient, platform: string, ids: readonly string[], context: DiscoveryContext, now: number): Promise<Map<string, VendorPrice>> {
  const prices = new Map<string, VendorPrice>();
  for (const part of chunks(ids, FAL_IDS_PER_REQUEST)) {
    const url = joinUrl(platform, `/models/pricing?${idsQuery(part)}`);
    let body: unknown;
    try {
      body = (await requestJson(client, { method: 'GET', url, headers: { authorization: `Key ${context.apiKey ?? ''}` }, signal: context.signal })).body;
    } catch (error) {
      throw discoveryError(error, "fal's Pricing API");
    }
    const list = asRecord(body)?.prices;
    if (!Array.isArray(list)) throw new DiscoveryError('unavailable', "fal's Pricing API answered without a prices list");
    for (const entry of list) {
      const record = asRecord(entry);
      const id = asString(record?.endpoint_id);
      const unitPrice = asNumber(record?.unit_price);
      const unit = asString(record?.unit);
      if (!id || unitPrice === undefined || !unit) continue;
      prices.set(id, { unitPrice, unit, currency: asString(record?.currency) ?? 'USD', source: source(url, now) });
    }
  }
  return prices;
}

/**
 * What fal says of `models`: one Models API request and one Pricing API request per 50 ids. A
 * Pricing API failure other than the key's leaves prices out (the catalog's stand); the models'
 * schemas and statuses are still used.
 */
async function describe(models: readonly string[], context: DiscoveryContext): Promise<ReadonlyMap<string, ModelFacts>> {
  const platform = falPlatformUrl(context);
  if (platform === undefined) return new Map();
  const client: HttpClient = { fetch: context.fetch, rules: hopRulesFor(platform), timeoutMs: context.timeoutMs, label: "fal's Platform API", errorFields: falErrorFields };
  const now = context.now();
  const listed = await listModels(client, platform, models, context);
  // Only the ids fal lists are priced: an unknown id could fail the whole batch.
  const known = models.filter((model) => listed.has(model));
  let prices = new Map<string, VendorPrice>();
  try {
    if (known.length > 0) prices = await listPrices(client, platform, known, context, now);
  } catch (error) {
    if (error instanceof DiscoveryError && error.kind === 'auth') throw error;
  }
  const facts = new Map<string, ModelFacts>();
  for (const model of models) {
    const entry = listed.get(model);
    if (!entry) {
      facts.set(model, { provider: 'fal', model, found: false });
      continue;
    }
    const schema = entry.openapi === undefined ? undefined : falInputSchema(entry.openapi);
    const status = statusOf(entry.status);
    const price = prices.get(model);
    facts.set(model, {
      provider: 'fal',
      model,
      found: true,
      ...(status ? { status: { status, ...(entry.status ? { vendorWord: entry.status } : {}), source: source(entry.url, now) } } : {}),
      ...(schema ? { input: { schema, source: source(entry.url, now) }, defaults: falDefaults(schema) } : {}),
      ...(price ? { prices: [price] } : {}),
    });
  }
  return facts;
}

export const falDiscovery: ProviderDiscovery = {
  where: falPlatformUrl,
  describe,
  checkJob: falFactsCheck,
  fallbackCheck: falFallbackProblems,
};

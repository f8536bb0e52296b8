/**
 * A loopback server answering as fal's Platform API reference says (fal.ai/docs/platform-apis/v1):
 * `GET /v1/models?endpoint_id=..&expand=openapi-3.0` -> `{models: [{endpoint_id, metadata, openapi}]}`
 * and `GET /v1/models/pricing?endpoint_id=..` -> `{prices: [{endpoint_id, unit_price, unit, currency}]}`,
 * `Authorization: Key <key>` required. The schemas it serves are the transcription of fal's
 * published schemas (src/providers/fal/published/input-schemas.json); each test sets the prices,
 * statuses and failures it needs. An ajv validator per endpoint checks bodies independently of
 * video-batch's own schema code.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Ajv, type ValidateFunction } from 'ajv';
import published from '../src/providers/fal/published/input-schemas.json' with { type: 'json' };

type OpenApi = { components: { schemas: Record<string, unknown> } };
const ENDPOINTS = (published as unknown as { endpoints: Record<string, { openapi: OpenApi }> }).endpoints;

export interface PlatformRequest {
  readonly path: string;
  readonly ids: readonly string[];
  readonly expand: readonly string[];
  readonly authorization: string | undefined;
}

export interface FalPlatformOptions {
  /** The key it accepts. @default 'fal-test-key' */
  readonly key?: string;
  /** Prices by endpoint id; endpoints absent have none. @default {} */
  readonly prices?: Readonly<Record<string, { unit_price: number; unit: string; currency?: string }>>;
  /** `metadata.status` by endpoint id. @default 'active' */
  readonly statuses?: Readonly<Record<string, string>>;
  /** An HTTP status every Models (or Pricing) request answers instead. */
  readonly modelsStatus?: number;
  readonly pricingStatus?: number;
}

export interface FalPlatform {
  /** The `FAL_PLATFORM_URL` to set: `http://127.0.0.1:PORT/v1`. */
  readonly url: string;
  readonly requests: PlatformRequest[];
  close(): Promise<void>;
}

export async function startFalPlatform(options: FalPlatformOptions = {}): Promise<FalPlatform> {
  const requests: PlatformRequest[] = [];
  const key = options.key ?? 'fal-test-key';
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x');
    const ids = url.searchParams.getAll('endpoint_id').flatMap((value) => value.split(','));
    const expand = url.searchParams.getAll('expand');
    requests.push({ path: url.pathname, ids, expand, authorization: req.headers.authorization });
    const send = (status: number, body: unknown): void => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.headers.authorization !== `Key ${key}`) return send(401, { detail: 'Invalid API key' });
    if (url.pathname === '/v1/models') {
      if (options.modelsStatus) return send(options.modelsStatus, { detail: 'unavailable' });
      const models = ids.filter((id) => ENDPOINTS[id]).map((id) => ({
        endpoint_id: id,
        metadata: { display_name: id, category: 'text-to-video', status: options.statuses?.[id] ?? 'active' },
        ...(expand.includes('openapi-3.0') ? { openapi: ENDPOINTS[id]!.openapi } : {}),
      }));
      return send(200, { models, next_cursor: null, has_more: false });
    }
    if (url.pathname === '/v1/models/pricing') {
      if (options.pricingStatus) return send(options.pricingStatus, { detail: 'unavailable' });
      const prices = ids.flatMap((id) => {
        const price = options.prices?.[id];
        return price ? [{ endpoint_id: id, unit_price: price.unit_price, unit: price.unit, currency: price.currency ?? 'USD' }] : [];
      });
      return send(200, { prices, next_cursor: null, has_more: false });
    }
    return send(404, { detail: 'Not Found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return { url: `http://127.0.0.1:${port}/v1`, requests, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** An ajv validator of the endpoint's published input schema (the one whose name ends in `Input`). */
export function publishedValidator(endpoint: string): ValidateFunction {
  const schemas = ENDPOINTS[endpoint]?.openapi.components.schemas;
  const name = Object.keys(schemas ?? {}).find((key) => key.endsWith('Input'));
  if (!schemas || !name) throw new Error(`no published schema for ${endpoint}`);
  // strict off: fal's documents carry keywords of their own (x-fal-*, title, description).
  return new Ajv({ strict: false, allErrors: true }).compile(schemas[name] as object);
}

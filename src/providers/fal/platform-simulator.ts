/**
 * fal's Platform API in the simulator (see discovery.ts for the shapes): the Models API answers
 * the endpoints of published.ts (with their OpenAPI documents when `expand=openapi-3.0`), the
 * Pricing API their prices where fal's page gave one. Both take `endpoint_id` repeated or
 * comma-separated, 1 to 50 ids, as fal's reference says.
 */
import { jsonReply, type Reply } from '../../simulator/http.js';
import type { RouteContext, RouteDefinition } from '../../simulator/world.js';
import { FAL_PUBLISHED } from './published.js';

/** Where the simulator serves fal's Platform API: `FAL_PLATFORM_URL=http://127.0.0.1:PORT/fal-platform/v1`. */
export const FAL_PLATFORM_SIMULATOR_PATH = '/fal-platform/v1';

function endpointIds(query: URLSearchParams): string[] {
  return query.getAll('endpoint_id').flatMap((value) => value.split(',')).map((id) => id.trim()).filter((id) => id !== '');
}

function idsProblem(ids: readonly string[]): Reply | undefined {
  if (ids.length === 0 || ids.length > 50) return jsonReply(422, { detail: [{ loc: ['query', 'endpoint_id'], msg: 'Give 1 to 50 endpoint ids', type: 'value_error' }] });
  return undefined;
}

/** The endpoints the Platform API knows: those transcribed (the queue serves them whatever its catalog allows). */
function served(id: string): boolean {
  return Object.hasOwn(FAL_PUBLISHED, id);
}

function models(context: RouteContext): Reply {
  const ids = endpointIds(context.query);
  const refused = idsProblem(ids);
  if (refused) return refused;
  const expand = context.query.getAll('expand').flatMap((value) => value.split(','));
  const found = ids.filter((id) => served(id)).map((id) => ({
    endpoint_id: id,
    metadata: { display_name: id, category: 'text-to-video', status: 'active' },
    ...(expand.includes('openapi-3.0') ? { openapi: FAL_PUBLISHED[id]!.openapi } : {}),
  }));
  return jsonReply(200, { models: found, next_cursor: null, has_more: false });
}

function pricing(context: RouteContext): Reply {
  const ids = endpointIds(context.query);
  const refused = idsProblem(ids);
  if (refused) return refused;
  const prices = ids.flatMap((id) => {
    const price = served(id) ? FAL_PUBLISHED[id]!.price : undefined;
    return price ? [{ endpoint_id: id, unit_price: price.unit_price, unit: price.unit, currency: price.currency }] : [];
  });
  return jsonReply(200, { prices, next_cursor: null, has_more: false });
}

export function falPlatformRoutes(): RouteDefinition[] {
  return [
    { name: 'discovery', method: 'GET', pattern: `${FAL_PLATFORM_SIMULATOR_PATH}/models/pricing`, handle: (context) => pricing(context) },
    { name: 'discovery', method: 'GET', pattern: `${FAL_PLATFORM_SIMULATOR_PATH}/models`, handle: (context) => models(context) },
  ];
}

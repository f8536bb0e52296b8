import { type JsonSchema } from '../discovery/facts.js';
import type { Env, ProviderDiscovery } from '../module.js';
/** fal's Platform API, where discovery asks when `FAL_PLATFORM_URL` is unset. */
export declare const FAL_PLATFORM_DEFAULT_URL = "https://api.fal.ai/v1";
/** The most ids fal's Models and Pricing APIs take in one request. */
export declare const FAL_IDS_PER_REQUEST = 50;
/**
 * Where fal discovery asks: `FAL_PLATFORM_URL`, else fal's own Platform API when the queue is
 * fal's own; a proxy's or test server's queue with no `FAL_PLATFORM_URL` is not asked about (its
 * key may not be fal's).
 */
export declare function falPlatformUrl(context: {
    readonly baseUrl: string;
    readonly env: Env;
}): string | undefined;
/**
 * The input schema of an endpoint's OpenAPI document, every `$ref` inlined: the schema the POST
 * body references, else the components schema whose name ends in `Input`.
 */
export declare function falInputSchema(openapi: unknown): JsonSchema | undefined;
export declare const falDiscovery: ProviderDiscovery;

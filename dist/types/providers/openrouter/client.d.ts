import { type HttpClient } from '../fetch-json.js';
import type { ProviderClientOptions } from '../module.js';
import { type Provider } from '../types.js';
import { type OpenRouterModel } from './capabilities.js';
export declare const OPENROUTER_DEFAULT_BASE_URL = "https://openrouter.ai/api/v1";
/** The models list of `base`, each model by id. @throws ProviderError as requestJson does, or `server` for an answer without `data` */
export declare function fetchVideoModels(client: HttpClient, base: string, headers: Readonly<Record<string, string>>, signal: AbortSignal): Promise<Map<string, OpenRouterModel>>;
/** The HTTP client every OpenRouter request of one endpoint goes through. */
export declare function openRouterHttp(options: Pick<ProviderClientOptions, 'baseUrl' | 'fetch' | 'requestTimeoutMs'>): HttpClient;
/**
 * The OpenRouter provider of one endpoint. No findSubmitted: the reference has no list of video
 * jobs (only `GET /videos/{id}`, which needs the id a lost answer carried), so the runner fails an
 * ambiguous submit as `submit_uncertain` rather than pay twice.
 */
export declare function createOpenRouterProvider(options: ProviderClientOptions): Provider;

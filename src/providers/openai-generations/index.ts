/**
 * `openai-generations`: gateways' older synchronous shape, `POST /videos/generations` answering
 * `{data: [{url}]}` once the video exists. No public default: the gateway's base URL is required.
 * See PROVIDER.md.
 */
import type { ProviderModule } from '../module.js';
import { requireKey } from '../module-support.js';
import { createGenerationsProvider, GENERATIONS_PARAMS } from './client.js';
import { generationsRoutes } from './simulator.js';

export const openaiGenerationsModule: ProviderModule<'openai-generations'> = {
  name: 'openai-generations',
  label: "gateways' older `/videos/generations`",
  env: { keyEnv: 'OPENAI_API_KEY', baseUrlEnv: 'OPENAI_BASE_URL', takesBaseUrlFlag: true, baseUrlExample: 'https://api.agentsflare.com/v1' },
  // The shape sends only {model, prompt, duration}: no remix, no image, no size.
  traits: { defaultModel: 'seedance-1-0-pro-250528', remix: false, imageInput: false, sizes: [] },
  params: GENERATIONS_PARAMS,
  // No preflight: the shape can only create, then fetch the URL it was given.
  create: (options) =>
    createGenerationsProvider({ apiKey: requireKey('openai-generations', options), baseUrl: options.baseUrl, fetch: options.fetch, requestTimeoutMs: options.requestTimeoutMs }),
  simulator: { basePath: '/v1', routes: generationsRoutes },
};

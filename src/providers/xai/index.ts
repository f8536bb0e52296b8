/**
 * `xai`: xAI's Grok Imagine video, `POST /videos/generations` answering a request id that is
 * polled at `GET /videos/{request_id}`. See PROVIDER.md.
 */
import type { ProviderModule } from '../module.js';
import { requireKey } from '../module-support.js';
import { createXaiProvider, XAI_DEFAULT_BASE_URL } from './client.js';
import { xaiRoutes } from './simulator.js';
import { XAI_PARAMS, XAI_SIZES } from './wire.js';

export const xaiModule: ProviderModule<'xai'> = {
  name: 'xai',
  label: 'xAI API, Grok Imagine video',
  env: { keyEnv: 'XAI_API_KEY', baseUrlEnv: 'XAI_BASE_URL', defaultBaseUrl: XAI_DEFAULT_BASE_URL },
  traits: { defaultModel: 'grok-imagine-video', remix: false, imageInput: true, sizes: Object.keys(XAI_SIZES) },
  params: XAI_PARAMS,
  // No preflight: no cheap video read was found in xAI's reference (a GET of an unknown id is not one).
  create: (options) => createXaiProvider({ apiKey: requireKey('xai', options), baseUrl: options.baseUrl, fetch: options.fetch, requestTimeoutMs: options.requestTimeoutMs }),
  simulator: { basePath: '/xai/v1', routes: xaiRoutes },
};

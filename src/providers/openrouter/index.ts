/**
 * `openrouter`: OpenRouter's video generation API, one key for Veo 3.1, Seedance, Wan, Kling,
 * Hailuo and others, with each model's capabilities and prices served by `GET /videos/models`.
 * Everything video-batch knows about OpenRouter lives in this folder. See PROVIDER.md.
 */
import { joinUrl } from '../fetch-json.js';
import type { ProviderModule } from '../module.js';
import { requireKey } from '../module-support.js';
import { probeRead } from '../preflight.js';
import { createOpenRouterProvider, OPENROUTER_DEFAULT_BASE_URL } from './client.js';
import { openRouterDiscovery } from './discovery.js';
import { OPENROUTER_IMAGE_SLOTS, OPENROUTER_PARAMS, openRouterFormProblems } from './input.js';
import { OPENROUTER_SIMULATOR_BASE_PATH, openRouterRoutes } from './simulator.js';

export const openRouterModule: ProviderModule<'openrouter'> = {
  name: 'openrouter',
  label: 'OpenRouter video generation API',
  env: { keyEnv: 'OPENROUTER_API_KEY', baseUrlEnv: 'OPENROUTER_BASE_URL', defaultBaseUrl: OPENROUTER_DEFAULT_BASE_URL },
  traits: { defaultModel: 'google/veo-3.1-fast', remix: false, imageInput: true, audio: true },
  imageSlots: () => OPENROUTER_IMAGE_SLOTS,
  create(options) {
    const provider = createOpenRouterProvider(options);
    // The reference's cheapest authenticated read: the key's own record.
    const probe = { url: joinUrl(options.baseUrl, '/key'), headers: { authorization: `Bearer ${requireKey('openrouter', options)}` }, label: 'OpenRouter' };
    return { ...provider, preflight: probeRead(probe, options.fetch) };
  },
  params: OPENROUTER_PARAMS,
  checkJob: openRouterFormProblems,
  discovery: openRouterDiscovery,
  simulator: { basePath: OPENROUTER_SIMULATOR_BASE_PATH, routes: openRouterRoutes },
};

/**
 * `gemini`: Gemini Omni video through the Gemini API's Interactions API (background interactions,
 * polled by id), or a gateway forwarding it. See PROVIDER.md.
 */
import { joinUrl } from '../fetch-json.js';
import type { ProviderModule } from '../module.js';
import { requireKey } from '../module-support.js';
import { probeRead } from '../preflight.js';
import { veoAuthFor, veoBaseUrl } from '../veo/client.js';
import { createGeminiProvider, GEMINI_DEFAULT_BASE_URL } from './client.js';
import { geminiRoutes } from './simulator.js';
import { GEMINI_IMAGE_SLOTS, GEMINI_PARAMS, GEMINI_SIZES } from './wire.js';

export const geminiModule: ProviderModule<'gemini'> = {
  name: 'gemini',
  label: 'Google Gemini API, Interactions API (Gemini Omni)',
  // The same key and base URL as `veo`: both are the Gemini API.
  env: {
    keyEnv: 'GEMINI_API_KEY',
    keyEnvFallbacks: ['GOOGLE_API_KEY'],
    baseUrlEnv: 'GEMINI_BASE_URL',
    defaultBaseUrl: GEMINI_DEFAULT_BASE_URL,
    keySentAs: '`x-goog-api-key` to `*.googleapis.com`, `Authorization: Bearer` to any other host',
  },
  traits: { defaultModel: 'gemini-omni-1.2-flash', remix: false, imageInput: true, sizes: Object.keys(GEMINI_SIZES) },
  imageSlots: () => GEMINI_IMAGE_SLOTS,
  params: GEMINI_PARAMS,
  create(options) {
    const apiKey = requireKey('gemini', options);
    const provider = createGeminiProvider({ apiKey, baseUrl: options.baseUrl, fetch: options.fetch, requestTimeoutMs: options.requestTimeoutMs });
    const base = veoBaseUrl(options.baseUrl);
    const headers: Record<string, string> = veoAuthFor(base) === 'x-goog-api-key' ? { 'x-goog-api-key': apiKey } : { authorization: `Bearer ${apiKey}` };
    return { ...provider, preflight: probeRead({ url: joinUrl(base, '/models?pageSize=1'), headers, label: 'the Gemini API' }, options.fetch) };
  },
  // Its own path on the simulator: Veo's routes already answer `/v1beta/files/...` there.
  simulator: { basePath: '/gemini/v1beta', routes: geminiRoutes },
};

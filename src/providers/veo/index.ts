/**
 * `veo`: Google Veo through the Gemini API's `predictLongRunning` shape (or a gateway forwarding
 * it). See PROVIDER.md.
 */
import { joinUrl } from '../fetch-json.js';
import type { ProviderModule } from '../module.js';
import { requireKey } from '../module-support.js';
import { probeRead } from '../preflight.js';
import { createVeoProvider, VEO_DEFAULT_BASE_URL, VEO_PARAMS, VEO_SIZES, veoAuthFor, veoBaseUrl, veoImageSlots } from './client.js';
import { veoRoutes } from './simulator.js';

export const veoModule: ProviderModule<'veo'> = {
  name: 'veo',
  label: 'Google Gemini API, Veo models',
  env: {
    keyEnv: 'GEMINI_API_KEY',
    keyEnvFallbacks: ['GOOGLE_API_KEY'],
    baseUrlEnv: 'GEMINI_BASE_URL',
    defaultBaseUrl: VEO_DEFAULT_BASE_URL,
    keySentAs: '`x-goog-api-key` to `*.googleapis.com`, `Authorization: Bearer` to any other host',
  },
  // The Gemini API's Veo previews are reported gone: the default is Vertex AI's GA id, which a
  // gateway in the Gemini shape forwards (Google's own Gemini API answers 404 for it).
  traits: { defaultModel: 'veo-3.1-fast-generate-001', remix: false, imageInput: true, sizes: Object.keys(VEO_SIZES) },
  params: VEO_PARAMS,
  imageSlots: veoImageSlots,
  create(options) {
    const apiKey = requireKey('veo', options);
    const provider = createVeoProvider({ apiKey, baseUrl: options.baseUrl, fetch: options.fetch, requestTimeoutMs: options.requestTimeoutMs });
    const base = veoBaseUrl(options.baseUrl);
    const headers: Record<string, string> = veoAuthFor(base) === 'x-goog-api-key' ? { 'x-goog-api-key': apiKey } : { authorization: `Bearer ${apiKey}` };
    return { ...provider, preflight: probeRead({ url: joinUrl(base, '/models?pageSize=1'), headers, label: 'the Gemini API' }, options.fetch) };
  },
  simulator: { basePath: '/v1beta', routes: veoRoutes },
};

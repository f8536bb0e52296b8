/**
 * The `fal` provider: fal.ai's queue API, which serves most live video models (Veo 3.1, Kling,
 * Seedance, Wan, ...) behind one shape. Everything video-batch knows about fal lives in this folder.
 */
import type { ProviderModule } from '../module.js';
import { requireKey } from '../module-support.js';
import { falCheckJob } from './check.js';
import { createFalProvider, FAL_DEFAULT_BASE_URL } from './client.js';
import { FAL_SIMULATOR_BASE_PATH, falRoutes } from './simulator.js';

export { createFalProvider, FAL_DEFAULT_BASE_URL, falModelPath, type FalProviderOptions } from './client.js';
export { falInput, falShape, FAL_INPUT_NAMES } from './input.js';

export const falModule: ProviderModule<'fal'> = {
  name: 'fal',
  label: 'fal.ai queue API',
  env: { keyEnv: 'FAL_KEY', baseUrlEnv: 'FAL_BASE_URL', defaultBaseUrl: FAL_DEFAULT_BASE_URL, keySentAs: '`Authorization: Key`' },
  traits: { defaultModel: 'fal-ai/veo3.1/fast', remix: false, imageInput: true },
  // No preflight: the queue has no cheap authenticated read (PROVIDER.md says why).
  create: (options) => createFalProvider({ apiKey: requireKey('fal', options), baseUrl: options.baseUrl, fetch: options.fetch, requestTimeoutMs: options.requestTimeoutMs }),
  checkJob: falCheckJob,
  simulator: { basePath: FAL_SIMULATOR_BASE_PATH, routes: falRoutes },
};

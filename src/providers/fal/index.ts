/**
 * The `fal` provider: fal.ai's queue API, which serves most live video models (Veo 3.1, Kling,
 * Seedance, Wan, ...) behind one shape. Everything video-batch knows about fal lives in this folder.
 */
import type { ProviderModule } from '../module.js';
import { requireKey } from '../module-support.js';
import { falCheckJob } from './check.js';
import { createFalProvider, FAL_DEFAULT_BASE_URL } from './client.js';
import { falDiscovery } from './discovery.js';
import { FAL_PLATFORM_SIMULATOR_PATH } from './platform-simulator.js';
import { FAL_SIMULATOR_BASE_PATH, falRoutes } from './simulator.js';

export { createFalProvider, FAL_DEFAULT_BASE_URL, falModelPath, type FalProviderOptions } from './client.js';
export { falInput, falShape, FAL_INPUT_NAMES } from './input.js';
import { falImageSlots } from './input.js';
export { falDiscovery, falPlatformUrl, FAL_PLATFORM_DEFAULT_URL } from './discovery.js';

export const falModule: ProviderModule<'fal'> = {
  name: 'fal',
  label: 'fal.ai queue API',
  env: { keyEnv: 'FAL_KEY', baseUrlEnv: 'FAL_BASE_URL', defaultBaseUrl: FAL_DEFAULT_BASE_URL, keySentAs: '`Authorization: Key`' },
  traits: { defaultModel: 'fal-ai/veo3.1/fast', remix: false, imageInput: true, audio: true },
  // No preflight on the queue (it has no cheap authenticated read): discovery's Models API request is the key check.
  create: (options) =>
    createFalProvider({ apiKey: requireKey('fal', options), baseUrl: options.baseUrl, fetch: options.fetch, requestTimeoutMs: options.requestTimeoutMs, ...(options.facts ? { facts: options.facts } : {}) }),
  // Names video-batch may fill; an endpoint's schema can name others (its image field), which the schema check refuses in params too.
  params: {
    into: 'the `input` JSON',
    reserved: { prompt: 'prompt', duration: 'seconds', aspect_ratio: 'size', resolution: 'size', image_url: 'first_frame', first_frame_url: 'first_frame', last_frame_url: 'last_frame', tail_image_url: 'last_frame', image_urls: 'reference_images', generate_audio: 'audio' },
  },
  checkJob: falCheckJob,
  imageSlots: falImageSlots,
  discovery: falDiscovery,
  simulator: { basePath: FAL_SIMULATOR_BASE_PATH, routes: falRoutes, env: (origin) => ({ FAL_PLATFORM_URL: `${origin}${FAL_PLATFORM_SIMULATOR_PATH}` }) },
};

/**
 * The `fal` provider: fal.ai's queue API, which serves most live video models (Veo 3.1, Kling,
 * Seedance, Wan, ...) behind one shape. Everything video-batch knows about fal lives in this folder.
 */
import type { ProviderModule } from '../module.js';
export { createFalProvider, FAL_DEFAULT_BASE_URL, falModelPath, type FalProviderOptions } from './client.js';
export { falInput, falShape, FAL_INPUT_NAMES } from './input.js';
export { falDiscovery, falPlatformUrl, FAL_PLATFORM_DEFAULT_URL } from './discovery.js';
export declare const falModule: ProviderModule<'fal'>;

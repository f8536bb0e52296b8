/**
 * The `fal` provider: fal.ai's queue API, which serves most live video models (Veo 3.1, Kling,
 * Seedance, Wan, ...) behind one shape. Everything video-batch knows about fal lives in this folder.
 */
import type { JobSpec } from '../../types.js';
import type { JobProblem, ProviderModule } from '../module.js';
import { createFalProvider, FAL_DEFAULT_BASE_URL } from './client.js';
import { FAL_SIMULATOR_BASE_PATH, falRoutes } from './simulator.js';

export { createFalProvider, FAL_DEFAULT_BASE_URL, falModelPath, type FalProviderOptions } from './client.js';
export { falInput, falShape, FAL_INPUT_NAMES } from './input.js';

/** An endpoint id: `owner/app` plus an optional path, each segment URL-safe (`fal-ai/veo3.1/fast`). */
const ENDPOINT_ID = /^[A-Za-z0-9][A-Za-z0-9._-]*(\/[A-Za-z0-9][A-Za-z0-9._-]*){1,5}$/;

function checkJob(job: JobSpec): readonly JobProblem[] {
  if (ENDPOINT_ID.test(job.model)) return [];
  return [{ field: 'model', message: `"${job.model}" is not a fal endpoint id; name one as owner/app[/path], e.g. fal-ai/veo3.1/fast (see fal.ai/models)` }];
}

export const falModule: ProviderModule<'fal'> = {
  name: 'fal',
  label: 'fal.ai queue API',
  env: { keyEnv: 'FAL_KEY', baseUrlEnv: 'FAL_BASE_URL', defaultBaseUrl: FAL_DEFAULT_BASE_URL },
  traits: { defaultModel: 'fal-ai/veo3.1/fast', remix: false, imageInput: true },
  create: (options) => createFalProvider({ apiKey: options.apiKey ?? '', baseUrl: options.baseUrl, fetch: options.fetch, requestTimeoutMs: options.requestTimeoutMs }),
  checkJob,
  simulator: { basePath: FAL_SIMULATOR_BASE_PATH, routes: falRoutes },
};

/**
 * The `replicate` provider: Replicate's predictions API (official models by `owner/name`, pinned
 * versions by `owner/name:version`), with `REPLICATE_API_TOKEN` as a Bearer token. See PROVIDER.md.
 */
import type { ProviderModule } from '../module.js';
import { createReplicateProvider, REPLICATE_DEFAULT_BASE_URL } from './client.js';
import { replicateJobProblems } from './input.js';
import { REPLICATE_SIMULATOR_BASE_PATH, replicateRoutes } from './simulator.js';

export const replicateModule: ProviderModule<'replicate'> = {
  name: 'replicate',
  label: 'Replicate API',
  env: { keyEnv: 'REPLICATE_API_TOKEN', baseUrlEnv: 'REPLICATE_BASE_URL', defaultBaseUrl: REPLICATE_DEFAULT_BASE_URL },
  traits: { defaultModel: 'google/veo-3.1-fast', remix: false, imageInput: true },
  create: createReplicateProvider,
  checkJob: replicateJobProblems,
  simulator: { basePath: REPLICATE_SIMULATOR_BASE_PATH, routes: replicateRoutes },
};

/**
 * `replicate`: Replicate's predictions API (official models by `owner/name`, pinned versions by
 * `owner/name:version`), with `REPLICATE_API_TOKEN` as a Bearer token. See PROVIDER.md.
 */
import { joinUrl } from '../fetch-json.js';
import type { ProviderModule } from '../module.js';
import { requireKey } from '../module-support.js';
import { probeRead } from '../preflight.js';
import { createReplicateProvider, REPLICATE_DEFAULT_BASE_URL } from './client.js';
import { replicateDiscovery } from './discovery.js';
import { REPLICATE_PARAMS, replicateJobProblems } from './input.js';
import { REPLICATE_SIMULATOR_BASE_PATH, replicateRoutes } from './simulator.js';

export const replicateModule: ProviderModule<'replicate'> = {
  name: 'replicate',
  label: 'Replicate predictions API',
  env: { keyEnv: 'REPLICATE_API_TOKEN', baseUrlEnv: 'REPLICATE_BASE_URL', defaultBaseUrl: REPLICATE_DEFAULT_BASE_URL },
  traits: { defaultModel: 'google/veo-3.1-fast', remix: false, imageInput: true, audio: true },
  create(options) {
    const provider = createReplicateProvider(options);
    // The reference's cheapest authenticated read: the account the token belongs to.
    const probe = { url: joinUrl(options.baseUrl, '/account'), headers: { authorization: `Bearer ${requireKey('replicate', options)}` }, label: 'Replicate' };
    return { ...provider, preflight: probeRead(probe, options.fetch) };
  },
  params: REPLICATE_PARAMS,
  checkJob: replicateJobProblems,
  discovery: replicateDiscovery,
  simulator: { basePath: REPLICATE_SIMULATOR_BASE_PATH, routes: replicateRoutes },
};

/**
 * `seedance`: ByteDance Seedance through BytePlus ModelArk's content-generation tasks (or
 * Volcengine Ark, or a gateway with the same shape). See PROVIDER.md.
 */
import { joinUrl } from '../fetch-json.js';
import type { JobProblem, ProviderModule } from '../module.js';
import { requireKey } from '../module-support.js';
import { probeRead } from '../preflight.js';
import type { JobSpec } from '../../types.js';
import { createSeedanceProvider, SEEDANCE_DEFAULT_BASE_URL, SEEDANCE_PARAMS, SEEDANCE_SIZES, seedanceHasAudio, seedanceImageSlots } from './client.js';
import { seedanceRoutes } from './simulator.js';

export const seedanceModule: ProviderModule<'seedance'> = {
  name: 'seedance',
  label: 'BytePlus ModelArk content generation tasks',
  env: { keyEnv: 'ARK_API_KEY', baseUrlEnv: 'ARK_BASE_URL', defaultBaseUrl: SEEDANCE_DEFAULT_BASE_URL },
  traits: { defaultModel: 'seedance-1-0-pro-250528', remix: false, imageInput: true, sizes: Object.keys(SEEDANCE_SIZES), audio: true },
  imageSlots: seedanceImageSlots,
  params: SEEDANCE_PARAMS,
  checkJob(job: JobSpec): readonly JobProblem[] {
    if (job.audio === undefined || seedanceHasAudio(job.model)) return [];
    return [{ field: 'audio', message: `${job.model} makes silent video and has no audio switch; drop audio, or use seedance-1-5-pro-251215 or later` }];
  },
  create(options) {
    const apiKey = requireKey('seedance', options);
    const provider = createSeedanceProvider({ apiKey, baseUrl: options.baseUrl, fetch: options.fetch, requestTimeoutMs: options.requestTimeoutMs });
    const probe = { url: joinUrl(options.baseUrl, '/contents/generations/tasks?page_num=1&page_size=1'), headers: { authorization: `Bearer ${apiKey}` }, label: 'ModelArk' };
    return { ...provider, preflight: probeRead(probe, options.fetch) };
  },
  simulator: { basePath: '/api/v3', routes: seedanceRoutes },
};

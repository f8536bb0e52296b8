/**
 * The `vertex` provider: Veo on Vertex AI with Google Cloud credentials (Application Default
 * Credentials through google-auth-library). Everything video-batch knows about it is in this
 * folder; PROVIDER.md is its section of docs/providers.md.
 */
import { existsSync } from 'node:fs';
import { ConfigError } from '../../errors.js';
import type { JobSpec } from '../../types.js';
import type { Env, JobProblem, ProviderModule } from '../module.js';
import { veoImageSlots } from '../veo/client.js';
import { createVertexProvider, DEFAULT_LOCATION, GOOGLE_HOSTS } from './client.js';
import { VERTEX_SIM_ACCESS_TOKEN, VERTEX_SIM_BASE_PATH, VERTEX_SIM_STORAGE_PATH, vertexRoutes } from './simulator.js';
import { vertexDefaultBaseUrl, vertexParamsProblem, VERTEX_PARAMS, VERTEX_SIZES } from './wire.js';

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

export const vertexModule: ProviderModule<'vertex'> = {
  name: 'vertex',
  label: 'Vertex AI (Veo)',
  env: {
    baseUrlEnv: 'VERTEX_BASE_URL',
    keySentAs: '`Authorization: Bearer` with an OAuth 2 access token from Application Default Credentials (google-auth-library)',
    defaultBaseUrl: (env: Env) => vertexDefaultBaseUrl(nonEmpty(env.GOOGLE_CLOUD_LOCATION) ?? DEFAULT_LOCATION),
    // Every region's endpoint and Cloud Storage: where a Google Cloud token may go unasked.
    ownHosts: GOOGLE_HOSTS,
  },
  traits: { defaultModel: 'veo-3.1-fast-generate-001', remix: false, imageInput: true, sizes: Object.keys(VERTEX_SIZES), audio: true },
  imageSlots: veoImageSlots,

  create(options) {
    const file = nonEmpty(options.env.GOOGLE_APPLICATION_CREDENTIALS);
    // Checked now, before any request: the commonest mistake is a path that moved.
    if (!options.simulated && file !== undefined && !existsSync(file)) {
      throw new ConfigError(`GOOGLE_APPLICATION_CREDENTIALS names ${file}, which does not exist; point it at your service-account or workload-identity JSON file; nothing was sent`);
    }
    // The simulator takes any token and any project; its Cloud Storage lives beside its Vertex AI.
    const env = options.simulated
      ? { ...options.env, GOOGLE_CLOUD_PROJECT: nonEmpty(options.env.GOOGLE_CLOUD_PROJECT) ?? 'simulated-project', VERTEX_STORAGE_BASE_URL: `${new URL(options.baseUrl).origin}${VERTEX_SIM_STORAGE_PATH}` }
      : options.env;
    const accessToken = options.apiKey ?? (options.simulated ? VERTEX_SIM_ACCESS_TOKEN : undefined);
    return createVertexProvider({
      baseUrl: options.baseUrl,
      env,
      ...(accessToken === undefined ? {} : { accessToken }),
      ...(options.trustedOrigins === undefined ? {} : { tokenOrigins: options.trustedOrigins }),
      ...(options.fetch === undefined ? {} : { fetch: options.fetch }),
      ...(options.requestTimeoutMs === undefined ? {} : { requestTimeoutMs: options.requestTimeoutMs }),
    });
  },

  params: VERTEX_PARAMS,

  checkJob(job: JobSpec): readonly JobProblem[] {
    const problem = vertexParamsProblem(job.params);
    return problem === undefined ? [] : [{ field: 'params', message: problem }];
  },

  simulator: {
    basePath: VERTEX_SIM_BASE_PATH,
    routes: (world) => vertexRoutes(world),
  },
};

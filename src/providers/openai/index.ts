/**
 * `openai`: the OpenAI Videos API shape (`POST /videos`, `GET /videos/{id}`, `/content`, remix),
 * through the `openai` SDK. OpenAI shut its own down on 2026-09-24; gateways serve the same shape
 * for many vendors' models. See PROVIDER.md.
 */
import { joinUrl } from '../fetch-json.js';
import type { ProviderModule } from '../module.js';
import { probeRead } from '../preflight.js';
import { requireKey } from '../module-support.js';
import { createOpenAIProvider, OPENAI_PARAMS } from './client.js';
import { openAiEditRoutes } from './simulator-edits.js';
import { openAiVideoRoutes } from './simulator.js';

export const openaiModule: ProviderModule<'openai'> = {
  name: 'openai',
  label: 'OpenAI Videos API',
  // No default: OpenAI's own URL answers no video request since its shutdown, so a job without a
  // gateway's base URL is refused before anything is sent (a key sent there would buy nothing).
  env: {
    keyEnv: 'OPENAI_API_KEY',
    baseUrlEnv: 'OPENAI_BASE_URL',
    takesBaseUrlFlag: true,
    withoutBaseUrl: "OpenAI's Videos API was shut down on 2026-09-24",
  },
  // OpenAI has no video model since 2026-09-24: the default is a Seedance id gateways of this shape resell.
  traits: { defaultModel: 'seedance-1-0-pro-250528', remix: true, imageInput: true },
  params: OPENAI_PARAMS,
  create(options) {
    const apiKey = requireKey('openai', options);
    const provider = createOpenAIProvider({ apiKey, baseUrl: options.baseUrl, fetch: options.fetch, requestTimeoutMs: options.requestTimeoutMs });
    const probe = { url: joinUrl(options.baseUrl, '/videos?limit=1'), headers: { authorization: `Bearer ${apiKey}` }, label: 'the Videos API' };
    return { ...provider, preflight: probeRead(probe, options.fetch) };
  },
  simulator: {
    basePath: '/v1',
    // Edits first: `/videos/characters/:id` must not be taken for a video id.
    routes: (world) => [...openAiEditRoutes(world), ...openAiVideoRoutes(world)],
  },
};

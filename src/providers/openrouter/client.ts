/**
 * OpenRouter's video generation API over HTTP: `POST {base}/videos` submits a job,
 * `GET {base}/videos/{id}` is polled until `completed`, `failed`, `cancelled` or `expired`, and the
 * video is fetched from the signed `urls[0]` (no key sent) or else from
 * `GET {base}/videos/{id}/content?index=0` (with the key). `GET {base}/videos/models` gives each
 * model's capabilities, read once per client to shape the body. See PROVIDER.md.
 */
import type { JobSpec, RemoteStatus } from '../../types.js';
import { checkedDownloadUrl, joinUrl, openDownload, requestJson, type HttpClient } from '../fetch-json.js';
import { dataUrl, readJobImages } from '../job-images.js';
import { hopRulesFor } from '../hop-rules.js';
import type { ProviderClientOptions } from '../module.js';
import { requireKey } from '../module-support.js';
import { ProviderError, type DownloadBody, type Provider, type SubmitResult } from '../types.js';
import { modelFromFacts, parseVideoModels, type OpenRouterModel } from './capabilities.js';
import { openRouterBody, openRouterCapabilityProblems, openRouterFormProblems } from './input.js';
import { openRouterErrorFields, openRouterJob, submittedId } from './wire.js';

export const OPENROUTER_DEFAULT_BASE_URL = 'https://openrouter.ai/api/v1';

/** The models list of `base`, each model by id. @throws ProviderError as requestJson does, or `server` for an answer without `data` */
export async function fetchVideoModels(client: HttpClient, base: string, headers: Readonly<Record<string, string>>, signal: AbortSignal): Promise<Map<string, OpenRouterModel>> {
  const answer = await requestJson(client, { method: 'GET', url: joinUrl(base, '/videos/models'), headers, signal });
  const models = parseVideoModels(answer.body);
  if (!models) throw new ProviderError('server', 'OpenRouter answered the video models list without a data array');
  return new Map(models.map((model) => [model.id, model]));
}

/** The HTTP client every OpenRouter request of one endpoint goes through. */
export function openRouterHttp(options: Pick<ProviderClientOptions, 'baseUrl' | 'fetch' | 'requestTimeoutMs'>): HttpClient {
  return {
    fetch: options.fetch ?? globalThis.fetch,
    rules: hopRulesFor(options.baseUrl.replace(/\/+$/, '')),
    timeoutMs: options.requestTimeoutMs ?? 60_000,
    label: 'OpenRouter',
    errorFields: openRouterErrorFields,
  };
}

/**
 * The OpenRouter provider of one endpoint. No findSubmitted: the reference has no list of video
 * jobs (only `GET /videos/{id}`, which needs the id a lost answer carried), so the runner fails an
 * ambiguous submit as `submit_uncertain` rather than pay twice.
 */
export function createOpenRouterProvider(options: ProviderClientOptions): Provider {
  const base = options.baseUrl.replace(/\/+$/, '');
  const keyHeader: Readonly<Record<string, string>> = { authorization: `Bearer ${requireKey('openrouter', options)}` };
  const client = openRouterHttp(options);
  // Discovery's answer for the model; without one (offline, unreachable) the size goes as written.
  const capabilities = (model: string): OpenRouterModel | undefined => modelFromFacts(options.facts?.('openrouter', model));

  return {
    name: 'openrouter',

    async submit(job: JobSpec, remixOfVideoId: string | undefined, signal: AbortSignal, sending?: () => void): Promise<SubmitResult> {
      if (remixOfVideoId !== undefined) throw new ProviderError('client', 'OpenRouter cannot remix a video');
      const model = capabilities(job.model);
      // The run refused these before starting; this guards direct callers, before anything is sent.
      const [problem] = [...openRouterFormProblems(job), ...(model ? openRouterCapabilityProblems(job, model) : [])];
      if (problem) throw new ProviderError('client', `${problem.field}: ${problem.message}`, { code: 'refused_by_capabilities' });
      const images = await readJobImages(job);
      const body = openRouterBody(job, model, {
        ...(images.first ? { first: dataUrl(images.first) } : {}),
        ...(images.last ? { last: dataUrl(images.last) } : {}),
        references: images.references.map(dataUrl),
      });
      sending?.();
      const answer = await requestJson(client, { method: 'POST', url: joinUrl(base, '/videos'), headers: keyHeader, body, signal });
      return { remoteId: submittedId(answer.body), status: openRouterJob(answer.body).status };
    },

    async status(remoteId: string, signal: AbortSignal): Promise<RemoteStatus> {
      const answer = await requestJson(client, { method: 'GET', url: joinUrl(base, `/videos/${encodeURIComponent(remoteId)}`), headers: keyHeader, signal });
      const job = openRouterJob(answer.body);
      return job.costUsd === undefined ? job.status : { ...job.status, actualCostUsd: job.costUsd };
    },

    async download(remoteId: string, status: RemoteStatus, signal: AbortSignal): Promise<DownloadBody> {
      // urls[0] is signed: it needs no key, and none goes to its host.
      if (status.downloadUrl) return openDownload(client, checkedDownloadUrl(status.downloadUrl, client.rules), {}, signal);
      const content = new URL(joinUrl(base, `/videos/${encodeURIComponent(remoteId)}/content`));
      content.searchParams.set('index', '0');
      return openDownload(client, content, keyHeader, signal);
    },
  };
}

/**
 * Replicate's predictions over HTTP: an official model is run by name
 * (`POST {base}/models/{owner}/{name}/predictions`), a pinned version through
 * `POST {base}/predictions` with `version`; `GET {base}/predictions/{id}` is polled, the URL in
 * `output` downloaded (without the key unless it is the API's own origin), and
 * `GET {base}/predictions` read to find a create whose answer was lost (the module adds the
 * preflight, `GET {base}/account`). Never `Prefer: wait`:
 * a create answers at once, and the runner polls.
 */
import type { JobSpec, RemoteStatus } from '../../types.js';
import { checkedDownloadUrl, joinUrl, openDownload, requestJson, sameOrigin, type HttpClient } from '../fetch-json.js';
import type { JsonSchema } from '../discovery/facts.js';
import { hopRulesFor } from '../hop-rules.js';
import type { ProviderClientOptions } from '../module.js';
import { requireKey } from '../module-support.js';
import { ProviderError, type DownloadBody, type Provider, type RecentVideos, type SubmitResult } from '../types.js';
import { parseModelRef, replicateInput } from './input.js';
import { dataUrl, readJobImages } from '../job-images.js';
import type { ReplicateImages } from './mapping.js';
import { listedPredictions, predictionId, predictionStatus, replicateErrorFields } from './prediction.js';

export const REPLICATE_DEFAULT_BASE_URL = 'https://api.replicate.com/v1';

/** A job's images as data URLs, each checked again before it goes. */
async function imagesOf(job: JobSpec): Promise<ReplicateImages> {
  const images = await readJobImages(job);
  return { ...(images.first ? { first: dataUrl(images.first) } : {}), ...(images.last ? { last: dataUrl(images.last) } : {}), references: images.references.map(dataUrl) };
}

/** The create request of a job: its URL and JSON body (the `input` in the names of the model's schema when given, else of input.ts's table). */
export function createRequest(base: string, job: JobSpec, imageDataUrl?: string | ReplicateImages, schema?: JsonSchema): { readonly url: string; readonly body: Readonly<Record<string, unknown>> } {
  const ref = parseModelRef(job.model);
  // checkJob refuses these before anything is sent; this guards direct callers.
  if (!ref) throw new ProviderError('client', `a Replicate model is "owner/name" or "owner/name:version" (got ${JSON.stringify(job.model)})`);
  const input = replicateInput(job, imageDataUrl, schema);
  // `version` as `owner/name:version`, the form the reference's own example sends.
  if (ref.version !== undefined) return { url: joinUrl(base, '/predictions'), body: { version: job.model, input } };
  const path = `/models/${encodeURIComponent(ref.owner)}/${encodeURIComponent(ref.name)}/predictions`;
  return { url: joinUrl(base, path), body: { input } };
}

/** The Replicate provider of one endpoint. */
export function createReplicateProvider(options: ProviderClientOptions): Provider {
  const base = options.baseUrl.replace(/\/+$/, '');
  const keyHeader: Readonly<Record<string, string>> = { authorization: `Bearer ${requireKey('replicate', options)}` };
  const client: HttpClient = {
    fetch: options.fetch ?? globalThis.fetch,
    rules: hopRulesFor(base),
    timeoutMs: options.requestTimeoutMs ?? 60_000,
    label: 'Replicate',
    errorFields: replicateErrorFields,
  };
  const get = (url: string, signal: AbortSignal) => requestJson(client, { method: 'GET', url, headers: keyHeader, signal });

  return {
    name: 'replicate',

    async submit(job: JobSpec, remixOfVideoId: string | undefined, signal: AbortSignal, sending?: () => void): Promise<SubmitResult> {
      if (remixOfVideoId !== undefined) throw new ProviderError('client', 'Replicate cannot remix a video');
      // The model's published schema (discovery) spells the input; without it, this folder's table does.
      const schema = options.facts?.('replicate', job.model)?.input?.schema;
      const request = createRequest(base, job, await imagesOf(job), schema);
      sending?.();
      const answer = await requestJson(client, { method: 'POST', url: request.url, headers: keyHeader, body: request.body, signal });
      const status = predictionStatus(answer.body);
      return { remoteId: predictionId(answer.body), status };
    },

    async status(remoteId: string, signal: AbortSignal): Promise<RemoteStatus> {
      const answer = await get(joinUrl(base, `/predictions/${encodeURIComponent(remoteId)}`), signal);
      return predictionStatus(answer.body);
    },

    async download(_remoteId: string, status: RemoteStatus, signal: AbortSignal): Promise<DownloadBody> {
      if (!status.downloadUrl) throw new ProviderError('server', 'the finished prediction named no output URL');
      const url = checkedDownloadUrl(status.downloadUrl, client.rules);
      // Outputs are served from replicate.delivery: the key goes only back to the API's own origin.
      return openDownload(client, url, sameOrigin(url, base) ? keyHeader : {}, signal);
    },

    async findSubmitted(job: JobSpec, sinceMs: number, signal: AbortSignal): Promise<RecentVideos> {
      const answer = await get(joinUrl(base, '/predictions'), signal);
      // The input this job's create sent, to compare field by field with each listed one.
      return listedPredictions(answer.body, job, sinceMs, replicateInput(job, await imagesOf(job)));
    },
  };
}

/**
 * xAI's Grok Imagine video: `POST {base}/videos/generations` answers `{request_id}`,
 * `GET {base}/videos/{request_id}` is polled until `done` (with `video.url`) or `failed`, and the
 * URL is downloaded (without the key unless it is on the API's own origin). See PROVIDER.md.
 */
import type { JobSpec, RemoteStatus } from '../../types.js';
import { checkedDownloadUrl, joinUrl, openDownload, readImageBase64, requestJson, sameOrigin, type HttpClient } from '../fetch-json.js';
import { rateLimitPauseMs } from '../http.js';
import { hopRulesFor } from '../hop-rules.js';
import { ProviderError, type DownloadBody, type Provider, type SubmitResult } from '../types.js';
import { deferredStatus, xaiRequestBody, xaiRequestId } from './wire.js';

export const XAI_DEFAULT_BASE_URL = 'https://api.x.ai/v1';

const SEGMENT = /^[A-Za-z0-9._~-]+$/;

/** `GET {base}/videos/{id}`, the id checked before it becomes a path segment. */
export function deferredUrl(base: string, id: string): string {
  if (!SEGMENT.test(id) || id === '.' || id === '..') throw new ProviderError('client', `unexpected request id ${JSON.stringify(id.slice(0, 200))}`);
  return joinUrl(base, `/videos/${id}`);
}

/** Polls a deferred request and maps its answer, with the server's pacing hint. */
export async function pollDeferred(client: HttpClient, base: string, headers: Readonly<Record<string, string>>, id: string, signal: AbortSignal): Promise<RemoteStatus> {
  const answer = await requestJson(client, { method: 'GET', url: deferredUrl(base, id), headers, signal });
  const status = deferredStatus(answer.body);
  const pause = rateLimitPauseMs(answer.headers);
  return pause === undefined ? status : { ...status, pollAfterMs: pause };
}

export interface XaiProviderOptions {
  readonly apiKey: string;
  /** Up to and including `/v1`. @default XAI_DEFAULT_BASE_URL */
  readonly baseUrl?: string;
  /** Per-request timeout in milliseconds. @default 60000 */
  readonly requestTimeoutMs?: number;
  /** @default globalThis.fetch */
  readonly fetch?: typeof fetch;
}

/**
 * The xai provider. Never retries. No findSubmitted: xAI lists no recent requests, so a create whose
 * answer was lost ends `submit_uncertain` instead of being sent (and billed) a second time.
 */
export function createXaiProvider(options: XaiProviderOptions): Provider {
  const base = (options.baseUrl ?? XAI_DEFAULT_BASE_URL).replace(/\/+$/, '');
  const keyHeader: Readonly<Record<string, string>> = { authorization: `Bearer ${options.apiKey}` };
  const client: HttpClient = { fetch: options.fetch ?? globalThis.fetch, rules: hopRulesFor(base), timeoutMs: options.requestTimeoutMs ?? 60_000, label: 'the xAI API' };

  return {
    name: 'xai',

    async submit(job: JobSpec, remixOfVideoId: string | undefined, signal: AbortSignal, sending?: () => void): Promise<SubmitResult> {
      if (remixOfVideoId !== undefined) throw new ProviderError('client', 'the xai provider cannot remix a video');
      const image = job.inputReference === undefined ? undefined : await readImageBase64(job.inputReference, job.inputRoots);
      const body = xaiRequestBody(job, image && `data:${image.mimeType};base64,${image.base64}`);
      sending?.();
      const answer = await requestJson(client, { method: 'POST', url: joinUrl(base, '/videos/generations'), headers: keyHeader, body, signal });
      return { remoteId: xaiRequestId(answer.body), status: { state: 'queued', rawStatus: 'pending' } };
    },

    status: (remoteId, signal) => pollDeferred(client, base, keyHeader, remoteId, signal),

    async download(_remoteId: string, status: RemoteStatus, signal: AbortSignal): Promise<DownloadBody> {
      if (!status.downloadUrl) throw new ProviderError('server', 'the finished request named no video URL');
      const url = checkedDownloadUrl(status.downloadUrl, client.rules);
      // video.url is on xAI's file host (vidgen.x.ai): the key goes only back to the API's own origin.
      return openDownload(client, url, sameOrigin(url, base) ? keyHeader : {}, signal);
    },
  };
}

/**
 * The gateways' older OpenAI-style shape: `POST {base}/videos/generations` with JSON
 * `{model, prompt, duration}` answers, once the video exists, `{created, data: [{url}]}`.
 * Synchronous: there is no id and no status endpoint, so the create is the whole job and the
 * result is downloaded from `data[0].url`. Some gateways (and xAI) answer the same create
 * asynchronously instead, `{request_id}` or `{id, status}`: that id is polled at
 * `GET {base}/videos/{id}` like the `xai` provider's. See docs/providers.md.
 */
import { createHash } from 'node:crypto';
import type { JobSpec, RemoteStatus } from '../../types.js';
import { asRecord, asString, checkedDownloadUrl, errorFields, joinUrl, openDownload, requestJson, sameOrigin, type HttpClient } from '../fetch-json.js';
import { hopRulesFor } from '../hop-rules.js';
import type { ProviderParams } from '../module.js';
import { withParams } from '../params.js';
import { ProviderError, type DownloadBody, type Provider, type SubmitResult } from '../types.js';
import { pollDeferred } from '../xai/client.js';
import { deferredId, deferredStatus } from '../xai/wire.js';

/** The JSON body of `POST /videos/generations`. */
export interface GenerationsRequestBody {
  readonly model: string;
  readonly prompt: string;
  readonly duration?: number;
}

/** A job's params join the JSON body (the shape documents only model, prompt and duration: a gateway's own fields). */
export const GENERATIONS_PARAMS: ProviderParams = { into: 'the JSON body', reserved: { model: 'model', prompt: 'prompt', duration: 'seconds' } };

/** Maps a job to the request body: seconds -> duration, then its params. This shape has no size and no image. Pure. */
export function generationsRequestBody(job: JobSpec): GenerationsRequestBody {
  return withParams({ model: job.model, prompt: job.prompt, ...(job.seconds === undefined ? {} : { duration: job.seconds }) }, job, GENERATIONS_PARAMS);
}

/**
 * The video URL of a generations answer.
 * @throws ProviderError `client` when the answer carries an error instead, `server` when it has no URL
 */
export function generationsResultUrl(body: unknown): string {
  const data = asRecord(body)?.data;
  const url = asString(asRecord(Array.isArray(data) ? data[0] : undefined)?.url);
  if (url) return url;
  const error = errorFields(body);
  if (error.message !== undefined || error.code !== undefined) {
    throw new ProviderError('client', error.message ?? 'the generation failed', error.code === undefined ? {} : { code: error.code });
  }
  throw new ProviderError('server', 'the gateway answered the generation without data[0].url');
}

/** A stable id for a result (the API gives none): `gen_` + the first 24 hex digits of the URL's SHA-256. */
export function generationId(url: string): string {
  return `gen_${createHash('sha256').update(url).digest('hex').slice(0, 24)}`;
}

const GENERATION_ID = /^gen_[0-9a-f]{24}$/;

function completed(url: string): RemoteStatus {
  return { state: 'completed', rawStatus: 'completed', downloadUrl: url };
}

export interface GenerationsProviderOptions {
  readonly apiKey: string;
  /** Up to and including the version segment, e.g. `https://api.agentsflare.com/v1`. */
  readonly baseUrl: string;
  /** Per-request timeout in milliseconds (status-free, so downloads only). @default 60000 */
  readonly requestTimeoutMs?: number;
  /** Deadline of the create, which answers only when the video exists. @default 900000 (15 min) */
  readonly createTimeoutMs?: number;
  /** @default globalThis.fetch */
  readonly fetch?: typeof fetch;
}

/**
 * The openai-generations provider. The API answers a create with the finished video's URL and
 * keeps no record to look it up by later, so the URL is handed to the ledger (`restore`): a run
 * interrupted between create and download downloads it in the next run instead of paying again.
 */
export function createGenerationsProvider(options: GenerationsProviderOptions): Provider {
  const base = options.baseUrl.replace(/\/+$/, '');
  const keyHeader: Readonly<Record<string, string>> = { authorization: `Bearer ${options.apiKey}` };
  const timeoutMs = options.requestTimeoutMs ?? 60_000;
  const client: HttpClient = { fetch: options.fetch ?? globalThis.fetch, rules: hopRulesFor(base), timeoutMs, label: 'the gateway' };
  const createTimeoutMs = Math.max(timeoutMs, options.createTimeoutMs ?? 900_000);
  const urls = new Map<string, string>();
  /** Ids of asynchronous answers, polled at `GET {base}/videos/{id}`. */
  const polled = new Set<string>();

  return {
    name: 'openai-generations',

    async submit(job: JobSpec, remixOfVideoId: string | undefined, signal: AbortSignal, sending?: () => void): Promise<SubmitResult> {
      if (remixOfVideoId !== undefined) throw new ProviderError('client', 'the /videos/generations shape cannot remix a video');
      const url = joinUrl(base, '/videos/generations');
      sending?.();
      const answer = await requestJson(client, { method: 'POST', url, headers: keyHeader, body: generationsRequestBody(job), signal, timeoutMs: createTimeoutMs });
      const deferred = deferredId(answer.body);
      if (deferred !== undefined) {
        // Billed and running: the id is the job's, polled like any asynchronous API's.
        polled.add(deferred);
        const status = asRecord(answer.body)?.status === undefined ? ({ state: 'queued', rawStatus: 'pending' } as const) : deferredStatus(answer.body);
        return { remoteId: deferred, status };
      }
      const result = generationsResultUrl(answer.body);
      const remoteId = generationId(result);
      urls.set(remoteId, result);
      return { remoteId, status: completed(result), restore: result };
    },

    restore(remoteId: string, url: string): void {
      // The id is the URL's hash: a ledger line that does not match is not this generation's.
      if (generationId(url) === remoteId) urls.set(remoteId, url);
    },

    async status(remoteId: string, signal: AbortSignal): Promise<RemoteStatus> {
      const url = urls.get(remoteId);
      // An id this shape did not make itself came from an asynchronous answer (this run's or an earlier one's).
      if (url === undefined && (polled.has(remoteId) || !GENERATION_ID.test(remoteId))) return pollDeferred(client, base, keyHeader, remoteId, signal);
      if (url === undefined) {
        throw new ProviderError('not_found', `${remoteId} was made by an earlier run whose ledger lost its result URL, and /videos/generations keeps no record to look it up by; this run marks it failed and the next run creates it again`);
      }
      return completed(url);
    },

    async download(_remoteId: string, status: RemoteStatus, signal: AbortSignal): Promise<DownloadBody> {
      if (!status.downloadUrl) throw new ProviderError('server', 'the generation named no URL');
      const url = checkedDownloadUrl(status.downloadUrl, client.rules);
      // data[0].url is usually a CDN link: the key goes only back to the gateway's own host.
      return openDownload(client, url, sameOrigin(url, base) ? keyHeader : {}, signal);
    },
  };
}

import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError, toFile } from 'openai';
import type { Video, VideoCreateParams } from 'openai/resources/videos';
import type { JobSpec, RemoteState, RemoteStatus } from '../../types.js';
import { answerError, asRecord, asString, checkedDownloadUrl, openDownload, sameOrigin, type HttpClient } from '../fetch-json.js';
import { guardedFetch } from '../guarded-fetch.js';
import { hopRulesFor } from '../hop-rules.js';
import { uploadImage } from '../input-image.js';
import { kindForStatus, rateLimitPauseMs, requestsPerMinute, retryAfterMs, unreachableCause } from '../http.js';
import { asModelRetired } from '../model-gone.js';
import type { ProviderParams } from '../module.js';
import { withParams } from '../params.js';
import { ProviderError, type AssetVariant, type DownloadBody, type ListedVideo, type Provider, type RecentVideos, type SubmitResult } from '../types.js';

export interface OpenAIProviderOptions {
  readonly apiKey: string;
  /** @default the SDK's default, https://api.openai.com/v1 */
  readonly baseUrl?: string;
  /** Per-request timeout in milliseconds. @default 60000 */
  readonly requestTimeoutMs?: number;
  /** Injected for tests and proxies. @default globalThis.fetch */
  readonly fetch?: typeof fetch;
}

/** A job's params join the create's body (multipart: the SDK sends numbers and booleans as text, nested values as `key[sub]`). */
export const OPENAI_PARAMS: ProviderParams = {
  into: 'the body of `POST /videos` (multipart, as the `openai` SDK encodes it: numbers and booleans as text)',
  reserved: { prompt: 'prompt', model: 'model', seconds: 'seconds', size: 'size', input_reference: 'input_reference' },
};

const STATES: Readonly<Record<string, RemoteState>> = {
  queued: 'queued',
  in_progress: 'running',
  completed: 'completed',
  failed: 'failed',
};

/**
 * Where a gateway says the finished video is, when it gives a URL in the Video object instead of
 * (or besides) `/videos/{id}/content`: `video_url`, `url`, `download_url`, `video.url` or
 * `data[0].url`, first found. OpenAI's own objects carry none. Pure.
 */
export function resultUrl(video: unknown): string | undefined {
  const raw = asRecord(video);
  if (!raw) return undefined;
  const data = Array.isArray(raw.data) ? raw.data[0] : undefined;
  return asString(raw.video_url) ?? asString(raw.url) ?? asString(raw.download_url) ?? asString(asRecord(raw.video)?.url) ?? asString(asRecord(data)?.url);
}

/** Maps a Video object (and the response headers it came with) to a neutral status. */
export function videoStatus(video: Video, headers?: Headers): RemoteStatus {
  const state = STATES[video.status] ?? 'running';
  const pause = rateLimitPauseMs(headers);
  const url = state === 'completed' ? resultUrl(video) : undefined;
  return {
    ...(url === undefined ? {} : { downloadUrl: url }),
    state,
    rawStatus: video.status,
    progress: typeof video.progress === 'number' ? video.progress : undefined,
    error: video.error ? { code: video.error.code || 'failed', message: video.error.message || 'generation failed' } : undefined,
    expiresAt: typeof video.expires_at === 'number' ? video.expires_at * 1000 : undefined,
    pollAfterMs: pause,
  };
}

/**
 * A Video as the API should answer one (a string id and a status word), or the error the answer
 * carries instead: a 200 holding `{"error": ...}` or `{}` is not a video.
 */
export function checkedVideo(data: unknown, what: string): Video {
  const video = asRecord(data);
  if (video && typeof video.id === 'string' && video.id !== '' && typeof video.status === 'string') return data as Video;
  throw answerError(data, `the API answered the ${what} without a video id and status`);
}

/**
 * What a listed video states, read defensively: gateways of the same shape omit fields or send
 * null, and a field that is not stated must never pass for a match.
 */
export function listedVideo(video: Video): ListedVideo | undefined {
  const raw = video as unknown as Record<string, unknown> | null;
  if (typeof raw !== 'object' || raw === null || typeof raw.id !== 'string' || raw.id === '') return undefined;
  const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);
  const created = typeof raw.created_at === 'number' && Number.isFinite(raw.created_at) ? raw.created_at * 1000 : undefined;
  const seconds = typeof raw.seconds === 'number' && Number.isFinite(raw.seconds) ? String(raw.seconds) : text(raw.seconds);
  return {
    id: raw.id,
    ...(created === undefined ? {} : { createdAtMs: created }),
    ...(text(raw.prompt) === undefined ? {} : { prompt: text(raw.prompt) }),
    ...(text(raw.model) === undefined ? {} : { model: text(raw.model) }),
    ...(seconds === undefined ? {} : { seconds }),
    ...(text(raw.size) === undefined ? {} : { size: text(raw.size) }),
  };
}

/** Maps anything the SDK throws to a ProviderError (an abort is passed through untouched). */
export function mapOpenAIError(error: unknown): unknown {
  if (error instanceof APIUserAbortError) return error;
  // What the guarded fetch refused (a redirect, an oversized answer) reaches us wrapped as a connection error.
  if (error instanceof APIConnectionError && error.cause instanceof ProviderError) return error.cause;
  if (error instanceof APIConnectionTimeoutError) return new ProviderError('timeout', 'request timed out');
  if (error instanceof APIConnectionError) {
    const unreachable = unreachableCause(error);
    if (unreachable) return new ProviderError('unreachable', `cannot reach the API: ${unreachable.message}`, { code: unreachable.code });
    return new ProviderError('connection', `connection failed: ${error.cause instanceof Error ? error.cause.message : error.message}`);
  }
  if (error instanceof APIError && typeof error.status === 'number') {
    const body = error.error as { message?: unknown } | undefined;
    const message = typeof body?.message === 'string' ? body.message : error.message;
    return new ProviderError(kindForStatus(error.status), message, {
      status: error.status,
      code: error.code ?? undefined,
      retryAfterMs: retryAfterMs(error.headers),
      requestsPerMinute: requestsPerMinute(error.headers),
    });
  }
  return error;
}

async function mapped<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw mapOpenAIError(error);
  }
}

/** The OpenAI Videos API (OpenAI itself, or a gateway serving the same shape at another base URL). */
export function createOpenAIProvider(options: OpenAIProviderOptions): Provider {
  // The SDK never retries: a retried POST /videos can bill a second video, and every other
  // call is retried by the runner, which shares one backoff across all jobs.
  const timeout = options.requestTimeoutMs ?? 60_000;
  const client = new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseUrl,
    maxRetries: 0,
    timeout,
    fetch: (input, init) => guarded(input, init),
  });
  // The SDK follows redirects blindly and reads answers whole with no deadline past the headers:
  // its fetch is the guarded one (hop rules, credentials kept home, size caps, body deadlines).
  // The rules come from the base URL the SDK settled on (it may read OPENAI_BASE_URL itself).
  const guarded = guardedFetch({ fetch: options.fetch ?? globalThis.fetch, rules: hopRulesFor(client.baseURL) }, timeout, (url) =>
    /\/videos\/[^/]+\/content$/.test(url.pathname),
  );

  // A result URL a gateway hands out is fetched like every other provider's: hop rules, and the key
  // only back to the API's own origin (a CDN never sees it).
  const files: HttpClient = { fetch: options.fetch ?? globalThis.fetch, rules: hopRulesFor(client.baseURL), timeoutMs: timeout, label: 'the Videos API' };
  const downloadUrl = (text: string, signal: AbortSignal): Promise<DownloadBody> => {
    const url = checkedDownloadUrl(new URL(text, `${client.baseURL.replace(/\/+$/, '')}/`).href, files.rules);
    return openDownload(files, url, sameOrigin(url, client.baseURL) ? { authorization: `Bearer ${options.apiKey}` } : {}, signal);
  };

  const downloadContent = (remoteId: string, variant: 'video' | AssetVariant, signal: AbortSignal): Promise<DownloadBody> =>
    mapped(async () => {
      const response = await client.videos.downloadContent(remoteId, { variant }, { signal });
      if (!response.body) throw new ProviderError('server', 'download answered with no body');
      // A compressed transfer's content-length counts compressed bytes, not what the stream yields.
      const encoding = response.headers.get('content-encoding');
      const length = Number(response.headers.get('content-length'));
      const known = (encoding === null || encoding === 'identity') && Number.isFinite(length) && length > 0;
      const type = response.headers.get('content-type');
      return { body: response.body, ...(known ? { contentLength: length } : {}), ...(type === null ? {} : { contentType: type }) };
    });

  return {
    name: 'openai',

    async submit(job: JobSpec, remixOfVideoId: string | undefined, signal: AbortSignal, sending?: () => void): Promise<SubmitResult> {
      return mapped(async () => {
        if (remixOfVideoId !== undefined) {
          sending?.();
          const { data, response } = await client.videos.remix(remixOfVideoId, { prompt: job.prompt }, { signal }).withResponse();
          const video = checkedVideo(data, 'remix');
          return { remoteId: video.id, status: videoStatus(video, response.headers) };
        }
        const body: VideoCreateParams = { prompt: job.prompt, model: job.model };
        // The SDK types list today's values; other models accept others, so pass through.
        if (job.seconds !== undefined) body.seconds = String(job.seconds) as VideoCreateParams['seconds'];
        if (job.size !== undefined) body.size = job.size as VideoCreateParams['size'];
        if (job.inputReference !== undefined) {
          const image = await uploadImage(job.inputReference, job.inputRoots);
          body.input_reference = await toFile(image.bytes, image.name, { type: image.mimeType });
        }
        sending?.();
        const { data, response } = await client.videos.create(withParams(body, job, OPENAI_PARAMS), { signal }).withResponse().catch((error: unknown) => {
          throw asModelRetired(job, mapOpenAIError(error));
        });
        const video = checkedVideo(data, 'create');
        return { remoteId: video.id, status: videoStatus(video, response.headers) };
      });
    },

    async listStatuses(signal: AbortSignal): Promise<ReadonlyMap<string, RemoteStatus>> {
      return mapped(async () => {
        const { data: page, response } = await client.videos.list({ limit: 100, order: 'desc' }, { signal }).withResponse();
        const videos = (Array.isArray(page.data) ? page.data : []).filter((video) => asRecord(video) && typeof video.id === 'string' && typeof video.status === 'string');
        return new Map(videos.map((video) => [video.id, videoStatus(video, response.headers)]));
      });
    },

    async status(remoteId: string, signal: AbortSignal): Promise<RemoteStatus> {
      return mapped(async () => {
        const { data, response } = await client.videos.retrieve(remoteId, { signal }).withResponse();
        return videoStatus(checkedVideo(data, 'status request'), response.headers);
      });
    },

    async download(remoteId: string, status: RemoteStatus, signal: AbortSignal): Promise<DownloadBody> {
      // Whichever the server gives: the URL in the video object, else the content endpoint.
      return status.downloadUrl === undefined ? downloadContent(remoteId, 'video', signal) : downloadUrl(status.downloadUrl, signal);
    },

    async downloadVariant(remoteId: string, variant: AssetVariant, signal: AbortSignal): Promise<DownloadBody> {
      return downloadContent(remoteId, variant, signal);
    },

    async findSubmitted(_job: JobSpec, sinceMs: number, signal: AbortSignal): Promise<RecentVideos> {
      return mapped(async () => {
        // Newest first, page after page until the list reaches back past `sinceMs`.
        const videos: ListedVideo[] = [];
        let page = await client.videos.list({ limit: 100, order: 'desc' }, { signal });
        for (let pages = 1; ; pages++) {
          const items = page.data.flatMap((video) => listedVideo(video) ?? []);
          videos.push(...items);
          const oldest = items.at(-1)?.createdAtMs;
          if (items.length === 0 || (oldest !== undefined && oldest < sinceMs)) return { videos, truncated: false };
          // No next page: the list says this is all, unless it is a full page that cannot say.
          if (!page.hasNextPage()) return { videos, truncated: items.length >= 100 };
          if (pages >= 5) return { videos, truncated: true };
          page = await page.getNextPage();
        }
      });
    },
  };
}

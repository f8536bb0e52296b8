import OpenAI, { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError, toFile } from 'openai';
import type { Video, VideoCreateParams } from 'openai/resources/videos';
import type { JobSpec, RemoteState, RemoteStatus } from '../types.js';
import { uploadImage } from './input-image.js';
import { kindForStatus, rateLimitPauseMs, requestsPerMinute, retryAfterMs, unreachableCause } from './http.js';
import { ProviderError, type AssetVariant, type DownloadBody, type Provider, type SubmitResult } from './types.js';

export interface OpenAIProviderOptions {
  readonly apiKey: string;
  /** @default the SDK's default, https://api.openai.com/v1 */
  readonly baseUrl?: string;
  /** Per-request timeout in milliseconds. @default 60000 */
  readonly requestTimeoutMs?: number;
  /** Injected for tests and proxies. @default globalThis.fetch */
  readonly fetch?: typeof fetch;
}

const STATES: Readonly<Record<string, RemoteState>> = {
  queued: 'queued',
  in_progress: 'running',
  completed: 'completed',
  failed: 'failed',
};

/** Maps a Video object (and the response headers it came with) to a neutral status. */
export function videoStatus(video: Video, headers?: Headers): RemoteStatus {
  const state = STATES[video.status] ?? 'running';
  const pause = rateLimitPauseMs(headers);
  return {
    state,
    rawStatus: video.status,
    progress: typeof video.progress === 'number' ? video.progress : undefined,
    error: video.error ? { code: video.error.code || 'failed', message: video.error.message || 'generation failed' } : undefined,
    expiresAt: typeof video.expires_at === 'number' ? video.expires_at * 1000 : undefined,
    pollAfterMs: pause,
  };
}

/** Maps anything the SDK throws to a ProviderError (an abort is passed through untouched). */
export function mapOpenAIError(error: unknown): unknown {
  if (error instanceof APIUserAbortError) return error;
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
  const client = new OpenAI({
    apiKey: options.apiKey,
    baseURL: options.baseUrl,
    maxRetries: 0,
    timeout: options.requestTimeoutMs ?? 60_000,
    fetch: options.fetch,
  });

  const downloadContent = (remoteId: string, variant: 'video' | AssetVariant, signal: AbortSignal): Promise<DownloadBody> =>
    mapped(async () => {
      const response = await client.videos.downloadContent(remoteId, { variant }, { signal });
      if (!response.body) throw new ProviderError('server', 'download answered with no body');
      const length = Number(response.headers.get('content-length'));
      return { body: response.body, contentLength: Number.isFinite(length) && length > 0 ? length : undefined };
    });

  return {
    name: 'openai',

    async submit(job: JobSpec, remixOfVideoId: string | undefined, signal: AbortSignal): Promise<SubmitResult> {
      return mapped(async () => {
        if (remixOfVideoId !== undefined) {
          const { data, response } = await client.videos.remix(remixOfVideoId, { prompt: job.prompt }, { signal }).withResponse();
          return { remoteId: data.id, status: videoStatus(data, response.headers) };
        }
        const body: VideoCreateParams = { prompt: job.prompt, model: job.model };
        // The SDK types list today's values; other models accept others, so pass through.
        if (job.seconds !== undefined) body.seconds = String(job.seconds) as VideoCreateParams['seconds'];
        if (job.size !== undefined) body.size = job.size as VideoCreateParams['size'];
        if (job.inputReference !== undefined) {
          const image = await uploadImage(job.inputReference);
          body.input_reference = await toFile(image.bytes, image.name, { type: image.mimeType });
        }
        const { data, response } = await client.videos.create(body, { signal }).withResponse();
        return { remoteId: data.id, status: videoStatus(data, response.headers) };
      });
    },

    async listStatuses(signal: AbortSignal): Promise<ReadonlyMap<string, RemoteStatus>> {
      return mapped(async () => {
        const { data: page, response } = await client.videos.list({ limit: 100, order: 'desc' }, { signal }).withResponse();
        return new Map(page.data.map((video) => [video.id, videoStatus(video, response.headers)]));
      });
    },

    async status(remoteId: string, signal: AbortSignal): Promise<RemoteStatus> {
      return mapped(async () => {
        const { data, response } = await client.videos.retrieve(remoteId, { signal }).withResponse();
        return videoStatus(data, response.headers);
      });
    },

    async download(remoteId: string, _status: RemoteStatus, signal: AbortSignal): Promise<DownloadBody> {
      return downloadContent(remoteId, 'video', signal);
    },

    async downloadVariant(remoteId: string, variant: AssetVariant, signal: AbortSignal): Promise<DownloadBody> {
      return downloadContent(remoteId, variant, signal);
    },

    async findSubmitted(job: JobSpec, sinceMs: number, claimed: ReadonlySet<string>, signal: AbortSignal): Promise<string | undefined> {
      return mapped(async () => {
        // Newest first; one page covers any video made in the last moments.
        const page = await client.videos.list({ limit: 100, order: 'desc' }, { signal });
        const slackMs = 60_000; // clocks of client and server differ
        for (const video of page.data) {
          if (claimed.has(video.id)) continue;
          if (video.created_at * 1000 < sinceMs - slackMs) continue;
          if (video.prompt !== null && video.prompt !== job.prompt) continue;
          if (video.model !== job.model) continue;
          if (job.seconds !== undefined && String(video.seconds) !== String(job.seconds)) continue;
          if (job.size !== undefined && video.size !== job.size) continue;
          return video.id;
        }
        return undefined;
      });
    },
  };
}

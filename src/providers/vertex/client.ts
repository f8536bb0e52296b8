/**
 * The Vertex AI client: `predictLongRunning` starts an operation, `fetchPredictOperation` is
 * polled until it is done, and the video is either inline (base64) or a `gs://` object read
 * through Cloud Storage's JSON API with the same credentials. Every request goes through the
 * guarded fetch; a token never appears in a message this client builds.
 */
import { ConfigError } from '../../errors.js';
import { redactSecrets } from '../../redact.js';
import type { JobSpec, RemoteStatus } from '../../types.js';
import { checkedDownloadUrl, openDownload, requestJson, type HttpClient } from '../fetch-json.js';
import { readJobImages, type JobImage } from '../job-images.js';
import { MAX_ANSWER_BYTES } from '../guarded-fetch.js';
import { hopRulesFor } from '../hop-rules.js';
import { asModelRetired } from '../model-gone.js';
import type { Env } from '../module.js';
import { ProviderError, type DownloadBody, type Provider, type SubmitResult } from '../types.js';
import { CredentialsProblem, VertexCredentials } from './credentials.js';
import {
  fetchOperationUrl,
  GCS_DEFAULT_BASE_URL,
  gcsMediaUrl,
  modelPath,
  operationModelPath,
  operationName,
  predictUrl,
  vertexOperation,
  vertexRequestBody,
  type VertexImage,
  type VertexVideo,
} from './wire.js';

export const DEFAULT_LOCATION = 'us-central1';

/** Google's API hosts (over https): a token from Application Default Credentials may always go there. */
export const GOOGLE_HOSTS: readonly string[] = ['*.googleapis.com'];

/** Whether `url` is https on one of Google's API hosts. Pure. */
export function isGoogleApiUrl(url: URL): boolean {
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  return url.protocol === 'https:' && (host === 'googleapis.com' || host.endsWith('.googleapis.com'));
}

/**
 * An answer that carries a video inline: Veo's 8 s 1080p video is about 5-20 MB, a third more as
 * base64; the cap leaves room for 4k without letting a broken server fill the memory.
 */
export const MAX_OPERATION_ANSWER_BYTES = Math.max(MAX_ANSWER_BYTES, 192 * 1024 * 1024);

export interface VertexProviderOptions {
  /** Up to and including the version segment, e.g. `https://us-central1-aiplatform.googleapis.com/v1`. */
  readonly baseUrl: string;
  /** GOOGLE_APPLICATION_CREDENTIALS, GOOGLE_CLOUD_PROJECT, GOOGLE_CLOUD_LOCATION, VERTEX_STORAGE_BASE_URL. */
  readonly env: Env;
  /** A ready access token instead of Application Default Credentials (the simulator's, or a job's `api_key_env`). */
  readonly accessToken?: string;
  /**
   * Origins besides Google's hosts that a token from Application Default Credentials may be sent
   * to: the ones the operator set (VERTEX_BASE_URL, --base-url), never a manifest's. The Cloud
   * Storage base (VERTEX_STORAGE_BASE_URL, the environment's) is added. @default the base URL's origin
   */
  readonly tokenOrigins?: readonly string[];
  /** Per-request timeout in milliseconds. @default 60000 */
  readonly requestTimeoutMs?: number;
  /** @default globalThis.fetch */
  readonly fetch?: typeof fetch;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

/** The bytes as a stream in 64 KiB chunks, so the file is written as any download is. */
function streamOf(bytes: Buffer): ReadableStream<Uint8Array> {
  let offset = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (offset >= bytes.length) return controller.close();
      controller.enqueue(new Uint8Array(bytes.subarray(offset, offset + 65_536)));
      offset += 65_536;
    },
  });
}

/** The Vertex AI provider. Never retries; every failure is a ProviderError for the runner to judge. */
export function createVertexProvider(options: VertexProviderOptions): Provider & { preflight(signal: AbortSignal): Promise<void> } {
  const base = options.baseUrl.replace(/\/+$/, '');
  const location = nonEmpty(options.env.GOOGLE_CLOUD_LOCATION) ?? DEFAULT_LOCATION;
  const storageBase = (nonEmpty(options.env.VERTEX_STORAGE_BASE_URL) ?? GCS_DEFAULT_BASE_URL).replace(/\/+$/, '');
  const fetchImpl = options.fetch ?? globalThis.fetch;
  const timeoutMs = options.requestTimeoutMs ?? 60_000;
  const api: HttpClient = { fetch: fetchImpl, rules: hopRulesFor(base), timeoutMs, label: 'Vertex AI', maxAnswerBytes: MAX_OPERATION_ANSWER_BYTES };
  const storage: HttpClient = { fetch: fetchImpl, rules: hopRulesFor(storageBase), timeoutMs, label: 'Cloud Storage' };
  const credentials = new VertexCredentials({ env: options.env, ...(options.accessToken ? { accessToken: options.accessToken } : {}) });
  // A fetched token opens all of Google Cloud for its account: it goes to Google or where the operator said, nowhere else.
  const tokenOrigins = new Set([...(options.tokenOrigins ?? [new URL(base).origin]), new URL(storageBase).origin]);
  const tokenRefusal = (url: string): string | undefined => {
    if (options.accessToken) return undefined;
    const target = new URL(url);
    if (isGoogleApiUrl(target) || tokenOrigins.has(target.origin)) return undefined;
    return (
      `refusing to send a Google Cloud access token to ${target.origin}, which is neither Google's nor a base URL you set ` +
      '(VERTEX_BASE_URL, --base-url); set VERTEX_BASE_URL to it if you trust it with the token; nothing was sent'
    );
  };
  const refusedBase = tokenRefusal(base);
  if (refusedBase !== undefined) throw new ConfigError(refusedBase);
  /** Inline videos of finished operations, until their download takes them (one run, one client). */
  const inline = new Map<string, Extract<VertexVideo, { kind: 'inline' }>>();

  /** `error` with every token this client used taken out of its words (the class is kept). */
  const clean = (error: unknown): unknown => {
    if (error instanceof Error && credentials.seen.size > 0) {
      const text = redactSecrets(error.message, credentials.seen);
      if (text !== error.message) error.message = text;
    }
    return error;
  };

  /**
   * The Authorization header. Before a create, any problem is `auth` (nothing was sent, so the
   * runner ends the job without guessing); for a read, a token endpoint that may answer later is
   * `server`, which the runner retries.
   */
  const authorization = async (phase: 'create' | 'read', url: string): Promise<Record<string, string>> => {
    const refused = tokenRefusal(url);
    if (refused !== undefined) throw new ProviderError('auth', refused, { code: 'token_host' });
    try {
      return { authorization: `Bearer ${await credentials.token()}` };
    } catch (error) {
      if (!(error instanceof CredentialsProblem)) throw error;
      const kind = error.transient && phase === 'read' ? 'server' : 'auth';
      throw new ProviderError(kind, error.message, { code: 'no_credentials' });
    }
  };

  const project = async (): Promise<string> => {
    try {
      return await credentials.project();
    } catch (error) {
      if (error instanceof CredentialsProblem) throw new ProviderError('auth', error.message, { code: 'no_project' });
      throw error;
    }
  };

  const fetchOperation = async (name: string, signal: AbortSignal): Promise<ReturnType<typeof vertexOperation>> => {
    const url = fetchOperationUrl(base, operationModelPath(name));
    const answer = await requestJson(api, { method: 'POST', url, headers: await authorization('read', url), body: { operationName: name }, signal });
    return vertexOperation(answer.body);
  };

  const guarded = async <T>(call: () => Promise<T>): Promise<T> => {
    try {
      return await call();
    } catch (error) {
      throw clean(error);
    }
  };

  return {
    name: 'vertex' as Provider['name'],

    submit: (job: JobSpec, remixOfVideoId: string | undefined, signal: AbortSignal, sending?: () => void): Promise<SubmitResult> =>
      guarded(async () => {
        if (remixOfVideoId !== undefined) throw new ProviderError('client', 'Veo on Vertex AI cannot remix a video');
        const images = await readJobImages(job);
        const wire = (image: JobImage): VertexImage => ({ bytesBase64Encoded: image.base64, mimeType: image.mimeType });
        const body = vertexRequestBody(job, images.first && wire(images.first), {
          ...(images.last ? { lastFrame: wire(images.last) } : {}),
          referenceImages: images.references.map(wire),
        });
        // Credentials and project first: a setup problem ends the job before anything is sent.
        const headers = await authorization('create', base); // the create goes to the base URL's origin
        const url = predictUrl(base, modelPath(await project(), location, job.model));
        sending?.();
        const answer = await requestJson(api, { method: 'POST', url, headers, body, signal }).catch((error: unknown) => {
          throw asModelRetired(job, error, { notFoundMeansGone: true });
        });
        const remoteId = operationName(answer.body);
        const op = vertexOperation(answer.body);
        if (op.video?.kind === 'inline') inline.set(remoteId, op.video);
        return { remoteId, status: op.status };
      }),

    status: (remoteId: string, signal: AbortSignal): Promise<RemoteStatus> =>
      guarded(async () => {
        const op = await fetchOperation(remoteId, signal);
        if (op.video?.kind === 'inline') inline.set(remoteId, op.video);
        return op.status;
      }),

    download: (remoteId: string, status: RemoteStatus, signal: AbortSignal): Promise<DownloadBody> =>
      guarded(async () => {
        if (status.downloadUrl !== undefined) {
          const url = checkedDownloadUrl(gcsMediaUrl(status.downloadUrl, storageBase), storage.rules);
          return openDownload(storage, url, await authorization('read', url.href), signal);
        }
        // Taken, not kept: a retried download (or a resumed run) asks the operation again.
        let video = inline.get(remoteId);
        inline.delete(remoteId);
        if (!video) {
          const op = await fetchOperation(remoteId, signal);
          if (op.video?.kind === 'gcs') {
            const url = checkedDownloadUrl(gcsMediaUrl(op.video.uri, storageBase), storage.rules);
            return openDownload(storage, url, await authorization('read', url.href), signal);
          }
          video = op.video;
        }
        if (!video) throw new ProviderError('server', 'the finished operation holds no video');
        // Decoded once: the file is streamed from this buffer, the base64 text is dropped.
        const bytes = Buffer.from(video.base64, 'base64');
        return { body: streamOf(bytes), contentLength: bytes.length, contentType: video.mimeType ?? 'video/mp4' };
      }),

    /**
     * Credentials and project, before the first create: a missing setup ends the run at once
     * (exit 2) with what to set. Asks Vertex AI nothing (it has no free list to read).
     */
    preflight: async (): Promise<void> => {
      try {
        await credentials.token();
        await credentials.project();
      } catch (error) {
        if (!(error instanceof CredentialsProblem)) throw clean(error);
        if (error.transient) throw new ProviderError('server', error.message);
        throw new ConfigError(`${error.message}; nothing was sent`);
      }
    },
  };
}

/**
 * Gemini Omni through the Gemini API's Interactions API: `POST {base}/interactions` starts a
 * background interaction, `GET {base}/interactions/{id}` is polled until it ends, and the video is
 * taken from its output: inline base64 (kept in memory until the download) or a Files API `uri`
 * (downloaded with the key once the file is ACTIVE, only from Google or the base URL's origin).
 * Input images go inline while they fit the API's inline limit; past it the largest are uploaded
 * first through the Files API's resumable upload and sent by uri. See PROVIDER.md.
 */
import type { JobSpec, RemoteStatus } from '../../types.js';
import { catalogRow } from '../catalog-data.js';
import { answerError, asRecord, asString, checkedDownloadUrl, joinUrl, openDownload, requestJson, sameOrigin, type HttpClient } from '../fetch-json.js';
import { rateLimitPauseMs } from '../http.js';
import { hopRulesFor } from '../hop-rules.js';
import { ProviderError, type DownloadBody, type Provider, type SubmitResult } from '../types.js';
import { isGoogleHost, veoAuthFor, veoBaseUrl } from '../veo/client.js';
import { GEMINI_FILE_LIMIT_BYTES, GEMINI_INLINE_LIMIT_BYTES, geminiRequestBody, imagesToUpload, type GeminiImage, interactionId, interactionStatus, tokenCostUsd, type GeminiTokens, type GeminiVideo } from './wire.js';
import { readJobImages, type JobImage } from '../job-images.js';

/** Google's endpoint, version segment included; a gateway's base URL carries its own. */
export const GEMINI_DEFAULT_BASE_URL = 'https://generativelanguage.googleapis.com/v1beta';

/** An answer that carries a video inline is large: room for a long 4k clip in base64. */
const MAX_INLINE_ANSWER_BYTES = 256 * 1024 * 1024;

const SEGMENT = /^[A-Za-z0-9._~-]+$/;

function interactionUrl(base: string, id: string): string {
  if (!SEGMENT.test(id) || id === '.' || id === '..') throw new ProviderError('client', `unexpected interaction id ${JSON.stringify(id.slice(0, 200))}`);
  return joinUrl(base, `/interactions/${id}`);
}

/**
 * Where the Files API takes uploads: `upload/` before the version segment of the base URL
 * (`https://generativelanguage.googleapis.com/v1beta` -> `.../upload/v1beta/files`), so a gateway's
 * prefix is kept.
 */
export function filesUploadUrl(base: string): string {
  const url = new URL(base);
  const segments = url.pathname.replace(/\/+$/, '').split('/');
  const version = segments.pop() ?? '';
  url.pathname = [...segments, 'upload', version, 'files'].join('/');
  url.search = '';
  return url.href;
}

/** A Files API file of a video `uri`: its name (`files/abc`) and the URL that serves its bytes. */
export interface GeminiFile {
  readonly name: string;
  readonly downloadUrl: string;
}

/** The Files API name in a `uri` (`.../files/{id}` or `.../files/{id}:download?alt=media`), when it has one. */
export function filesApiFile(uri: URL): GeminiFile | undefined {
  const match = /\/files\/([A-Za-z0-9._~-]+?)(:download)?$/.exec(uri.pathname);
  if (!match?.[1]) return undefined;
  const download = new URL(uri.href);
  if (!match[2]) download.pathname += ':download';
  if (!download.searchParams.has('alt')) download.searchParams.set('alt', 'media');
  return { name: `files/${match[1]}`, downloadUrl: download.href };
}

export interface GeminiProviderOptions {
  readonly apiKey: string;
  /** Up to and including the version segment. @default GEMINI_DEFAULT_BASE_URL */
  readonly baseUrl?: string;
  /** Per-request timeout in milliseconds. @default 60000 */
  readonly requestTimeoutMs?: number;
  /** @default globalThis.fetch */
  readonly fetch?: typeof fetch;
  /** Inline image bytes (base64) one create may carry before images are uploaded instead. @default GEMINI_INLINE_LIMIT_BYTES */
  readonly inlineLimitBytes?: number;
}

/**
 * The gemini provider. Never retries. No findSubmitted: the Interactions API has no list of a key's
 * interactions, so a create whose answer was lost cannot be found again and the runner ends it
 * `submit_uncertain` instead of sending it a second time.
 */
export function createGeminiProvider(options: GeminiProviderOptions): Provider {
  const base = veoBaseUrl(options.baseUrl ?? GEMINI_DEFAULT_BASE_URL);
  const google = veoAuthFor(base) === 'x-goog-api-key';
  const keyHeader: Readonly<Record<string, string>> = google ? { 'x-goog-api-key': options.apiKey } : { authorization: `Bearer ${options.apiKey}` };
  const client: HttpClient = {
    fetch: options.fetch ?? globalThis.fetch,
    rules: hopRulesFor(base),
    timeoutMs: options.requestTimeoutMs ?? 60_000,
    label: 'the Gemini API',
    maxAnswerBytes: MAX_INLINE_ANSWER_BYTES,
  };
  /** Finished inline videos, by interaction id, until they are downloaded. */
  const inline = new Map<string, { bytes: Buffer; mimeType: string }>();
  const models = new Map<string, string>();

  /**
   * Why the key may not go to `url`, or undefined when it may: Google's own hosts when the API is
   * Google's (the key is a Google key), and the base URL's origin always. Never anywhere else.
   */
  function uriRefusal(url: URL): string | undefined {
    if (sameOrigin(url, base)) return undefined;
    if (google && url.protocol === 'https:' && isGoogleHost(url.hostname)) return undefined;
    return google ? 'it is neither a Google host nor the API\'s origin' : 'it is not the gateway\'s origin (its key goes nowhere else)';
  }

  function checkedUri(text: string): URL {
    const url = checkedDownloadUrl(text, client.rules);
    const refusal = uriRefusal(url);
    if (refusal !== undefined) throw new ProviderError('client', `refused to download the video from ${url.host}: ${refusal}`, { code: 'download_refused' });
    return url;
  }

  function costOf(model: string | undefined): (tokens: GeminiTokens) => number | undefined {
    const price = model === undefined ? undefined : catalogRow('gemini', model)?.price?.usd_per_million_tokens;
    return (tokens) => (price ? tokenCostUsd(tokens, price) : undefined);
  }

  /** The state of a Files API file: `running` while it is PROCESSING, `failed` when FAILED. */
  async function fileState(file: GeminiFile, signal: AbortSignal): Promise<'active' | 'processing' | 'failed'> {
    const answer = await requestJson(client, { method: 'GET', url: joinUrl(base, `/${file.name}`), headers: keyHeader, signal });
    const state = asString(asRecord(answer.body)?.state);
    if (state === 'PROCESSING' || state === 'STATE_UNSPECIFIED') return 'processing';
    if (state === 'FAILED') return 'failed';
    return 'active';
  }

  /** What a finished video means for the job: inline bytes kept, or a URI checked and its file ACTIVE. */
  async function settle(id: string, video: GeminiVideo, status: RemoteStatus, signal: AbortSignal): Promise<RemoteStatus> {
    if (video.data !== undefined) {
      inline.set(id, { bytes: Buffer.from(video.data, 'base64'), mimeType: video.mimeType });
      return status;
    }
    const url = checkedUri(video.uri!);
    const file = filesApiFile(url);
    if (!file) return { ...status, downloadUrl: url.href };
    const state = await fileState(file, signal);
    if (state === 'processing') return { state: 'running', rawStatus: 'file_processing' };
    if (state === 'failed') return { ...status, state: 'failed', error: { code: 'file_failed', message: `the Files API could not process ${file.name}` } };
    return { ...status, downloadUrl: file.downloadUrl };
  }

  /**
   * Uploads one image through the Files API's resumable protocol (start, then the bytes with
   * `upload, finalize`) and answers its uri. Costs nothing: no interaction is created.
   */
  async function uploadImage(image: JobImage, signal: AbortSignal): Promise<GeminiImage> {
    if (image.bytes.length > GEMINI_FILE_LIMIT_BYTES) {
      throw new ProviderError('client', `${image.name} is ${(image.bytes.length / 1e9).toFixed(1)} GB, past the Files API's 2 GB per file; use a smaller image`, { code: 'image_too_large' });
    }
    const start = await requestJson(client, {
      method: 'POST',
      url: filesUploadUrl(base),
      headers: {
        ...keyHeader,
        'x-goog-upload-protocol': 'resumable',
        'x-goog-upload-command': 'start',
        'x-goog-upload-header-content-length': String(image.bytes.length),
        'x-goog-upload-header-content-type': image.mimeType,
      },
      body: { file: { display_name: image.name } },
      emptyAnswerOk: true,
      signal,
    });
    const session = start.headers.get('x-goog-upload-url');
    if (!session) throw new ProviderError('server', 'the Files API answered the upload start without an X-Goog-Upload-URL header');
    // The session URL gets the key and the image: only where the provider's other requests may go.
    const url = checkedDownloadUrl(session, client.rules);
    const refusal = uriRefusal(url);
    if (refusal !== undefined) throw new ProviderError('client', `refused to upload the image to ${url.host}: ${refusal}`, { code: 'upload_refused' });
    const done = await requestJson(client, {
      method: 'POST',
      url: url.href,
      headers: { ...keyHeader, 'x-goog-upload-command': 'upload, finalize', 'x-goog-upload-offset': '0' },
      bytes: { data: image.bytes, contentType: image.mimeType },
      // A large image takes longer than a JSON request: a second more per MB.
      timeoutMs: client.timeoutMs + Math.ceil(image.bytes.length / 1e6) * 1000,
      signal,
    });
    const file = asRecord(asRecord(done.body)?.file);
    const uri = asString(file?.uri);
    if (!uri) throw answerError(done.body, 'the Files API answered the upload without a file uri');
    if (asString(file?.state) === 'FAILED') throw new ProviderError('server', `the Files API could not process the uploaded ${image.name}`, { code: 'file_failed' });
    return { uri, mimeType: image.mimeType };
  }

  async function fetchStatus(remoteId: string, signal: AbortSignal): Promise<RemoteStatus> {
    const answer = await requestJson(client, { method: 'GET', url: interactionUrl(base, remoteId), headers: keyHeader, signal });
    const model = asString(asRecord(answer.body)?.model) ?? models.get(remoteId);
    const { video, ...status } = interactionStatus(answer.body, costOf(model));
    const pause = rateLimitPauseMs(answer.headers);
    const hinted: RemoteStatus = pause === undefined ? status : { ...status, pollAfterMs: pause };
    return video && hinted.state === 'completed' ? settle(remoteId, video, hinted, signal) : hinted;
  }

  return {
    name: 'gemini',

    async submit(job: JobSpec, remixOfVideoId: string | undefined, signal: AbortSignal, sending?: () => void): Promise<SubmitResult> {
      if (remixOfVideoId !== undefined) throw new ProviderError('client', 'the gemini provider cannot remix a video');
      const images = await readJobImages(job);
      const read = [images.first, images.last, ...images.references];
      // The inline limit is on the whole request: past it, the largest images are uploaded until the rest fit.
      const upload = imagesToUpload(read.map((image) => image?.bytes.length ?? 0), options.inlineLimitBytes ?? GEMINI_INLINE_LIMIT_BYTES);
      const sent: (GeminiImage | undefined)[] = [];
      for (const [index, image] of read.entries()) sent.push(image && upload.has(index) ? await uploadImage(image, signal) : image);
      const [first, last, ...references] = sent;
      const body = geminiRequestBody(job, first, { ...(last ? { last } : {}), references: references.filter((image) => image !== undefined) });
      // Only now: the uploads cost nothing, the create is what is paid for.
      sending?.();
      const answer = await requestJson(client, { method: 'POST', url: joinUrl(base, '/interactions'), headers: keyHeader, body, signal });
      const remoteId = interactionId(answer.body);
      models.set(remoteId, body.model);
      const word = asString(asRecord(answer.body)?.status) ?? 'queued';
      // Whatever the create says, the poll reads the interaction (and its video) again.
      return { remoteId, status: { state: word === 'in_progress' ? 'running' : 'queued', rawStatus: word } };
    },

    status: fetchStatus,

    async download(remoteId: string, status: RemoteStatus, signal: AbortSignal): Promise<DownloadBody> {
      let kept = inline.get(remoteId);
      let url = status.downloadUrl;
      if (!kept && url === undefined) {
        // Made in an earlier run, or its bytes were not kept: read the interaction again.
        url = (await fetchStatus(remoteId, signal)).downloadUrl;
        kept = inline.get(remoteId);
      }
      if (kept) {
        inline.delete(remoteId);
        const bytes = kept.bytes;
        return { body: new Blob([new Uint8Array(bytes)]).stream(), contentLength: bytes.length, contentType: kept.mimeType };
      }
      if (url === undefined) throw new ProviderError('server', 'the finished interaction named no video');
      // Checked again: a ledger's status may come from an earlier run.
      return openDownload(client, checkedUri(url), keyHeader, signal);
    },
  };
}

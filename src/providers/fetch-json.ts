/**
 * fetch-based I/O shared by the providers without an SDK (veo, seedance, openai-generations):
 * every request through the guard (redirect rules, size caps), a deadline on the whole of every
 * JSON answer, network and HTTP failures mapped to ProviderError kinds, JSON parsed at the
 * boundary, and downloads handed over as streams. Nothing here retries.
 */
import { guardedRequest, refusedError, type Guard } from './guarded-fetch.js';
import { hopRefusal, type HopRules } from './hop-rules.js';
import { uploadImage } from './input-image.js';
import { kindForStatus, parseDuration, requestsPerMinute, retryAfterMs, unreachableCause } from './http.js';
import { ProviderError, type DownloadBody } from './types.js';

/** One API endpoint family, as the providers use it. */
export interface HttpClient {
  readonly fetch: typeof fetch;
  /** Where requests and redirects may go (see hop-rules.ts): `hopRulesFor(base URL)`. */
  readonly rules: HopRules;
  /**
   * Per-request deadline in milliseconds: the whole answer of a JSON request; for a download,
   * its response headers, then the longest the body may stay silent.
   */
  readonly timeoutMs: number;
  /** How messages name the API, e.g. `Gemini API`. */
  readonly label: string;
  /** Largest JSON answer read (an answer that carries a video inline is large). @default MAX_ANSWER_BYTES */
  readonly maxAnswerBytes?: number;
  /** Reads the API's own error body shape. @default errorFields (the `{error: {...}}` shapes) */
  readonly errorFields?: (body: unknown) => ErrorFields;
}

/** What an error body says: its code, message and retry hint. */
export interface ErrorFields {
  readonly code?: string;
  readonly message?: string;
  readonly retryAfterMs?: number;
}

export interface JsonRequest {
  readonly method: 'GET' | 'POST';
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  /** Sent as JSON. */
  readonly body?: unknown;
  /** Sent as is, with its own content type, instead of a JSON body (a file upload's bytes). */
  readonly bytes?: { readonly data: Uint8Array; readonly contentType: string };
  /** An empty 2xx answer is read as `undefined` instead of refused (an upload start answers in headers only). */
  readonly emptyAnswerOk?: boolean;
  readonly signal: AbortSignal;
  /** Overrides the client's deadline (a synchronous create can take minutes). */
  readonly timeoutMs?: number;
}

export interface JsonResponse {
  readonly body: unknown;
  readonly headers: Headers;
}

/** A plain JSON object, or undefined. */
export function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

export function asString(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function asNumber(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

/** `base` (trailing slashes dropped) + `path` (starting with `/`). */
export function joinUrl(base: string, path: string): string {
  return base.replace(/\/+$/, '') + path;
}

/**
 * The code, message and retry hint of an error body, whichever common shape it has:
 * Google `{error: {code: 429, status: 'RESOURCE_EXHAUSTED', message, details}}`,
 * ModelArk `{error: {code: 'InvalidParameter', message, type}}`, OpenAI `{error: {message, type, code}}`.
 */
export function errorFields(body: unknown): ErrorFields {
  const error = asRecord(asRecord(body)?.error);
  if (!error) return {};
  const code = asString(error.code) ?? asString(error.status) ?? asString(error.type);
  const details = Array.isArray(error.details) ? error.details : [];
  // google.rpc.RetryInfo: {"@type": ".../google.rpc.RetryInfo", "retryDelay": "30s"}
  const delay = details.map((d) => asString(asRecord(d)?.retryDelay)).find((d) => d !== undefined);
  const retry = delay === undefined ? undefined : parseDuration(delay);
  return {
    ...(code === undefined ? {} : { code }),
    ...(asString(error.message) === undefined ? {} : { message: asString(error.message) }),
    ...(retry === undefined ? {} : { retryAfterMs: retry }),
  };
}


/**
 * What a 2xx answer that lacks what it should carry means: the error in its body when it has one
 * (`{"error": {...}}`: the server's message and code; kind by the code when it is an HTTP status,
 * else `client`), or a `server` error saying what is missing and showing the start of the body.
 */
export function answerError(body: unknown, missing: string): ProviderError {
  const error = asRecord(asRecord(body)?.error);
  if (error) {
    const fields = errorFields(body);
    const status = asNumber(error.code);
    const kind = status !== undefined && status >= 400 && status < 600 ? kindForStatus(status) : 'client';
    return new ProviderError(kind, fields.message ?? `${missing}; it answered an error without a message`, {
      ...(fields.code === undefined ? {} : { code: fields.code }),
      ...(fields.retryAfterMs === undefined ? {} : { retryAfterMs: fields.retryAfterMs }),
    });
  }
  const text = (typeof body === 'string' ? body : JSON.stringify(body) ?? '').trim();
  return new ProviderError('server', text === '' ? missing : `${missing}: ${text.slice(0, 200)}`);
}

function httpError(client: HttpClient, response: Response, text: string): ProviderError {
  const label = client.label;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    parsed = undefined;
  }
  const fields = (client.errorFields ?? errorFields)(parsed);
  const snippet = text.trim().slice(0, 200);
  const message = fields.message ?? (snippet === '' ? `${label} answered HTTP ${response.status}` : `${label} answered HTTP ${response.status}: ${snippet}`);
  return new ProviderError(kindForStatus(response.status), message, {
    status: response.status,
    ...(fields.code === undefined ? {} : { code: fields.code }),
    retryAfterMs: retryAfterMs(response.headers) ?? fields.retryAfterMs,
    requestsPerMinute: requestsPerMinute(response.headers),
  });
}

/**
 * The caller's signal plus a deadline. A timer (not AbortSignal.timeout) so that a download can
 * clear it once the headers are in: a large video may stream for longer than any request deadline.
 */
function withDeadline(outer: AbortSignal, ms: number): { signal: AbortSignal; timedOut: () => boolean; clear: () => void } {
  const timer = new AbortController();
  const handle = setTimeout(() => timer.abort(new DOMException('request deadline passed', 'TimeoutError')), ms);
  return { signal: AbortSignal.any([outer, timer.signal]), timedOut: () => timer.signal.aborted, clear: () => clearTimeout(handle) };
}

function causeOf(error: unknown): string {
  if (!(error instanceof Error)) return String(error);
  const cause = error.cause instanceof Error ? error.cause.message : undefined;
  return cause ? `${error.message} (${cause})` : error.message;
}

/** Maps what fetch threw: the caller's abort passes through, the deadline is `timeout`, the rest `connection`. */
function transportError(client: HttpClient, outer: AbortSignal, timedOut: boolean, ms: number, error: unknown): unknown {
  if (error instanceof ProviderError) return error;
  if (outer.aborted) return outer.reason ?? error;
  if (timedOut) return new ProviderError('timeout', `${client.label} did not answer within ${Math.round(ms / 100) / 10} s`);
  const unreachable = unreachableCause(error);
  if (unreachable) return new ProviderError('unreachable', `cannot reach ${client.label}: ${unreachable.message}`, { code: unreachable.code });
  return new ProviderError('connection', `connection to ${client.label} failed: ${causeOf(error)}`);
}

/**
 * Sends one JSON request and parses the answer.
 * @throws ProviderError for HTTP errors (kind by status, code and message from the body,
 *   retryAfterMs from `retry-after-ms`/`retry-after` or Google's RetryInfo), `timeout`,
 *   `connection`, and `server` for a 2xx answer that is not JSON; the caller's abort reason as is.
 */
export async function requestJson(client: HttpClient, request: JsonRequest): Promise<JsonResponse> {
  const ms = request.timeoutMs ?? client.timeoutMs;
  const deadline = withDeadline(request.signal, ms);
  try {
    const headers: Record<string, string> = { accept: 'application/json', ...request.headers };
    if (request.body !== undefined) headers['content-type'] = 'application/json';
    if (request.bytes !== undefined) headers['content-type'] = request.bytes.contentType;
    const sent = request.bytes !== undefined ? { body: new Uint8Array(request.bytes.data) } : request.body === undefined ? {} : { body: JSON.stringify(request.body) };
    const init = { method: request.method, headers, signal: deadline.signal, ...sent };
    const response = await guardedRequest(guardOf(client), request.url, init, { mode: 'answer', timeoutMs: ms });
    // The deadline's signal is still armed while the body arrives: a body that never ends times out.
    const text = await response.text();
    if (!response.ok) throw httpError(client, response, text);
    if (text === '' && request.emptyAnswerOk) return { body: undefined, headers: response.headers };
    try {
      return { body: JSON.parse(text) as unknown, headers: response.headers };
    } catch {
      throw new ProviderError('server', `${client.label} answered HTTP ${response.status} with a body that is not JSON`, { status: response.status });
    }
  } catch (error) {
    throw transportError(client, request.signal, deadline.timedOut(), ms, error);
  } finally {
    deadline.clear();
  }
}

function guardOf(client: HttpClient): Guard {
  return { fetch: client.fetch, rules: client.rules, ...(client.maxAnswerBytes === undefined ? {} : { maxAnswerBytes: client.maxAnswerBytes }) };
}

/**
 * The URL a provider handed out for a result, if it may be fetched (see `hopRefusal`): https to
 * a host on the internet, the API's own origin, or loopback when the API is on loopback.
 * @throws ProviderError `client` (code `download_refused`, never retried) naming the host
 */
export function checkedDownloadUrl(text: string, rules: HopRules): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ProviderError('client', `the API returned a download URL that is not a URL: ${JSON.stringify(text.slice(0, 100))}`);
  }
  const refusal = hopRefusal(url, rules);
  if (refusal === undefined) return url;
  throw refusedError(url, refusal, false);
}

/** True when both URLs share scheme, host and port, so credentials for one may go to the other. */
export function sameOrigin(a: string | URL, b: string | URL): boolean {
  try {
    return new URL(a).origin === new URL(b).origin;
  } catch {
    return false;
  }
}

/**
 * Opens a finished video for streaming, each redirect checked before it is followed (credentials
 * dropped once it leaves the origin). The deadline covers the response headers; the body then
 * streams for as long as it takes, unless it stays silent for the request timeout, or `signal`
 * (which carries the job's deadline) aborts.
 */
export async function openDownload(client: HttpClient, url: URL, headers: Readonly<Record<string, string>>, signal: AbortSignal): Promise<DownloadBody> {
  const deadline = withDeadline(signal, client.timeoutMs);
  try {
    const response = await guardedRequest(guardOf(client), url, { headers, signal: deadline.signal }, { mode: 'stream', timeoutMs: client.timeoutMs });
    if (!response.ok) throw httpError(client, response, await response.text().catch(() => ''));
    if (!response.body) throw new ProviderError('server', `${client.label} answered the download with no body`);
    // A compressed transfer's content-length counts compressed bytes, not what the stream yields.
    const encoding = response.headers.get('content-encoding');
    const length = Number(response.headers.get('content-length'));
    const known = (encoding === null || encoding === 'identity') && Number.isFinite(length) && length > 0;
    const type = response.headers.get('content-type');
    return { body: response.body, ...(known ? { contentLength: length } : {}), ...(type === null ? {} : { contentType: type }) };
  } catch (error) {
    throw transportError(client, signal, deadline.timedOut(), client.timeoutMs, error);
  } finally {
    deadline.clear();
  }
}

/** An input image as JSON APIs take it: base64 text plus its MIME type, checked again before it leaves. */
export async function readImageBase64(path: string, roots?: readonly string[]): Promise<{ base64: string; mimeType: string }> {
  const image = await uploadImage(path, roots);
  return { base64: image.bytes.toString('base64'), mimeType: image.mimeType };
}

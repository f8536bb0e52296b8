/**
 * fetch as every provider uses it: redirects followed by hand, each hop held to hop-rules.ts
 * BEFORE it is requested, credentials dropped once a hop leaves the origin first asked, a cap on
 * hops, and bounded bodies: an API answer (JSON, or any error) is capped in size and must arrive
 * whole within its deadline; a streamed download ends when the server stays silent too long.
 */
import { hopRefusal, type HopRules } from './hop-rules.js';
import { ProviderError } from './types.js';

/** Redirects followed for one request. */
export const MAX_REDIRECTS = 5;
/** Largest API answer read (a list of 100 videos is well under 1 MiB). */
export const MAX_ANSWER_BYTES = 16 * 1024 * 1024;

const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);
const NULL_BODY_STATUSES = new Set([101, 204, 205, 304]);
/** Request headers that carry nothing secret: every other one (authorization, x-goog-api-key, cookie, an SDK's own) stays with the origin first asked. */
const PORTABLE_HEADERS = new Set(['accept', 'accept-encoding', 'accept-language', 'user-agent', 'range']);

export interface Guard {
  readonly fetch: typeof fetch;
  readonly rules: HopRules;
  /** @default MAX_ANSWER_BYTES */
  readonly maxAnswerBytes?: number;
  /** @default MAX_REDIRECTS */
  readonly maxRedirects?: number;
}

/**
 * How the answer's body is handed over: `answer` (JSON or any error body: at most
 * `maxAnswerBytes`, all of it within `timeoutMs` of the request's start) or `stream` (a download:
 * ends with a `timeout` ProviderError when no byte comes for `timeoutMs`; a non-2xx is an `answer`).
 */
export interface BodyRule {
  readonly mode: 'answer' | 'stream';
  readonly timeoutMs: number;
}

function seconds(ms: number): string {
  return `${Math.round(ms / 100) / 10} s`;
}

/** The error for a URL `hopRefusal` refused: `redirect_refused` for a redirect hop, `download_refused` for a result URL. Never retried. */
export function refusedError(url: URL, reason: string, redirected: boolean): ProviderError {
  return redirected
    ? new ProviderError('client', `refused to follow a redirect to ${url.host}: ${reason}; the API's answers may only lead to https hosts on the internet`, { code: 'redirect_refused' })
    : new ProviderError('client', `refused to download from ${url.host}: ${reason}; results are only fetched over https from hosts on the internet, or from the API's own address`, { code: 'download_refused' });
}

function withoutCredentials(headers: Headers): Headers {
  const kept = new Headers();
  headers.forEach((value, name) => {
    if (PORTABLE_HEADERS.has(name.toLowerCase())) kept.set(name, value);
  });
  return kept;
}

/**
 * Sends one request through the guard. Errors it raises itself are ProviderErrors: a refused hop
 * (`client`, code `redirect_refused` or `download_refused`, naming the host; never retried), too
 * many redirects (`client`), an answer over the size cap (`server`), a body past its deadline or
 * silent too long (`timeout`, raised while the body is read). Network errors pass through as fetch
 * raised them. A redirect of anything but GET or HEAD is handed back as is: a body is never re-sent.
 */
export async function guardedRequest(guard: Guard, input: string | URL | Request, init: RequestInit, rule: BodyRule): Promise<Response> {
  const startedAt = Date.now();
  let url = new URL(input instanceof Request ? input.url : input);
  const origin = url.origin;
  const method = (init.method ?? (input instanceof Request ? input.method : 'GET')).toUpperCase();
  let headers = new Headers(init.headers ?? (input instanceof Request ? input.headers : undefined));
  let stripped = false;
  for (let hop = 0; ; hop++) {
    const refusal = hopRefusal(url, guard.rules);
    if (refusal !== undefined) throw refusedError(url, refusal, hop > 0);
    const response = await guard.fetch(url, { ...init, method, headers, redirect: 'manual' });
    const location = REDIRECT_STATUSES.has(response.status) ? response.headers.get('location') : null;
    if (location === null || (method !== 'GET' && method !== 'HEAD')) return bounded(guard, response, url, rule, startedAt);
    await response.body?.cancel().catch(() => undefined);
    const limit = guard.maxRedirects ?? MAX_REDIRECTS;
    if (hop >= limit) {
      throw new ProviderError('client', `${new URL(origin).host} redirected more than ${limit} times; stopped following`, { code: 'redirect_refused' });
    }
    let next: URL;
    try {
      next = new URL(location, url);
    } catch {
      throw new ProviderError('server', `${url.host} redirected to ${JSON.stringify(location.slice(0, 100))}, which is not a URL`);
    }
    // Once a hop leaves, credentials stay behind for the rest of the chain.
    if (!stripped && next.origin !== origin) {
      headers = withoutCredentials(headers);
      stripped = true;
    }
    url = next;
  }
}

/** `guardedRequest` as a fetch function, for an SDK: requests whose URL `streams` names are downloads. */
export function guardedFetch(guard: Guard, timeoutMs: number, streams: (url: URL) => boolean): typeof fetch {
  return (input, init) => {
    const url = new URL(input instanceof Request ? input.url : input);
    return guardedRequest(guard, input, init ?? {}, { mode: streams(url) ? 'stream' : 'answer', timeoutMs });
  };
}

async function bounded(guard: Guard, response: Response, url: URL, rule: BodyRule, startedAt: number): Promise<Response> {
  if (response.body === null || NULL_BODY_STATUSES.has(response.status)) return response;
  let body: ReadableStream<Uint8Array>;
  if (rule.mode === 'stream' && response.ok) {
    body = watched(response.body, { host: url.host, idleMs: rule.timeoutMs });
  } else {
    const cap = guard.maxAnswerBytes ?? MAX_ANSWER_BYTES;
    const encoding = response.headers.get('content-encoding');
    const length = Number(response.headers.get('content-length') ?? Number.NaN);
    if ((encoding === null || encoding === 'identity') && length > cap) {
      await response.body.cancel().catch(() => undefined);
      throw tooLarge(url.host, cap);
    }
    body = watched(response.body, { host: url.host, deadlineAt: startedAt + rule.timeoutMs, totalMs: rule.timeoutMs, maxBytes: cap });
  }
  const copy = new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
  Object.defineProperty(copy, 'url', { value: response.url });
  return copy;
}

function tooLarge(host: string, cap: number): ProviderError {
  return new ProviderError('server', `${host} sent an answer over ${cap / 1024 / 1024} MiB, more than any API answer needs; stopped reading it`);
}

interface Watch {
  readonly host: string;
  readonly idleMs?: number;
  readonly deadlineAt?: number;
  readonly totalMs?: number;
  readonly maxBytes?: number;
}

/** `source` re-streamed under the watch's limits; the first limit passed errors the stream and lets go of the connection. */
function watched(source: ReadableStream<Uint8Array>, watch: Watch): ReadableStream<Uint8Array> {
  const reader = source.getReader();
  let total = 0;
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const untilDeadline = watch.deadlineAt === undefined ? Number.POSITIVE_INFINITY : watch.deadlineAt - Date.now();
      const wait = Math.max(0, Math.min(watch.idleMs ?? Number.POSITIVE_INFINITY, untilDeadline));
      let timer: NodeJS.Timeout | undefined;
      const late = new Promise<'late'>((resolve) => {
        if (Number.isFinite(wait)) timer = setTimeout(() => resolve('late'), wait);
      });
      try {
        const next = await Promise.race([reader.read(), late]);
        if (next === 'late') {
          throw wait >= untilDeadline
            ? new ProviderError('timeout', `${watch.host} did not finish its answer within ${seconds(watch.totalMs ?? 0)}`)
            : new ProviderError('timeout', `${watch.host} sent nothing for ${seconds(watch.idleMs ?? 0)}; the transfer stalled`);
        }
        if (next.done) {
          controller.close();
          return;
        }
        total += next.value.byteLength;
        if (watch.maxBytes !== undefined && total > watch.maxBytes) throw tooLarge(watch.host, watch.maxBytes);
        controller.enqueue(next.value);
      } catch (error) {
        reader.cancel(error).catch(() => undefined);
        controller.error(error);
      } finally {
        clearTimeout(timer);
      }
    },
    cancel(reason) {
      return reader.cancel(reason);
    },
  });
}

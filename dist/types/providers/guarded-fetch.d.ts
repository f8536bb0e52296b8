/**
 * fetch as every provider uses it: redirects followed by hand, each hop held to hop-rules.ts
 * BEFORE it is requested, credentials dropped once a hop leaves the origin first asked, a cap on
 * hops, and bounded bodies: an API answer (JSON, or any error) is capped in size and must arrive
 * whole within its deadline; a streamed download ends when the server stays silent too long.
 */
import { type HopRules } from './hop-rules.js';
import { ProviderError } from './types.js';
/** Redirects followed for one request. */
export declare const MAX_REDIRECTS = 5;
/** Largest API answer read (a list of 100 videos is well under 1 MiB). */
export declare const MAX_ANSWER_BYTES: number;
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
/** The error for a URL `hopRefusal` refused: `redirect_refused` for a redirect hop, `download_refused` for a result URL. Never retried. */
export declare function refusedError(url: URL, reason: string, redirected: boolean): ProviderError;
/**
 * Sends one request through the guard. Errors it raises itself are ProviderErrors: a refused hop
 * (`client`, code `redirect_refused` or `download_refused`, naming the host; never retried), too
 * many redirects (`client`), an answer over the size cap (`server`), a body past its deadline or
 * silent too long (`timeout`, raised while the body is read). Network errors pass through as fetch
 * raised them. A redirect of anything but GET or HEAD is handed back as is: a body is never re-sent.
 */
export declare function guardedRequest(guard: Guard, input: string | URL | Request, init: RequestInit, rule: BodyRule): Promise<Response>;
/** `guardedRequest` as a fetch function, for an SDK: requests whose URL `streams` names are downloads. */
export declare function guardedFetch(guard: Guard, timeoutMs: number, streams: (url: URL) => boolean): typeof fetch;

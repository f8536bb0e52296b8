import { type HopRules } from './hop-rules.js';
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
    readonly bytes?: {
        readonly data: Uint8Array;
        readonly contentType: string;
    };
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
export declare function asRecord(value: unknown): Record<string, unknown> | undefined;
export declare function asString(value: unknown): string | undefined;
export declare function asNumber(value: unknown): number | undefined;
/** `base` (trailing slashes dropped) + `path` (starting with `/`). */
export declare function joinUrl(base: string, path: string): string;
/**
 * The code, message and retry hint of an error body, whichever common shape it has:
 * Google `{error: {code: 429, status: 'RESOURCE_EXHAUSTED', message, details}}`,
 * ModelArk `{error: {code: 'InvalidParameter', message, type}}`, OpenAI `{error: {message, type, code}}`.
 */
export declare function errorFields(body: unknown): ErrorFields;
/**
 * What a 2xx answer that lacks what it should carry means: the error in its body when it has one
 * (`{"error": {...}}`: the server's message and code; kind by the code when it is an HTTP status,
 * else `client`), or a `server` error saying what is missing and showing the start of the body.
 */
export declare function answerError(body: unknown, missing: string): ProviderError;
/**
 * Sends one JSON request and parses the answer.
 * @throws ProviderError for HTTP errors (kind by status, code and message from the body,
 *   retryAfterMs from `retry-after-ms`/`retry-after` or Google's RetryInfo), `timeout`,
 *   `connection`, and `server` for a 2xx answer that is not JSON; the caller's abort reason as is.
 */
export declare function requestJson(client: HttpClient, request: JsonRequest): Promise<JsonResponse>;
/**
 * The URL a provider handed out for a result, if it may be fetched (see `hopRefusal`): https to
 * a host on the internet, the API's own origin, or loopback when the API is on loopback.
 * @throws ProviderError `client` (code `download_refused`, never retried) naming the host
 */
export declare function checkedDownloadUrl(text: string, rules: HopRules): URL;
/** True when both URLs share scheme, host and port, so credentials for one may go to the other. */
export declare function sameOrigin(a: string | URL, b: string | URL): boolean;
/**
 * Opens a finished video for streaming, each redirect checked before it is followed (credentials
 * dropped once it leaves the origin). The deadline covers the response headers; the body then
 * streams for as long as it takes, unless it stays silent for the request timeout, or `signal`
 * (which carries the job's deadline) aborts.
 */
export declare function openDownload(client: HttpClient, url: URL, headers: Readonly<Record<string, string>>, signal: AbortSignal): Promise<DownloadBody>;
/** An input image as JSON APIs take it: base64 text plus its MIME type, checked again before it leaves. */
export declare function readImageBase64(path: string, roots?: readonly string[]): Promise<{
    base64: string;
    mimeType: string;
}>;

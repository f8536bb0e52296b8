/** Header reading shared by every provider: what the server says about when to come back. */
/** Milliseconds the server asks us to wait, from `retry-after-ms` or `retry-after` (seconds or a date). */
export declare function retryAfterMs(headers: Headers | undefined, now?: number): number | undefined;
/** Parses durations like `1s`, `6m0s`, `20ms`, `1h2m3.5s` (OpenAI's `x-ratelimit-reset-*` format). */
export declare function parseDuration(text: string): number | undefined;
/**
 * When the request budget is spent (`x-ratelimit-remaining-requests` is 0), about how long until
 * one more request fits: the reset header is the time to refill the whole budget, so one
 * request's share of it. Polling sooner would only earn a 429.
 */
export declare function rateLimitPauseMs(headers: Headers | undefined): number | undefined;
/** The request limit per minute from `x-ratelimit-limit-requests`, when the server sends it. */
export declare function requestsPerMinute(headers: Headers | undefined): number | undefined;
/** Provider-neutral failure kind for an HTTP status. */
export declare function kindForStatus(status: number): 'rate_limited' | 'server' | 'auth' | 'not_found' | 'client';
/**
 * When a network error proves the request never reached a server (connection refused, a name
 * that does not resolve, a failed TLS handshake): the job's error code, the system's code
 * (ECONNREFUSED...) and its message. Walks `cause` chains, as fetch and the SDK nest them. Pure.
 */
export declare function unreachableCause(error: unknown): {
    code: string;
    cause: string;
    message: string;
} | undefined;

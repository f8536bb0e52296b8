/** Header reading shared by every provider: what the server says about when to come back. */

/** Milliseconds the server asks us to wait, from `retry-after-ms` or `retry-after` (seconds or a date). */
export function retryAfterMs(headers: Headers | undefined, now: number = Date.now()): number | undefined {
  if (!headers) return undefined;
  const ms = headers.get('retry-after-ms');
  if (ms !== null && ms.trim() !== '' && Number.isFinite(Number(ms))) return Math.max(0, Number(ms));
  const value = headers.get('retry-after');
  if (value === null || value.trim() === '') return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Parses durations like `1s`, `6m0s`, `20ms`, `1h2m3.5s` (OpenAI's `x-ratelimit-reset-*` format). */
export function parseDuration(text: string): number | undefined {
  const re = /(\d+(?:\.\d+)?)(ms|h|m|s)/g;
  let total = 0;
  let matched = '';
  for (const m of text.matchAll(re)) {
    const n = Number(m[1]);
    const unit = m[2];
    total += unit === 'h' ? n * 3_600_000 : unit === 'm' ? n * 60_000 : unit === 's' ? n * 1000 : n;
    matched += m[0];
  }
  return matched.length > 0 && matched === text.trim() ? total : undefined;
}

/**
 * When the request budget is spent (`x-ratelimit-remaining-requests` is 0), about how long until
 * one more request fits: the reset header is the time to refill the whole budget, so one
 * request's share of it. Polling sooner would only earn a 429.
 */
export function rateLimitPauseMs(headers: Headers | undefined): number | undefined {
  if (!headers) return undefined;
  const limit = requestsPerMinute(headers);
  const remainingText = headers.get('x-ratelimit-remaining-requests');
  const reset = headers.get('x-ratelimit-reset-requests');
  if (limit === undefined || remainingText === null || reset === null || Number(remainingText) >= 1) return undefined;
  const full = parseDuration(reset);
  return full === undefined ? undefined : Math.ceil(full / limit);
}

/** The request limit per minute from `x-ratelimit-limit-requests`, when the server sends it. */
export function requestsPerMinute(headers: Headers | undefined): number | undefined {
  const value = Number(headers?.get('x-ratelimit-limit-requests') ?? Number.NaN);
  return Number.isFinite(value) && value > 0 ? value : undefined;
}

/** Provider-neutral failure kind for an HTTP status. */
export function kindForStatus(status: number): 'rate_limited' | 'server' | 'auth' | 'not_found' | 'client' {
  if (status === 429) return 'rate_limited';
  if (status >= 500) return 'server';
  if (status === 401 || status === 403) return 'auth';
  if (status === 404) return 'not_found';
  return 'client';
}

/** Socket error codes that prove no HTTP request was written: the job's code for each. */
const UNREACHABLE_CODES: Readonly<Record<string, string>> = {
  ECONNREFUSED: 'connection_refused',
  ENOTFOUND: 'dns_error',
  EAI_AGAIN: 'dns_error',
  EAI_NONAME: 'dns_error',
  EHOSTUNREACH: 'host_unreachable',
  ENETUNREACH: 'host_unreachable',
};

/** TLS fails during the handshake, before the request is written. */
function isTlsCode(code: string): boolean {
  return /^(ERR_TLS_|ERR_SSL_|CERT_|UNABLE_TO_|DEPTH_ZERO_SELF_SIGNED_CERT$|SELF_SIGNED_CERT_IN_CHAIN$|HOSTNAME_MISMATCH$)/.test(code);
}

/**
 * When a network error proves the request never reached a server (connection refused, a name
 * that does not resolve, a failed TLS handshake): the job's error code, the system's code
 * (ECONNREFUSED...) and its message. Walks `cause` chains, as fetch and the SDK nest them. Pure.
 */
export function unreachableCause(error: unknown): { code: string; cause: string; message: string } | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 6 && current instanceof Error; depth++) {
    const code = (current as NodeJS.ErrnoException).code;
    // Node's fetch refuses the browsers' blocked ports (9, 25, 6000...) before connecting, with no
    // error code to tell it by: its exact message is the only mark it leaves.
    if (code === undefined && current.message === 'bad port') {
      return { code: 'blocked_port', cause: 'bad port', message: "fetch refuses this port before connecting (it is on the browsers' blocked-port list); use another port" };
    }
    if (typeof code === 'string') {
      const mapped = UNREACHABLE_CODES[code] ?? (isTlsCode(code) ? 'tls_error' : undefined);
      if (mapped) return { code: mapped, cause: code, message: current.message };
    }
    current = current.cause;
  }
  return undefined;
}

/**
 * fal's queue answers, parsed at the boundary: the submit answer (`request_id` and the URLs to
 * follow), a status (`IN_QUEUE` / `IN_PROGRESS` / `COMPLETED`), a result (`video.url`) and the
 * two error shapes (`{detail: string, error_type}` and `{detail: [{loc, msg, type}]}`). Pure.
 */
import type { RemoteStatus } from '../../types.js';
import { answerError, asRecord, asString, type ErrorFields } from '../fetch-json.js';
import { hopRefusal, type HopRules } from '../hop-rules.js';
import { ProviderError } from '../types.js';

/** Where a request is followed: the submit answer's URLs, never rebuilt from the model id. */
export interface FalRequestUrls {
  readonly status_url: string;
  readonly response_url: string;
}

/**
 * The URL a fal answer handed out, if it may be requested: the API's own origin or a public
 * https host (the hop rules every redirect is held to).
 * @throws ProviderError `client` (code `url_refused`) naming the host and why
 */
export function checkedFalUrl(text: string, rules: HopRules, what: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw new ProviderError('client', `fal answered a ${what} that is not a URL: ${JSON.stringify(text.slice(0, 100))}`, { code: 'url_refused' });
  }
  const refusal = hopRefusal(url, rules);
  if (refusal !== undefined) throw new ProviderError('client', `fal's ${what} points at ${url.host}, which is not fetched: ${refusal}`, { code: 'url_refused' });
  return url;
}

/** The request id and URLs of a submit answer, each URL checked against the hop rules. */
export function falSubmitted(body: unknown, rules: HopRules): { requestId: string; urls: FalRequestUrls } {
  const answer = asRecord(body);
  const requestId = asString(answer?.request_id);
  const status = asString(answer?.status_url);
  const response = asString(answer?.response_url);
  if (!requestId || !status || !response) throw answerError(body, 'fal answered the submit without request_id, status_url and response_url');
  checkedFalUrl(status, rules, 'status_url');
  checkedFalUrl(response, rules, 'response_url');
  return { requestId, urls: { status_url: status, response_url: response } };
}

/** The URLs kept in the ledger (`SubmitResult.restore`), read back; undefined when they are not ours. */
export function parseRestore(text: string): FalRequestUrls | undefined {
  try {
    const value = asRecord(JSON.parse(text));
    const status = asString(value?.status_url);
    const response = asString(value?.response_url);
    return status && response ? { status_url: status, response_url: response } : undefined;
  } catch {
    return undefined;
  }
}

/** fal's status words; anything else (a word added later) counts as still running. */
export type FalStatusWord = 'IN_QUEUE' | 'IN_PROGRESS' | 'COMPLETED';

/**
 * A status answer as a neutral state. `completed` here means only that the request ended: its
 * outcome (a video or the model's error) is at `response_url`. Words fal's reference does not list
 * but third-party schemas do (`FAILED`, `CANCELED`) end the job; an `error` on the answer does too.
 */
export function falStatus(body: unknown): { ended: false; status: RemoteStatus } | { ended: true; failure?: RemoteStatus } {
  const answer = asRecord(body);
  const word = asString(answer?.status);
  if (!answer || !word) throw answerError(body, 'fal answered without a request status');
  const error = asString(answer.error);
  if (error || word === 'FAILED' || word === 'CANCELED' || word === 'CANCELLED') {
    const code = asString(answer.error_type) ?? word.toLowerCase();
    return { ended: true, failure: { state: 'failed', rawStatus: word, error: { code, message: error ?? `fal reports the request ${word.toLowerCase()}` } } };
  }
  if (word === 'COMPLETED') return { ended: true };
  return { ended: false, status: { state: word === 'IN_QUEUE' ? 'queued' : 'running', rawStatus: word } };
}

/** A result body as the job's outcome: `video.url`, or a failure saying the result held none. */
export function falResult(body: unknown): RemoteStatus {
  const url = asString(asRecord(asRecord(body)?.video)?.url);
  if (url) return { state: 'completed', rawStatus: 'COMPLETED', downloadUrl: url };
  const { message, code } = falErrorFields(body);
  if (message) return { state: 'failed', rawStatus: 'COMPLETED', error: { code: code ?? 'fal_error', message } };
  return { state: 'failed', rawStatus: 'COMPLETED', error: { code: 'no_video', message: 'the request completed without a video.url in its result' } };
}

/**
 * fal's error body (FastAPI's shape), its `HttpClient.errorFields`: a
 * `detail` string with an optional `error_type`, or a `detail` list of `{loc, msg, type}` (each
 * `loc` shown without its leading `body`; the first `type` is the code).
 */
export function falErrorFields(body: unknown): ErrorFields {
  const record = asRecord(body);
  const detail = record?.detail;
  const errorType = asString(record?.error_type);
  if (typeof detail === 'string' && detail !== '') return { message: detail, ...(errorType ? { code: errorType } : {}) };
  if (!Array.isArray(detail)) return errorType ? { code: errorType } : {};
  const items = detail.map((item: unknown) => asRecord(item)).filter((item) => item !== undefined);
  const lines = items.map((item) => {
    const loc = Array.isArray(item.loc) ? item.loc.filter((part: unknown, i: number) => !(i === 0 && part === 'body')).join('.') : '';
    const msg = asString(item.msg) ?? 'invalid';
    return loc === '' ? msg : `${loc}: ${msg}`;
  });
  const code = errorType ?? asString(items[0]?.type);
  return { ...(lines.length > 0 ? { message: lines.join('; ') } : {}), ...(code ? { code } : {}) };
}

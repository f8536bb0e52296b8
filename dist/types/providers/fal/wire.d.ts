/**
 * fal's queue answers, parsed at the boundary: the submit answer (`request_id` and the URLs to
 * follow), a status (`IN_QUEUE` / `IN_PROGRESS` / `COMPLETED`), a result (`video.url`) and the
 * two error shapes (`{detail: string, error_type}` and `{detail: [{loc, msg, type}]}`). Pure.
 */
import type { RemoteStatus } from '../../types.js';
import { type ErrorFields } from '../fetch-json.js';
import { type HopRules } from '../hop-rules.js';
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
export declare function checkedFalUrl(text: string, rules: HopRules, what: string): URL;
/** The request id and URLs of a submit answer, each URL checked against the hop rules. */
export declare function falSubmitted(body: unknown, rules: HopRules): {
    requestId: string;
    urls: FalRequestUrls;
};
/** The URLs kept in the ledger (`SubmitResult.restore`), read back; undefined when they are not ours. */
export declare function parseRestore(text: string): FalRequestUrls | undefined;
/** fal's status words; anything else (a word added later) counts as still running. */
export type FalStatusWord = 'IN_QUEUE' | 'IN_PROGRESS' | 'COMPLETED';
/**
 * A status answer as a neutral state. `completed` here means only that the request ended: its
 * outcome (a video or the model's error) is at `response_url`. Words fal's reference does not list
 * but third-party schemas do (`FAILED`, `CANCELED`) end the job; an `error` on the answer does too.
 */
export declare function falStatus(body: unknown): {
    ended: false;
    status: RemoteStatus;
} | {
    ended: true;
    failure?: RemoteStatus;
};
/** A result body as the job's outcome: `video.url`, or a failure saying the result held none. */
export declare function falResult(body: unknown): RemoteStatus;
/**
 * fal's error body (FastAPI's shape), its `HttpClient.errorFields`: a
 * `detail` string with an optional `error_type`, or a `detail` list of `{loc, msg, type}` (each
 * `loc` shown without its leading `body`; the first `type` is the code).
 */
export declare function falErrorFields(body: unknown): ErrorFields;

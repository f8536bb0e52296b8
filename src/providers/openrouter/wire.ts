/**
 * OpenRouter's video job answers, read at the boundary: the submit answer (`{id, polling_url,
 * status}`), a job's status (`pending` / `in_progress` / `completed` / `failed` / `cancelled` /
 * `expired`) with its download URLs and `usage.cost`, and the error body
 * (`{error: {code: <HTTP status>, message, metadata?}}`). Pure. See PROVIDER.md for the sources.
 */
import type { RemoteState, RemoteStatus } from '../../types.js';
import { answerError, asNumber, asRecord, asString, type ErrorFields } from '../fetch-json.js';

const STATES: Readonly<Record<string, RemoteState>> = {
  pending: 'queued',
  in_progress: 'running',
  completed: 'completed',
  failed: 'failed',
  cancelled: 'failed',
  expired: 'failed',
};

/** What a job's ending says when it names no `error` of its own. */
const ENDED_WITHOUT_ERROR: Readonly<Record<string, string>> = {
  failed: 'the video generation failed',
  cancelled: 'the video generation was cancelled',
  expired: 'the video generation job expired before it finished',
};

/** One job as OpenRouter states it, beyond the neutral status: what the download and the cost need. */
export interface OpenRouterJob {
  readonly status: RemoteStatus;
  /** `urls[0]`: a signed storage URL, fetched without the key (absent from the OpenAPI schema; PROVIDER.md). */
  readonly signedUrl?: string;
  /** `usage.cost`: what the job cost, in USD, once it completed. */
  readonly costUsd?: number;
}

/** The job id a submit answered with. */
export function submittedId(body: unknown): string {
  const id = asString(asRecord(body)?.id);
  if (!id) throw answerError(body, 'OpenRouter answered the video request without a job id');
  return id;
}

function firstString(value: unknown): string | undefined {
  return Array.isArray(value) ? value.map(asString).find((item) => item !== undefined) : undefined;
}

/** A job answer (submit or poll) as a neutral status; an unknown status word counts as running. */
export function openRouterJob(body: unknown): OpenRouterJob {
  const job = asRecord(body);
  const word = asString(job?.status);
  if (!job || !word) throw answerError(body, 'OpenRouter answered without a video job status');
  const state = STATES[word] ?? 'running';
  const cost = asNumber(asRecord(job.usage)?.cost);
  const costPart = cost === undefined ? {} : { costUsd: cost };
  if (state === 'failed') {
    const message = asString(job.error) ?? ENDED_WITHOUT_ERROR[word] ?? 'the video generation failed';
    return { status: { state, rawStatus: word, error: { code: word === 'failed' ? 'generation_failed' : word, message } }, ...costPart };
  }
  if (state !== 'completed') return { status: { state, rawStatus: word } };
  const signedUrl = firstString(job.urls);
  return { status: { state, rawStatus: word, ...(signedUrl === undefined ? {} : { downloadUrl: signedUrl }) }, ...(signedUrl === undefined ? {} : { signedUrl }), ...costPart };
}

/**
 * OpenRouter's error body: `{error: {code, message, metadata}}`, `code` being the HTTP status as a
 * number (so the kind comes from the status; no code word is kept). The reference documents no
 * wait in the body: a 429's wait is its Retry-After header.
 */
export function openRouterErrorFields(body: unknown): ErrorFields {
  const error = asRecord(asRecord(body)?.error);
  const message = asString(error?.message) ?? asString(asRecord(body)?.message);
  return message === undefined ? {} : { message };
}

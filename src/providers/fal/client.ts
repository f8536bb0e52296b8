/**
 * fal.ai's queue API: `POST {base}/{model}` submits the input JSON; the answer's `status_url` is
 * polled (IN_QUEUE, IN_PROGRESS, COMPLETED) and, once completed, its `response_url` holds the
 * model's output (`video.url`) or the model's error. See PROVIDER.md.
 */
import type { JobSpec, RemoteStatus } from '../../types.js';
import { joinUrl, openDownload, requestJson, sameOrigin, checkedDownloadUrl, type HttpClient } from '../fetch-json.js';
import { hopRulesFor } from '../hop-rules.js';
import { ProviderError, type DownloadBody, type Provider, type SubmitResult } from '../types.js';
import type { FactsLookup } from '../discovery/facts.js';
import { withParams } from '../params.js';
import { dataUrl, readJobImages } from '../job-images.js';
import { falInput } from './input.js';
import { planFalInput, type FalImages } from './schema-input.js';
import { checkedFalUrl, falErrorFields, falResult, falStatus, falSubmitted, parseRestore, type FalRequestUrls } from './wire.js';

export const FAL_DEFAULT_BASE_URL = 'https://queue.fal.run';

export interface FalProviderOptions {
  readonly apiKey: string;
  /** The queue's origin (or a proxy's prefix). @default FAL_DEFAULT_BASE_URL */
  readonly baseUrl?: string;
  /** Per-request timeout in milliseconds. @default 60000 */
  readonly requestTimeoutMs?: number;
  /** @default globalThis.fetch */
  readonly fetch?: typeof fetch;
  /** What discovery learned of each endpoint: a job whose endpoint has a schema gets its input built from it. @default none */
  readonly facts?: FactsLookup;
}

/** The reserved names of the fallback input (see index.ts's `params`). */
const FALLBACK_PARAMS = { into: 'the `input` JSON', reserved: { prompt: 'prompt', duration: 'seconds', aspect_ratio: 'size', resolution: 'size', image_url: 'first_frame', first_frame_url: 'first_frame', last_frame_url: 'last_frame', tail_image_url: 'last_frame', image_urls: 'reference_images', generate_audio: 'audio' } };

/**
 * The input JSON of `job`: from its endpoint's published schema when discovery has it, else from
 * the names most fal video endpoints share (input.ts) with the params laid over.
 * @throws ProviderError `client` when the job does not fit the schema (the run checks this before sending)
 */
export function falRequestInput(job: JobSpec, facts: FactsLookup | undefined, images: string | FalImages | undefined): Record<string, unknown> {
  const known = facts?.('fal', job.model);
  const { first, last, references = [] }: FalImages = typeof images === 'string' ? { first: images } : (images ?? {});
  if (!known?.input) return withParams(falInput(job, first, { ...(last !== undefined ? { last } : {}), references }), job, FALLBACK_PARAMS);
  const plan = planFalInput(job, known, { ...(first !== undefined ? { first } : {}), ...(last !== undefined ? { last } : {}), references });
  const [problem] = plan.problems;
  if (problem) throw new ProviderError('client', `${problem.field}: ${problem.message}`);
  return plan.input;
}

/** `fal-ai/veo3.1/fast` as a URL path, each segment encoded. */
export function falModelPath(model: string): string {
  return model.split('/').map(encodeURIComponent).join('/');
}

/**
 * What an error answer of `response_url` means for the job: a 4xx (the model refused the input:
 * 422 with a `detail` list, say) or a 5xx carrying fal's `error_type` is the request's outcome, so
 * the job fails with fal's detail; a 429, a key problem, or a bare 5xx is the read failing, and
 * the runner retries it.
 */
function resultFailure(error: unknown): RemoteStatus | undefined {
  if (!(error instanceof ProviderError)) return undefined;
  const status = error.details.status;
  if (status === undefined || status === 429 || status === 401 || status === 403) return undefined;
  if (status >= 500 && error.details.code === undefined) return undefined;
  return { state: 'failed', rawStatus: 'COMPLETED', error: { code: error.details.code ?? `http_${status}`, message: error.message } };
}

/**
 * The fal provider. No findSubmitted: fal's request list (the Platform API's
 * `/models/requests/by-endpoint`, on another host) is sorted by end time, so a request still in
 * the queue may not be in it and its absence proves nothing; the runner fails an ambiguous submit
 * as `submit_uncertain` rather than pay twice.
 */
export function createFalProvider(options: FalProviderOptions): Provider {
  const base = (options.baseUrl ?? FAL_DEFAULT_BASE_URL).replace(/\/+$/, '');
  const keyHeader: Readonly<Record<string, string>> = { authorization: `Key ${options.apiKey}` };
  const client: HttpClient = { fetch: options.fetch ?? globalThis.fetch, rules: hopRulesFor(base), timeoutMs: options.requestTimeoutMs ?? 60_000, label: 'fal', errorFields: falErrorFields };
  // request id -> the URLs its submit answer gave; filled by submit and by restore (a later run).
  const requests = new Map<string, FalRequestUrls>();
  // The key goes only where the queue lives; a URL on another host gets none.
  const headersFor = (url: URL): Readonly<Record<string, string>> => (sameOrigin(url, base) ? keyHeader : {});

  async function result(responseUrl: string, signal: AbortSignal): Promise<RemoteStatus> {
    const url = checkedFalUrl(responseUrl, client.rules, 'response_url');
    try {
      const answer = await requestJson(client, { method: 'GET', url: url.href, headers: headersFor(url), signal });
      return falResult(answer.body);
    } catch (error) {
      const failure = resultFailure(error);
      if (failure) return failure;
      throw error;
    }
  }

  return {
    name: 'fal',

    async submit(job: JobSpec, remixOfVideoId: string | undefined, signal: AbortSignal, sending?: () => void): Promise<SubmitResult> {
      if (remixOfVideoId !== undefined) throw new ProviderError('client', 'fal cannot remix a video');
      const images = await readJobImages(job);
      const input = falRequestInput(job, options.facts, {
        ...(images.first ? { first: dataUrl(images.first) } : {}),
        ...(images.last ? { last: dataUrl(images.last) } : {}),
        references: images.references.map(dataUrl),
      });
      sending?.();
      const answer = await requestJson(client, { method: 'POST', url: joinUrl(base, `/${falModelPath(job.model)}`), headers: keyHeader, body: input, signal });
      const { requestId, urls } = falSubmitted(answer.body, client.rules);
      requests.set(requestId, urls);
      return { remoteId: requestId, status: { state: 'queued', rawStatus: 'IN_QUEUE' }, restore: JSON.stringify(urls) };
    },

    restore(remoteId: string, text: string): void {
      const urls = parseRestore(text);
      if (urls) requests.set(remoteId, urls);
    },

    async status(remoteId: string, signal: AbortSignal): Promise<RemoteStatus> {
      const urls = requests.get(remoteId);
      if (!urls) throw new ProviderError('client', `the status_url of fal request ${remoteId} is not known (its ledger entry lacks it); submit the job again with --retry-uncertain or look it up on fal's dashboard`, { code: 'no_status_url' });
      const url = checkedFalUrl(urls.status_url, client.rules, 'status_url');
      const answer = await requestJson(client, { method: 'GET', url: url.href, headers: headersFor(url), signal });
      const parsed = falStatus(answer.body);
      if (!parsed.ended) return parsed.status;
      return parsed.failure ?? result(urls.response_url, signal);
    },

    async download(_remoteId: string, status: RemoteStatus, signal: AbortSignal): Promise<DownloadBody> {
      if (!status.downloadUrl) throw new ProviderError('server', 'the finished request named no video.url');
      const url = checkedDownloadUrl(status.downloadUrl, client.rules);
      // video.url is on fal's CDN: the key goes only back to the queue's own origin.
      return openDownload(client, url, headersFor(url), signal);
    },
  };
}

/**
 * ByteDance Seedance through BytePlus ModelArk (or Volcengine Ark, or a gateway with the same
 * shape): `POST {base}/contents/generations/tasks` creates a task, `GET .../tasks/{id}` is polled
 * until it succeeds or fails, and `content.video_url` is downloaded. See docs/providers.md.
 */
import type { JobSpec, RemoteState, RemoteStatus } from '../../types.js';
import {
  answerError,
  asNumber,
  asRecord,
  asString,
  checkedDownloadUrl,
  joinUrl,
  openDownload,
  requestJson,
  sameOrigin,
  type HttpClient,
} from '../fetch-json.js';
import { rateLimitPauseMs } from '../http.js';
import { hopRulesFor } from '../hop-rules.js';
import type { ProviderParams } from '../module.js';
import { dataUrl, FIRST_ONLY, readJobImages, type ImageSlots } from '../job-images.js';
import { withParams } from '../params.js';
import { ProviderError, type DownloadBody, type Provider, type SubmitResult } from '../types.js';

/** BytePlus ModelArk, Asia-Pacific (Johor). Volcengine: https://ark.cn-beijing.volces.com/api/v3 */
export const SEEDANCE_DEFAULT_BASE_URL = 'https://ark.ap-southeast.bytepluses.com/api/v3';

export type SeedanceRatio = '16:9' | '4:3' | '1:1' | '3:4' | '9:16' | '21:9';
export type SeedanceResolution = '480p' | '720p' | '1080p';

/** How long a `content.video_url` stays downloadable, per the task API reference. */
export const SEEDANCE_VIDEO_TTL_MS = 24 * 3_600_000;

const RATIOS: readonly (readonly [SeedanceRatio, number, number])[] = [
  ['16:9', 16, 9],
  ['9:16', 9, 16],
  ['4:3', 4, 3],
  ['3:4', 3, 4],
  ['1:1', 1, 1],
  ['21:9', 21, 9],
];
const TIERS: readonly (readonly [SeedanceResolution, number])[] = [
  ['480p', 480],
  ['720p', 720],
  ['1080p', 1080],
];

/** `WIDTHxHEIGHT` whose short side is the tier and whose long side follows the ratio (rounded to even). */
function nominalSize(ratio: readonly [SeedanceRatio, number, number], short: number): string {
  const [, w, h] = ratio;
  const long = Math.round((short * Math.max(w, h)) / Math.min(w, h) / 2) * 2;
  return w >= h ? `${long}x${short}` : `${short}x${long}`;
}

/**
 * Every `size` Seedance can express, as `ratio` + `resolution`: the nominal size of each ratio at
 * each tier (1280x720 is 16:9 720p). The pixels rendered follow the model's own table.
 */
export const SEEDANCE_SIZES: Readonly<Record<string, { readonly ratio: SeedanceRatio; readonly resolution: SeedanceResolution }>> =
  Object.fromEntries(TIERS.flatMap(([resolution, short]) => RATIOS.map((r) => [nominalSize(r, short), { ratio: r[0], resolution }] as const)));

type ContentItem =
  | { readonly type: 'text'; readonly text: string }
  | { readonly type: 'image_url'; readonly image_url: { readonly url: string }; readonly role: SeedanceImageRole };

/** Where an image goes in the video, as ModelArk's `content[].role` names it. */
export type SeedanceImageRole = 'first_frame' | 'last_frame' | 'reference_image';

/** The JSON body of a create-task request (ModelArk wire names; parameters as body fields). */
export interface SeedanceRequestBody {
  readonly model: string;
  readonly content: readonly ContentItem[];
  readonly ratio?: SeedanceRatio;
  readonly resolution?: SeedanceResolution;
  readonly duration?: number;
  readonly generate_audio?: boolean;
}

/** A job's params join the body, beside the fields ModelArk documents there (seed, camera_fixed, watermark...). */
export const SEEDANCE_PARAMS: ProviderParams = {
  into: 'the JSON body',
  reserved: { model: 'model', content: 'prompt, first_frame, last_frame and reference_images', ratio: 'size', resolution: 'size', duration: 'seconds', generate_audio: 'audio' },
};

/** Whether `model` has ModelArk's audio switch (`generate_audio`): Seedance 1.5 Pro and later; 1.0 is silent. Pure. */
export function seedanceHasAudio(model: string): boolean {
  return !/seedance-1-0-/.test(model);
}

/**
 * The input images a Seedance model takes on ModelArk (BytePlus ModelArk video generation
 * reference, read 2026-12-07): Seedance 2.0 a first and a last frame, or up to 9 reference
 * images (`first/last frame content cannot be mixed with reference media`); 1.0 Lite I2V likewise
 * with up to 4; 1.5 Pro and 1.0 Pro a first and a last frame; 1.0 Pro Fast a first frame. Pure.
 */
export function seedanceImageSlots(model: string): ImageSlots {
  if (/seedance-2-0/.test(model)) return { first: true, last: true, lastNeedsFirst: true, references: 9, referencesAlone: true };
  if (/seedance-1-0-lite-i2v/.test(model)) return { first: true, last: true, lastNeedsFirst: true, references: 4, referencesAlone: true };
  if (/seedance-1-0-pro-fast/.test(model)) return FIRST_ONLY;
  if (/seedance-1-(5|0)-pro/.test(model)) return { first: true, last: true, lastNeedsFirst: true, references: 0 };
  return FIRST_ONLY;
}

/** A job's input images as data URLs (`data:image/png;base64,...`), which `image_url.url` takes. */
export interface SeedanceImages {
  readonly first?: string;
  readonly last?: string;
  readonly references?: readonly string[];
}

/**
 * Maps a job to the create-task body: seconds -> duration, size -> ratio + resolution,
 * audio -> generate_audio (left out when unset: the model's default, sound on for 1.5 Pro),
 * first_frame, last_frame and reference_images -> `image_url` items of `content[]` with the roles
 * `first_frame`, `last_frame` and `reference_image`, then its params. Pure.
 */
export function seedanceRequestBody(job: JobSpec, images?: string | SeedanceImages): SeedanceRequestBody {
  const content: ContentItem[] = [{ type: 'text', text: job.prompt }];
  const { first, last, references = [] }: SeedanceImages = typeof images === 'string' ? { first: images } : (images ?? {});
  const item = (url: string, role: SeedanceImageRole): ContentItem => ({ type: 'image_url', image_url: { url }, role });
  if (first !== undefined) content.push(item(first, 'first_frame'));
  if (last !== undefined) content.push(item(last, 'last_frame'));
  for (const reference of references) content.push(item(reference, 'reference_image'));
  let shape: { ratio: SeedanceRatio; resolution: SeedanceResolution } | undefined;
  if (job.size !== undefined) {
    shape = SEEDANCE_SIZES[job.size];
    // checkJob refuses these before anything is sent; this guards direct callers.
    if (!shape) throw new ProviderError('client', `Seedance cannot make ${job.size}; it accepts ${Object.keys(SEEDANCE_SIZES).join(', ')}`);
  }
  const audio = job.audio === undefined ? {} : { generate_audio: job.audio };
  return withParams({ model: job.model, content, ...(shape ?? {}), ...(job.seconds === undefined ? {} : { duration: job.seconds }), ...audio }, job, SEEDANCE_PARAMS);
}

const STATES: Readonly<Record<string, RemoteState>> = {
  queued: 'queued',
  running: 'running',
  succeeded: 'completed',
  failed: 'failed',
  cancelled: 'failed',
  expired: 'failed',
};

const ENDED_WITHOUT_ERROR: Readonly<Record<string, string>> = {
  cancelled: 'the task was cancelled before it ran',
  expired: 'the task passed its execution_expires_after deadline before it finished',
  failed: 'the generation failed',
};

/** The task id a create answered with. */
export function seedanceTaskId(body: unknown): string {
  const id = asString(asRecord(body)?.id);
  if (!id) throw answerError(body, 'ModelArk answered the create without a task id');
  return id;
}

/** Maps a task to a neutral status, keeping ModelArk's status word; an unknown word counts as running. */
export function seedanceTaskStatus(body: unknown, headers?: Headers): RemoteStatus {
  const task = asRecord(body);
  const word = asString(task?.status);
  if (!task || !word) throw answerError(body, 'ModelArk answered without a task status');
  const state = STATES[word] ?? 'running';
  const pause = rateLimitPauseMs(headers);
  const hint = pause === undefined ? {} : { pollAfterMs: pause };
  if (state === 'failed') {
    const error = asRecord(task.error);
    const message = asString(error?.message) ?? ENDED_WITHOUT_ERROR[word] ?? 'the generation failed';
    return { state, rawStatus: word, error: { code: asString(error?.code) ?? word, message }, ...hint };
  }
  if (state !== 'completed') return { state, rawStatus: word, ...hint };
  const url = asString(asRecord(task.content)?.video_url);
  if (!url) return { state: 'failed', rawStatus: word, error: { code: 'no_video', message: 'the task succeeded without a video_url' }, ...hint };
  const finished = asNumber(task.updated_at) ?? asNumber(task.created_at);
  return { state, rawStatus: word, downloadUrl: url, ...(finished === undefined ? {} : { expiresAt: finished * 1000 + SEEDANCE_VIDEO_TTL_MS }), ...hint };
}

function taskUrl(base: string, id: string): string {
  return joinUrl(base, `/contents/generations/tasks/${encodeURIComponent(id)}`);
}

export interface SeedanceProviderOptions {
  readonly apiKey: string;
  /** Up to and including `/api/v3` (or a gateway's prefix). @default SEEDANCE_DEFAULT_BASE_URL */
  readonly baseUrl?: string;
  /** Per-request timeout in milliseconds. @default 60000 */
  readonly requestTimeoutMs?: number;
  /** @default globalThis.fetch */
  readonly fetch?: typeof fetch;
}

/**
 * The Seedance provider. No findSubmitted: ModelArk's task list carries no prompt and filters by
 * endpoint id, so a lost create cannot be told apart from another job's; the runner then fails
 * it as `submit_uncertain` rather than pay twice.
 */
export function createSeedanceProvider(options: SeedanceProviderOptions): Provider {
  const base = (options.baseUrl ?? SEEDANCE_DEFAULT_BASE_URL).replace(/\/+$/, '');
  const keyHeader: Readonly<Record<string, string>> = { authorization: `Bearer ${options.apiKey}` };
  const client: HttpClient = { fetch: options.fetch ?? globalThis.fetch, rules: hopRulesFor(base), timeoutMs: options.requestTimeoutMs ?? 60_000, label: 'ModelArk' };

  return {
    name: 'seedance',

    async submit(job: JobSpec, remixOfVideoId: string | undefined, signal: AbortSignal, sending?: () => void): Promise<SubmitResult> {
      if (remixOfVideoId !== undefined) throw new ProviderError('client', 'Seedance cannot remix a video');
      const images = await readJobImages(job);
      const body = seedanceRequestBody(job, {
        ...(images.first ? { first: dataUrl(images.first) } : {}),
        ...(images.last ? { last: dataUrl(images.last) } : {}),
        references: images.references.map(dataUrl),
      });
      sending?.();
      const answer = await requestJson(client, { method: 'POST', url: joinUrl(base, '/contents/generations/tasks'), headers: keyHeader, body, signal });
      // The create answers only `{id}`; the task starts queued.
      return { remoteId: seedanceTaskId(answer.body), status: { state: 'queued', rawStatus: 'queued' } };
    },

    async status(remoteId: string, signal: AbortSignal): Promise<RemoteStatus> {
      const answer = await requestJson(client, { method: 'GET', url: taskUrl(base, remoteId), headers: keyHeader, signal });
      return seedanceTaskStatus(answer.body, answer.headers);
    },

    async download(_remoteId: string, status: RemoteStatus, signal: AbortSignal): Promise<DownloadBody> {
      if (!status.downloadUrl) throw new ProviderError('server', 'the finished task named no video_url');
      const url = checkedDownloadUrl(status.downloadUrl, client.rules);
      // video_url is a pre-signed object-store link: the key is sent only back to the API's own host.
      return openDownload(client, url, sameOrigin(url, base) ? keyHeader : {}, signal);
    },
  };
}

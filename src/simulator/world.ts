/**
 * The state one simulator holds and the verbs every API shape shares, so a provider module's
 * simulator routes (src/providers/<name>/simulator.ts) only map its wire format onto these.
 */
import type { VideoAssets } from './content.js';
import type { RequestBody, Reply } from './http.js';
import type { InputImageRecord, RouteName, SimulatorStats } from './stats.js';
import type { VideoStore } from './store.js';
import { plannedCompletionMs, planVideo, videoStateAt, type VideoJob, type VideoRequest, type VideoState, type VideoTiming } from './videos.js';

/** Whether the API a provider's routes stand for serves a model id (the layer that composes the simulator decides). */
export type ModelAcceptor = (provider: string, model: string) => boolean;

/** A character made with the OpenAI shape's `POST /videos/characters`. */
export interface SimulatedCharacter {
  readonly id: string;
  readonly created_at: number;
  readonly name: string;
}

/** One API's routes, as a provider module hands them to the simulator. */
export interface SimulatorRoutes {
  routes(world: SimulatorWorld, originOf: () => string): readonly RouteDefinition[];
}

export interface SimulatorWorld {
  readonly store: VideoStore;
  readonly stats: SimulatorStats;
  readonly assets: VideoAssets;
  readonly timing: VideoTiming;
  readonly expiresAfterMs: number;
  readonly supportsList: boolean;
  /** Characters made with `POST /videos/characters` (in memory only). */
  readonly characters: Map<string, SimulatedCharacter>;
  /** Whether the API of a provider serves a model id. */
  readonly isModelAllowed: ModelAcceptor;
}

/** What a route handler gets. */
export interface RouteContext {
  readonly method: string;
  readonly path: string;
  /** Decoded `:name` segments of the route's pattern. */
  readonly params: Readonly<Record<string, string>>;
  readonly query: URLSearchParams;
  readonly body: RequestBody;
  /** The request's headers, lower-cased (a route that reads them: the Gemini Files API upload). */
  readonly headers?: Readonly<Record<string, string | string[] | undefined>>;
  /** The raw body (a route that takes bytes, not JSON: the Gemini Files API upload). */
  readonly bytes?: Buffer;
  /** Clock reading for this request (epoch ms). */
  readonly now: number;
}

export interface RouteDefinition {
  /** How the request is counted in stats and matched by faults. */
  readonly name: RouteName;
  readonly method: string;
  /** Path with `:name` placeholders for single segments, e.g. `/v1/videos/:id/content`; `:name:verb` ends with a literal `:verb`. */
  readonly pattern: string;
  handle(context: RouteContext): Reply | Promise<Reply>;
  /** The prompt of a request whose body nests it (faults match on it); `prompt` field otherwise. */
  promptOf?(body: RequestBody): string | undefined;
  /** Answered without a key (a token endpoint, which is how a client gets one). @default false */
  readonly anonymous?: boolean;
}

/** The decoded params when `pathname` fits `pattern`, otherwise undefined. */
export function matchPath(pattern: string, pathname: string): Record<string, string> | undefined {
  const want = pattern.split('/');
  const have = pathname.split('/');
  if (want.length !== have.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < want.length; i++) {
    const expected = want[i] ?? '';
    const actual = have[i] ?? '';
    if (expected.startsWith(':')) {
      // `:model:predictLongRunning` takes the segment up to a literal suffix (Google's custom verbs).
      const [name = '', ...verb] = expected.slice(1).split(':');
      const suffix = verb.length === 0 ? '' : `:${verb.join(':')}`;
      if (actual.length <= suffix.length || !actual.endsWith(suffix)) return undefined;
      try {
        params[name] = decodeURIComponent(actual.slice(0, actual.length - suffix.length));
      } catch {
        return undefined;
      }
    } else if (expected !== actual) {
      return undefined;
    }
  }
  return params;
}

/** Accepts (and bills) a new video; `extraFields` are recorded with it (see VideoRecord). */
export function acceptVideo(
  world: SimulatorWorld,
  request: Omit<VideoRequest, 'id'>,
  extraFields?: Readonly<Record<string, unknown>>,
  inputImages?: readonly InputImageRecord[],
): VideoJob {
  const job = planVideo({ ...request, id: world.store.newId() }, world.timing);
  world.store.add(job);
  world.stats.billedCreates++;
  const completedAt = plannedCompletionMs(job);
  world.stats.videos.set(job.id, {
    id: job.id,
    prompt: job.prompt,
    model: job.model,
    seconds: job.seconds,
    size: job.size,
    createdAt: job.createdAtMs,
    ...(completedAt === null ? {} : { completedAt }),
    ...(job.failure ? { failureCode: job.failure.code } : {}),
    ...(job.remixedFromVideoId === null ? {} : { remixedFromVideoId: job.remixedFromVideoId }),
    ...(job.inputReferenceBytes === undefined ? {} : { inputReferenceBytes: job.inputReferenceBytes }),
    ...(extraFields === undefined || Object.keys(extraFields).length === 0 ? {} : { extraFields }),
    ...(inputImages === undefined || inputImages.length === 0 ? {} : { inputImages }),
  });
  return job;
}

/** The video's state now, as a status response shows it to the client (records first sight of completion). */
export function showVideo(world: SimulatorWorld, job: VideoJob, now: number): VideoState {
  const state = videoStateAt(job, now, world.expiresAfterMs);
  const record = world.stats.videos.get(job.id);
  if (state.status === 'completed' && record && record.firstSeenCompletedAt === undefined) record.firstSeenCompletedAt = now;
  return state;
}

/** The video's state now, without counting it as seen (downloads, remixes, deletes). */
export function peekVideo(world: SimulatorWorld, job: VideoJob, now: number): VideoState {
  return videoStateAt(job, now, world.expiresAfterMs);
}

/**
 * The state one simulator holds and the verbs every API shape shares, so a provider module's
 * simulator routes (src/providers/<name>/simulator.ts) only map its wire format onto these.
 */
import type { VideoAssets } from './content.js';
import type { RequestBody, Reply } from './http.js';
import type { InputImageRecord, RouteName, SimulatorStats } from './stats.js';
import type { VideoStore } from './store.js';
import { type VideoJob, type VideoRequest, type VideoState, type VideoTiming } from './videos.js';
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
export declare function matchPath(pattern: string, pathname: string): Record<string, string> | undefined;
/** Accepts (and bills) a new video; `extraFields` are recorded with it (see VideoRecord). */
export declare function acceptVideo(world: SimulatorWorld, request: Omit<VideoRequest, 'id'>, extraFields?: Readonly<Record<string, unknown>>, inputImages?: readonly InputImageRecord[]): VideoJob;
/** The video's state now, as a status response shows it to the client (records first sight of completion). */
export declare function showVideo(world: SimulatorWorld, job: VideoJob, now: number): VideoState;
/** The video's state now, without counting it as seen (downloads, remixes, deletes). */
export declare function peekVideo(world: SimulatorWorld, job: VideoJob, now: number): VideoState;

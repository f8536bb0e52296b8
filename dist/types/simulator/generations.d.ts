/**
 * The gateways' older OpenAI-style shape over the shared video state: `POST /v1/videos/generations`
 * with `{model, prompt, duration}` holds the request until the video is done, then answers
 * `{created, data: [{url}]}`; the URL points back at this simulator. Also the file-serving
 * helper the other non-OpenAI shapes share.
 */
import { type Reply, type RequestBody } from './http.js';
import { type VideoJob } from './videos.js';
import { type RouteDefinition, type SimulatorWorld } from './world.js';
/** Why a video has no file to serve, for the caller to phrase in its API's error shape. */
export type NoFile = 'failed' | 'not_ready' | 'expired';
/** The MP4 of a finished video, or why there is none. */
export declare function videoFileReply(world: SimulatorWorld, job: VideoJob, now: number, noFile: (why: NoFile) => Reply): Reply;
/** `POST /v1/videos/generations` and the file URLs it hands out; `origin` is read per request. */
export declare function generationsRoutes(world: SimulatorWorld, origin: () => string): RouteDefinition[];
/** For RouteDefinition.promptOf of JSON shapes: a prompt at a nested path. */
export declare function nestedText(body: RequestBody, pick: (json: Readonly<Record<string, unknown>>) => unknown): string | undefined;

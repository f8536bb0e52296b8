/**
 * What the simulated APIs that hand out file URLs share: serving a finished video's MP4 (or saying
 * why there is none, in each API's own error shape), and reading a prompt nested in a JSON body.
 */
import { type Reply, type RequestBody } from './http.js';
import { type VideoJob } from './videos.js';
import { type SimulatorWorld } from './world.js';
/** Why a video has no file to serve, for the caller to phrase in its API's error shape. */
export type NoFile = 'failed' | 'not_ready' | 'expired';
/** The MP4 of a finished video, or why there is none. */
export declare function videoFileReply(world: SimulatorWorld, job: VideoJob, now: number, noFile: (why: NoFile) => Reply): Reply;
/** For RouteDefinition.promptOf of JSON shapes: a prompt at a nested path. */
export declare function nestedText(body: RequestBody, pick: (json: Readonly<Record<string, unknown>>) => unknown): string | undefined;
/** The 404 the simulator gives for a path no API serves (OpenAI's words: the default shape). */
export declare function invalidUrl(method: string, path: string): Reply;

/**
 * What the simulated APIs that hand out file URLs share: serving a finished video's MP4 (or saying
 * why there is none, in each API's own error shape), and reading a prompt nested in a JSON body.
 */
import { errorReply, type Reply, type RequestBody } from './http.js';
import { isExpired, type VideoJob } from './videos.js';
import { peekVideo, type SimulatorWorld } from './world.js';

/** Why a video has no file to serve, for the caller to phrase in its API's error shape. */
export type NoFile = 'failed' | 'not_ready' | 'expired';

/** The MP4 of a finished video, or why there is none. */
export function videoFileReply(world: SimulatorWorld, job: VideoJob, now: number, noFile: (why: NoFile) => Reply): Reply {
  const state = peekVideo(world, job, now);
  if (state.status === 'failed') return noFile('failed');
  if (state.status !== 'completed') return noFile('not_ready');
  if (isExpired(state, now)) return noFile('expired');
  const file = world.assets.mp4({ id: job.id, seconds: Number(job.seconds), size: job.size });
  return { status: 200, headers: { 'content-type': 'video/mp4' }, body: file.prefix, paddingBytes: file.paddingBytes };
}

/** For RouteDefinition.promptOf of JSON shapes: a prompt at a nested path. */
export function nestedText(body: RequestBody, pick: (json: Readonly<Record<string, unknown>>) => unknown): string | undefined {
  if (!body.json) return undefined;
  const value = pick(body.json);
  return typeof value === 'string' ? value : undefined;
}

/** The 404 the simulator gives for a path no API serves (OpenAI's words: the default shape). */
export function invalidUrl(method: string, path: string): Reply {
  return errorReply(404, { message: `Invalid URL (${method} ${path})`, type: 'invalid_request_error', param: null, code: null });
}

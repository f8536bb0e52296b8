/**
 * The simulator's videos on disk, so a later simulator on the same file answers for them: a
 * stopped `--simulate` run resumes as it would against a real API. Only creates and deletes change
 * the state (a video's status follows from its stored times and the clock), so the file is written
 * then, synchronously and atomically, before the answer that hands out the id leaves.
 */
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import type { VideoJob } from './videos.js';

/** What the file holds. */
export interface StoredState {
  readonly videos: readonly VideoJob[];
  readonly deleted: readonly string[];
}

const VERSION = 1;

/** A state file that cannot be read back; its message says how to get going again. */
export class SimulatorStateError extends Error {
  override readonly name = 'SimulatorStateError';
}

function isRecord(value: unknown): value is Readonly<Record<string, unknown>> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFailure(value: unknown): value is VideoJob['failure'] {
  return value === null || (isRecord(value) && typeof value.code === 'string' && typeof value.message === 'string' && typeof value.failAfterMs === 'number');
}

/** Parses one stored video, or undefined when it is not one. */
function toJob(value: unknown): VideoJob | undefined {
  if (!isRecord(value)) return undefined;
  const { id, prompt, model, seconds, size, createdAtMs, queueMs, generationMs, failure, remixedFromVideoId, inputReferenceBytes } = value;
  const texts = [id, prompt, model, seconds, size].every((v) => typeof v === 'string');
  const times = [createdAtMs, queueMs, generationMs].every((v) => typeof v === 'number' && Number.isFinite(v));
  if (!texts || !times || !isFailure(failure)) return undefined;
  if (remixedFromVideoId !== null && typeof remixedFromVideoId !== 'string') return undefined;
  if (inputReferenceBytes !== undefined && typeof inputReferenceBytes !== 'number') return undefined;
  return value as unknown as VideoJob;
}

/**
 * The state stored at `path`; empty when there is no file yet.
 * @throws SimulatorStateError when the file exists but is not a state this simulator wrote
 */
export function loadState(path: string): StoredState {
  if (!existsSync(path)) return { videos: [], deleted: [] };
  const unreadable = (why: string): SimulatorStateError =>
    new SimulatorStateError(`simulator state ${path} is unreadable (${why}); delete it to start the simulator empty (the videos it held can then no longer be resumed)`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw unreadable(error instanceof Error ? error.message : String(error));
  }
  if (!isRecord(parsed) || parsed.version !== VERSION || !Array.isArray(parsed.videos) || !Array.isArray(parsed.deleted)) {
    throw unreadable(`not a version ${VERSION} simulator state`);
  }
  const videos = parsed.videos.map(toJob);
  if (videos.some((job) => job === undefined)) throw unreadable('a video entry is malformed');
  if (!parsed.deleted.every((id: unknown) => typeof id === 'string')) throw unreadable('a deleted id is malformed');
  return { videos: videos as VideoJob[], deleted: parsed.deleted as string[] };
}

/** Replaces the file at `path` with `state` in one rename, so a kill never leaves half a file. */
export function saveState(path: string, state: StoredState): void {
  const temp = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    writeFileSync(temp, JSON.stringify({ version: VERSION, videos: state.videos, deleted: state.deleted }));
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}

/**
 * Sharding: a deterministic, stable slice of a manifest's jobs, so a matrix of N workflow jobs
 * runs every job exactly once. Pure.
 */
import { createHash } from 'node:crypto';
import { ConfigError } from './errors.js';
import type { JobSpec } from './types.js';

/** Shard `index` of `total`, 1-based like the `--shard 1/4` people type. */
export interface Shard {
  readonly index: number;
  readonly total: number;
}

/**
 * Parses `I/N` (e.g. `2/4`): 1 <= I <= N.
 * @throws ConfigError naming `what` (e.g. `--shard`) when the text is not of that form.
 */
export function parseShard(text: string, what = 'shard'): Shard {
  const match = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = Number(match?.[1]);
  const total = Number(match?.[2]);
  if (!match || !Number.isSafeInteger(total) || total < 1 || index < 1 || index > total) {
    throw new ConfigError(`${what} takes I/N with 1 <= I <= N, e.g. 2/4 for the second of four shards (got "${text}")`);
  }
  return { index, total };
}

/**
 * The 1-based shard of a job id among `total`: the first 8 hex digits of its SHA-256, mod `total`.
 * Depends on the id alone, so adding or removing other jobs never moves a job.
 */
export function shardOfId(id: string, total: number): number {
  const hash = Number.parseInt(createHash('sha256').update(id, 'utf8').digest('hex').slice(0, 8), 16);
  return (hash % total) + 1;
}

/**
 * The jobs of one shard, in manifest order. A remix runs in its source's shard (it needs the
 * source's video id), so a job is placed by the id of the root of its `remix_of` chain.
 */
export function selectShard(jobs: readonly JobSpec[], shard: Shard): JobSpec[] {
  const byId = new Map(jobs.map((job) => [job.id, job]));
  const rootOf = (job: JobSpec): string => {
    let current = job;
    // The manifest reader rejects cycles; the bound keeps a bad input from looping forever.
    for (let hops = 0; hops < jobs.length && current.remixOf?.kind === 'job'; hops++) {
      const source = byId.get(current.remixOf.jobId);
      if (!source) break;
      current = source;
    }
    return current.id;
  };
  return jobs.filter((job) => shardOfId(rootOf(job), shard.total) === shard.index);
}

/** `2/4`. */
export function formatShard(shard: Shard): string {
  return `${shard.index}/${shard.total}`;
}

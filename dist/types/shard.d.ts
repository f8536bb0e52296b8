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
export declare function parseShard(text: string, what?: string): Shard;
/**
 * The 1-based shard of a job id among `total`: the first 8 hex digits of its SHA-256, mod `total`.
 * Depends on the id alone, so adding or removing other jobs never moves a job.
 */
export declare function shardOfId(id: string, total: number): number;
/**
 * The jobs of one shard, in manifest order. A remix runs in its source's shard (it needs the
 * source's video id), so a job is placed by the id of the root of its `remix_of` chain.
 */
export declare function selectShard(jobs: readonly JobSpec[], shard: Shard): JobSpec[];
/** `2/4`. */
export declare function formatShard(shard: Shard): string;

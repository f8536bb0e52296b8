import type { Shard } from '../shard.js';
import type { Manifest } from '../types.js';
import type { ReportOrigin } from './report.js';
/**
 * Hashes the manifest file's bytes, so `merge` can tell the shards of one manifest from those of
 * another (or of an edited one). `whole` is the manifest before sharding.
 */
export declare function manifestOrigin(path: string, whole: Manifest, shard: Shard | undefined): Promise<ReportOrigin>;

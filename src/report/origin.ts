/** The origin a run records in its report: the manifest's hash and size, its shard, its price blocks. */
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import type { Shard } from '../shard.js';
import type { Manifest } from '../types.js';
import type { ReportOrigin } from './report.js';

/**
 * Hashes the manifest file's bytes, so `merge` can tell the shards of one manifest from those of
 * another (or of an edited one). `whole` is the manifest before sharding.
 */
export async function manifestOrigin(path: string, whole: Manifest, shard: Shard | undefined): Promise<ReportOrigin> {
  const sha256 = createHash('sha256').update(await readFile(path)).digest('hex');
  return {
    sha256,
    jobs: whole.jobs.length,
    shard: shard === undefined ? null : { index: shard.index, count: shard.total },
    ...(whole.pricing === undefined ? {} : { pricing: whole.pricing }),
    ...(whole.models === undefined ? {} : { models: whole.models }),
  };
}

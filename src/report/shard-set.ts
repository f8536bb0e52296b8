/**
 * Whether a set of shard reports is one whole run: every shard of one I/N split of one manifest
 * (by the hash each report records), each once. Pure.
 */
import { ConfigError } from '../errors.js';
import { partialNote, type PartialMerge, type Report, type ReportShard } from './report.js';

/** A report and the file it came from, for messages. */
export interface ReportFile {
  readonly path: string;
  readonly report: Report;
}

/** Options of a merge. */
export interface MergeOptions {
  /** Merge even when shards are missing (or the reports do not say), marking the result partial. @default false */
  readonly allowPartial?: boolean;
}

const shardName = (shard: ReportShard): string => `${shard.index}/${shard.count}`;

const isRecorded = ({ report }: ReportFile): boolean => report.shard !== undefined && report.manifestSha256 !== undefined && report.manifestJobs !== undefined;

/**
 * Refuses files that cannot be shards of one split of one manifest.
 * @throws ConfigError naming the file from another manifest or split, or the shard given twice.
 */
export function checkSplit(files: readonly ReportFile[]): void {
  const known = files.filter(isRecorded);
  // The odd one out is named: the manifest most reports share is taken for the run's.
  const votes = new Map<string, number>();
  for (const { report } of known) votes.set(report.manifestSha256!, (votes.get(report.manifestSha256!) ?? 0) + 1);
  const main = [...votes].sort((a, b) => b[1] - a[1])[0]?.[0];
  const first = known.find((file) => file.report.manifestSha256 === main);
  const odd = known.find((file) => file.report.manifestSha256 !== main);
  if (first !== undefined && odd !== undefined) {
    throw new ConfigError(
      `${odd.path} is a report of another manifest than ${first.path} (${odd.report.manifest} sha256 ${odd.report.manifestSha256!.slice(0, 12)}, ` +
        `${first.report.manifest} sha256 ${first.report.manifestSha256!.slice(0, 12)}): merge the shards of one run of one manifest`,
    );
  }
  const whole = known.find((file) => file.report.shard === null);
  if (whole !== undefined && files.length > 1) {
    throw new ConfigError(`${whole.path} is a report of every job (no --shard), so it overlaps ${files.find((file) => file !== whole)!.path}: merge only the reports of one I/N split`);
  }
  const sharded = known.flatMap((file) => (file.report.shard ? [{ path: file.path, shard: file.report.shard }] : []));
  const byIndex = new Map<number, string>();
  for (const { path, shard } of sharded) {
    const head = sharded[0]!;
    if (shard.count !== head.shard.count) throw new ConfigError(`${path} is shard ${shardName(shard)}, ${head.path} shard ${shardName(head.shard)}: merge the shards of one I/N split`);
    const other = byIndex.get(shard.index);
    if (other !== undefined) throw new ConfigError(`shard ${shardName(shard)} is given twice, in ${other} and ${path}: give each shard's report once`);
    byIndex.set(shard.index, path);
  }
}

/**
 * What a set of shards of one split lacks: undefined when it is whole, what is missing when
 * `allowPartial` lets a gap through.
 * @throws ConfigError (without `allowPartial`) naming the shards missing, or the file that does not say.
 */
export function missingPart(files: readonly ReportFile[], allowPartial: boolean): PartialMerge | undefined {
  const unknown = files.find((file) => !isRecorded(file));
  if (unknown !== undefined) {
    if (!allowPartial) {
      throw new ConfigError(
        `${unknown.path} does not record its shard and manifest (an older video-batch wrote it), so merge cannot tell whether a shard is missing: ` +
          'run the shards again with this version, or merge with --allow-partial',
      );
    }
    return { missingShards: [], shardCount: null, missingJobs: null };
  }
  const head = files[0]!.report;
  if (!head.shard) {
    // One report of every job, unless it is itself a partial merge: that stays partial.
    if (head.partial === undefined) return undefined;
    if (!allowPartial) throw new ConfigError(`${files[0]!.path}: ${partialNote(head)} Merge every shard's report instead, or pass --allow-partial`);
    return head.partial;
  }
  const count = head.shard.count;
  const present = new Set(files.map((file) => file.report.shard!.index));
  const missing = Array.from({ length: count }, (_, i) => i + 1).filter((index) => !present.has(index));
  if (missing.length === 0) return undefined;
  const jobs = files.reduce((n, file) => n + file.report.jobs.length, 0);
  const total = head.manifestJobs!;
  if (!allowPartial) {
    const got = [...present].sort((a, b) => a - b).map((index) => `${index}/${count}`).join(', ');
    throw new ConfigError(
      `shard${missing.length === 1 ? '' : 's'} ${missing.map((index) => `${index}/${count}`).join(', ')} of ${head.manifest} ` +
        `${missing.length === 1 ? 'is' : 'are'} missing (got ${got}: ${jobs} of ${total} jobs): ` +
        "give every shard's report.json, or merge with --allow-partial to make a report marked partial",
    );
  }
  return { missingShards: missing, shardCount: count, missingJobs: Math.max(0, total - jobs) };
}


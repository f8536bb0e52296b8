import { createHash } from 'node:crypto';
import { appendFileSync, closeSync, existsSync, openSync, readFileSync, readSync, renameSync, statSync } from 'node:fs';
import { sortedKeys } from '../manifest/index.js';
import type { JobSpec } from '../types.js';

/** One line of `ledger.jsonl`. */
export type LedgerEntry =
  /** A create is about to leave (written once its request is built, right before it is sent). */
  | { readonly type: 'intent'; readonly jobId: string; readonly fingerprint: string; readonly at: number }
  /**
   * The create of the last intent made no video: it never reached the server (`unreachable`), or
   * the server refused it (a 4xx, a 429). `code` is the job's error code, e.g. `connection_refused`.
   */
  | { readonly type: 'not_created'; readonly jobId: string; readonly fingerprint: string; readonly code: string; readonly at: number }
  | {
      readonly type: 'submitted';
      readonly jobId: string;
      readonly fingerprint: string;
      readonly videoId: string;
      /** The provider's `SubmitResult.restore`, when it has one. */
      readonly restore?: string;
      readonly at: number;
    }
  | {
      readonly type: 'ended';
      readonly jobId: string;
      readonly fingerprint: string;
      readonly videoId: string | null;
      readonly status: string;
      readonly file: string | null;
      readonly at: number;
    };

/** What the ledger remembers of a job whose prompt and parameters are unchanged. */
export interface LedgerRecord {
  /**
   * Time of the last create that was sent without a known answer: it may have made a video that no
   * job owns yet (a run that ended `submit_uncertain`, or was killed mid-create).
   */
  intentAt?: number;
  videoId?: string;
  /** When the create that made `videoId` was sent (its intent; else when its id was recorded): a resumed job's time runs from here. */
  createdAt?: number;
  /** What the provider needs besides the id to find the video again (see `Provider.restore`). */
  restore?: string;
  ended?: { status: string; file: string | null };
}

/**
 * Whether a run may create (and pay for) this job again, and so counts for --max-cost: it has no
 * video yet (an unanswered create included: a later run creates it when the list proves nothing
 * was made, or when --retry-uncertain names it), its earlier run
 * failed (unless only the download did: the runner checks), or its video expired before it was
 * downloaded and the user asked for expired videos to be made again. Pure.
 */
export function mayCreate(record: LedgerRecord | undefined, regenerateExpired: boolean): boolean {
  if (!record?.videoId) return true;
  return record.ended?.status === 'failed' || (regenerateExpired && record.ended?.status === 'expired');
}

/**
 * Identity of what a job asks for: a changed prompt, parameter or param makes it a new job; the
 * order params are written in does not (their keys are hashed sorted, nested ones too). A job
 * without params hashes as before params existed (JSON.stringify leaves undefined out), and one
 * whose params keys were written sorted as before they were sorted.
 */
export function jobFingerprint(job: JobSpec): string {
  return fingerprintOf(job, job.params === undefined ? undefined : sortedKeys(job.params));
}

/**
 * The fingerprint earlier versions wrote for this job: its params hashed in the order the job
 * holds them. Undefined when that is the same as `jobFingerprint` (no params, or sorted ones).
 */
export function legacyFingerprint(job: JobSpec): string | undefined {
  if (job.params === undefined) return undefined;
  const legacy = fingerprintOf(job, job.params);
  return legacy === jobFingerprint(job) ? undefined : legacy;
}

function fingerprintOf(job: JobSpec, params: unknown): string {
  const { provider, model, prompt, seconds, size, audio, inputReference, remixOf, baseUrl, lastFrame, referenceImages } = job;
  // lastFrame and referenceImages come last and only when set (JSON.stringify drops undefined), so
  // a job without them keeps the fingerprint it had before they existed: a resume never pays again.
  const data = JSON.stringify({ provider, model, prompt, seconds, size, audio, inputReference, remixOf, baseUrl, params, lastFrame, referenceImages });
  return createHash('sha256').update(data).digest('hex').slice(0, 32);
}

/**
 * An append-only record of every create, written before the request goes out and after the
 * answer comes back. Each entry is one `appendFileSync` of one line, so a kill at any instant
 * leaves at most a torn last line, which `read` skips; the first append after one starts a new
 * line, so the torn fragment never swallows the entry written next.
 */
export class Ledger {
  private tailChecked = false;

  constructor(readonly path: string) {}

  /** `--fresh`: keep the old ledger as `ledger-<time>.jsonl`, so this run starts from nothing. */
  setAside(now: number): void {
    if (!existsSync(this.path)) return;
    renameSync(this.path, this.path.replace(/\.jsonl$/, `-${new Date(now).toISOString().replace(/[:.]/g, '-')}.jsonl`));
  }

  append(entry: LedgerEntry): void {
    const line = `${JSON.stringify(entry)}\n`;
    if (!this.tailChecked) {
      this.tailChecked = true;
      if (endsTorn(this.path)) {
        appendFileSync(this.path, `\n${line}`);
        return;
      }
    }
    appendFileSync(this.path, line);
  }

  /** Every video id in the ledger, for any job: none of them may be adopted by another job. */
  videoIds(): Set<string> {
    const ids = new Set<string>();
    for (const line of this.lines()) {
      const entry = parseEntry(line);
      if (entry?.type === 'submitted') ids.add(entry.videoId);
      if (entry?.type === 'ended' && entry.videoId !== null) ids.add(entry.videoId);
    }
    return ids;
  }

  private lines(): string[] {
    try {
      return readFileSync(this.path, 'utf8').split('\n');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw error;
    }
  }

  /**
   * Records keyed by job id, for entries whose fingerprint still matches the job. Entries written
   * before params were hashed with sorted keys match too: by the fingerprint of the job's params as
   * written, under the job's id or, when the id itself was derived from that order (a derived id, a
   * matrix variant's name), under an id no job of this manifest has, if exactly one job has that
   * fingerprint. So a ledger of an earlier version resumes instead of paying again.
   */
  read(jobs: readonly JobSpec[]): Map<string, LedgerRecord> {
    const wanted = new Map(jobs.map((job) => [job.id, new Set([jobFingerprint(job), legacyFingerprint(job) ?? jobFingerprint(job)])]));
    // An old fingerprint -> the one job it names now (null when two jobs share it: neither is sure).
    const moved = new Map<string, string | null>();
    for (const job of jobs) {
      const legacy = legacyFingerprint(job);
      if (legacy !== undefined) moved.set(legacy, moved.has(legacy) ? null : job.id);
    }
    const records = new Map<string, LedgerRecord>();
    for (const line of this.lines()) {
      if (line.trim() === '') continue;
      const parsed = parseEntry(line);
      if (!parsed) continue; // a line torn by a kill mid-write, or not a record at all
      const movedTo = wanted.has(parsed.jobId) ? undefined : moved.get(parsed.fingerprint);
      const entry = movedTo ? { ...parsed, jobId: movedTo } : parsed;
      if (!wanted.get(entry.jobId)?.has(entry.fingerprint)) continue;
      const record = records.get(entry.jobId) ?? {};
      if (entry.type === 'intent') {
        record.intentAt = entry.at;
        record.videoId = undefined;
        record.createdAt = undefined;
        record.restore = undefined;
        record.ended = undefined;
      }
      if (entry.type === 'submitted') {
        record.createdAt = record.intentAt ?? entry.at;
        record.videoId = entry.videoId;
        record.restore = entry.restore;
        record.intentAt = undefined;
        record.ended = undefined;
      }
      if (entry.type === 'not_created') record.intentAt = undefined;
      if (entry.type === 'ended') record.ended = { status: entry.status, file: entry.file };
      records.set(entry.jobId, record);
    }
    return records;
  }
}

/** A line as a ledger entry, or undefined when it is torn or not a record of a known shape. */
export function parseEntry(line: string): LedgerEntry | undefined {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const e = value as Record<string, unknown>;
  if (typeof e.jobId !== 'string' || typeof e.fingerprint !== 'string' || typeof e.at !== 'number') return undefined;
  const textOrNull = (v: unknown): boolean => typeof v === 'string' || v === null;
  switch (e.type) {
    case 'intent':
      return value as LedgerEntry;
    case 'not_created':
      return typeof e.code === 'string' ? (value as LedgerEntry) : undefined;
    case 'submitted':
      return typeof e.videoId === 'string' && (e.restore === undefined || typeof e.restore === 'string') ? (value as LedgerEntry) : undefined;
    case 'ended':
      return textOrNull(e.videoId) && typeof e.status === 'string' && textOrNull(e.file) ? (value as LedgerEntry) : undefined;
    default:
      return undefined;
  }
}

/** True when the file exists and its last byte is not a newline: a kill cut the last append short. */
function endsTorn(path: string): boolean {
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    return false;
  }
  if (size === 0) return false;
  const fd = openSync(path, 'r');
  try {
    const last = Buffer.alloc(1);
    readSync(fd, last, 0, 1, size - 1);
    return last[0] !== 0x0a;
  } finally {
    closeSync(fd);
  }
}

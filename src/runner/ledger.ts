import { createHash } from 'node:crypto';
import { appendFileSync, closeSync, existsSync, openSync, readFileSync, readSync, renameSync, statSync } from 'node:fs';
import type { JobSpec } from '../types.js';

/** One line of `ledger.jsonl`. */
export type LedgerEntry =
  | { readonly type: 'intent'; readonly jobId: string; readonly fingerprint: string; readonly at: number }
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
  /** Time of the last create that may have been sent without a known answer. */
  intentAt?: number;
  videoId?: string;
  /** What the provider needs besides the id to find the video again (see `Provider.restore`). */
  restore?: string;
  ended?: { status: string; file: string | null };
}

/**
 * Whether a run may create (and pay for) this job again: it has no video yet, its earlier run
 * failed (unless only the download did: the runner checks), or its video expired before it was
 * downloaded and the user asked for expired videos to be made again. Pure.
 */
export function mayCreate(record: LedgerRecord | undefined, regenerateExpired: boolean): boolean {
  if (!record?.videoId) return true;
  return record.ended?.status === 'failed' || (regenerateExpired && record.ended?.status === 'expired');
}

/** Identity of what a job asks for: a changed prompt or parameter makes it a new job. */
export function jobFingerprint(job: JobSpec): string {
  const { provider, model, prompt, seconds, size, inputReference, remixOf, baseUrl } = job;
  const data = JSON.stringify({ provider, model, prompt, seconds, size, inputReference, remixOf, baseUrl });
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

  /** Records keyed by job id, for entries whose fingerprint still matches the job. */
  read(jobs: readonly JobSpec[]): Map<string, LedgerRecord> {
    let text = '';
    try {
      text = readFileSync(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
      throw error;
    }
    const wanted = new Map(jobs.map((job) => [job.id, jobFingerprint(job)]));
    const records = new Map<string, LedgerRecord>();
    for (const line of text.split('\n')) {
      if (line.trim() === '') continue;
      let entry: LedgerEntry;
      try {
        entry = JSON.parse(line) as LedgerEntry;
      } catch {
        continue; // a line torn by a kill mid-write
      }
      if (wanted.get(entry.jobId) !== entry.fingerprint) continue;
      const record = records.get(entry.jobId) ?? {};
      if (entry.type === 'intent') {
        record.intentAt = entry.at;
        record.videoId = undefined;
        record.restore = undefined;
        record.ended = undefined;
      }
      if (entry.type === 'submitted') {
        record.videoId = entry.videoId;
        record.restore = entry.restore;
        record.intentAt = undefined;
        record.ended = undefined;
      }
      if (entry.type === 'ended') record.ended = { status: entry.status, file: entry.file };
      records.set(entry.jobId, record);
    }
    return records;
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

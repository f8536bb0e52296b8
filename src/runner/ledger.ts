import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, readFileSync, renameSync } from 'node:fs';
import type { JobSpec } from '../types.js';

/** One line of `ledger.jsonl`. */
export type LedgerEntry =
  | { readonly type: 'intent'; readonly jobId: string; readonly fingerprint: string; readonly at: number }
  | { readonly type: 'submitted'; readonly jobId: string; readonly fingerprint: string; readonly videoId: string; readonly at: number }
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
  ended?: { status: string; file: string | null };
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
 * leaves at most a torn last line, which `readLedger` skips.
 */
export class Ledger {
  constructor(readonly path: string) {}

  /** `--fresh`: keep the old ledger as `ledger-<time>.jsonl`, so this run starts from nothing. */
  setAside(now: number): void {
    if (!existsSync(this.path)) return;
    renameSync(this.path, this.path.replace(/\.jsonl$/, `-${new Date(now).toISOString().replace(/[:.]/g, '-')}.jsonl`));
  }

  append(entry: LedgerEntry): void {
    appendFileSync(this.path, `${JSON.stringify(entry)}\n`);
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
        record.ended = undefined;
      }
      if (entry.type === 'submitted') {
        record.videoId = entry.videoId;
        record.intentAt = undefined;
        record.ended = undefined;
      }
      if (entry.type === 'ended') record.ended = { status: entry.status, file: entry.file };
      records.set(entry.jobId, record);
    }
    return records;
  }
}

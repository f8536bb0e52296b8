import type { JobSpec } from '../types.js';
/** One line of `ledger.jsonl`. */
export type LedgerEntry = 
/** A create is about to leave (written once its request is built, right before it is sent). */
{
    readonly type: 'intent';
    readonly jobId: string;
    readonly fingerprint: string;
    readonly at: number;
}
/**
 * The create of the last intent made no video: it never reached the server (`unreachable`), or
 * the server refused it (a 4xx, a 429). `code` is the job's error code, e.g. `connection_refused`.
 */
 | {
    readonly type: 'not_created';
    readonly jobId: string;
    readonly fingerprint: string;
    readonly code: string;
    readonly at: number;
} | {
    readonly type: 'submitted';
    readonly jobId: string;
    readonly fingerprint: string;
    readonly videoId: string;
    /** The provider's `SubmitResult.restore`, when it has one. */
    readonly restore?: string;
    readonly at: number;
} | {
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
    ended?: {
        status: string;
        file: string | null;
    };
}
/**
 * Whether a run may create (and pay for) this job again, and so counts for --max-cost: it has no
 * video yet (an unanswered create included: a later run creates it when the list proves nothing
 * was made, or when --retry-uncertain names it), its earlier run
 * failed (unless only the download did: the runner checks), or its video expired before it was
 * downloaded and the user asked for expired videos to be made again. Pure.
 */
export declare function mayCreate(record: LedgerRecord | undefined, regenerateExpired: boolean): boolean;
/**
 * Identity of what a job asks for: a changed prompt, parameter or param makes it a new job; the
 * order params are written in does not (their keys are hashed sorted, nested ones too). A job
 * without params hashes as before params existed (JSON.stringify leaves undefined out), and one
 * whose params keys were written sorted as before they were sorted.
 */
export declare function jobFingerprint(job: JobSpec): string;
/**
 * The fingerprint earlier versions wrote for this job: its params hashed in the order the job
 * holds them. Undefined when that is the same as `jobFingerprint` (no params, or sorted ones).
 */
export declare function legacyFingerprint(job: JobSpec): string | undefined;
/**
 * An append-only record of every create, written before the request goes out and after the
 * answer comes back. Each entry is one `appendFileSync` of one line, so a kill at any instant
 * leaves at most a torn last line, which `read` skips; the first append after one starts a new
 * line, so the torn fragment never swallows the entry written next.
 */
export declare class Ledger {
    readonly path: string;
    private tailChecked;
    constructor(path: string);
    /** `--fresh`: keep the old ledger as `ledger-<time>.jsonl`, so this run starts from nothing. */
    setAside(now: number): void;
    append(entry: LedgerEntry): void;
    /** Every video id in the ledger, for any job: none of them may be adopted by another job. */
    videoIds(): Set<string>;
    private lines;
    /**
     * Records keyed by job id, for entries whose fingerprint still matches the job. Entries written
     * before params were hashed with sorted keys match too: by the fingerprint of the job's params as
     * written, under the job's id or, when the id itself was derived from that order (a derived id, a
     * matrix variant's name), under an id no job of this manifest has, if exactly one job has that
     * fingerprint. So a ledger of an earlier version resumes instead of paying again.
     */
    read(jobs: readonly JobSpec[]): Map<string, LedgerRecord>;
}
/** A line as a ledger entry, or undefined when it is torn or not a record of a known shape. */
export declare function parseEntry(line: string): LedgerEntry | undefined;

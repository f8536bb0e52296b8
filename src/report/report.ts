import type { JobResult } from '../runner/result.js';
import type { JobOutcome } from '../types.js';

export const REPORT_SCHEMA_VERSION = 1;

export type StatusCounts = Readonly<Record<JobOutcome, number>>;

/** report.json: everything a machine needs to pick up the results. */
export interface Report {
  readonly schemaVersion: number;
  readonly manifest: string;
  readonly startedAt: string;
  readonly finishedAt: string;
  /** True when a signal stopped the run before every job ended. */
  readonly interrupted: boolean;
  readonly summary: StatusCounts & { readonly total: number; readonly videoSeconds: number };
  readonly jobs: readonly JobResult[];
}

export function countStatuses(jobs: readonly JobResult[]): StatusCounts {
  const counts: Record<JobOutcome, number> = { completed: 0, failed: 0, timed_out: 0, pending: 0, skipped: 0 };
  for (const job of jobs) counts[job.status]++;
  return counts;
}

/** Builds the report from results. Pure. */
export function buildReport(input: {
  manifest: string;
  startedAt: number;
  finishedAt: number;
  interrupted: boolean;
  jobs: readonly JobResult[];
}): Report {
  const counts = countStatuses(input.jobs);
  const videoSeconds = input.jobs
    .filter((j) => j.status === 'completed' || j.status === 'skipped')
    .reduce((sum, j) => sum + (j.seconds ?? 0), 0);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    manifest: input.manifest,
    startedAt: new Date(input.startedAt).toISOString(),
    finishedAt: new Date(input.finishedAt).toISOString(),
    interrupted: input.interrupted,
    summary: { total: input.jobs.length, ...counts, videoSeconds },
    jobs: input.jobs,
  };
}

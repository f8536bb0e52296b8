/**
 * Per-variant figures of a matrix run (report.json `summary.byVariant`): how each variant did,
 * how fast and at what cost. Pure: the same jobs give the same figures, so a merged sharded run
 * has the figures of one run.
 */
import type { CostEstimate } from '../cost/prices.js';
import type { JobResult } from '../runner/result.js';

/** The figures of one variant. */
export interface VariantFigures {
  /** Provider and model of the variant's first job (a job may pin its own). */
  readonly provider: string;
  readonly model: string;
  readonly total: number;
  /** Jobs with a video: completed in this run or skipped (done in an earlier run). */
  readonly completed: number;
  /** Failed, timed out or expired. */
  readonly failed: number;
  /** Not finished: the run stopped first. */
  readonly pending: number;
  /** Median generation time in seconds (submit to completion) of the jobs completed in this run; null when none. */
  readonly medianSeconds: number | null;
  /** Estimated cost of the variant's jobs, USD (jobs without a known price count 0). */
  readonly costUsd: number;
  /** `costUsd` per second of video of the variant's priced jobs; null when none is priced. */
  readonly usdPerSecond: number | null;
  /** Failed, timed-out and expired jobs by error code. */
  readonly failuresByCode: Readonly<Record<string, number>>;
}

/** `summary.byVariant`: figures keyed by variant name, in the order variants first appear. */
export type VariantTable = Readonly<Record<string, VariantFigures>>;

/** The middle value (mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** A median time for a table: `2.6s` under a minute, `3m 5s` above. */
export function formatSeconds(seconds: number | null): string {
  if (seconds === null) return '';
  if (seconds < 60) return `${seconds.toFixed(1)}s`;
  const s = Math.round(seconds);
  return `${Math.floor(s / 60)}m ${s % 60}s`;
}

const round = (value: number, places: number): number => Math.round(value * 10 ** places) / 10 ** places;

/**
 * Figures per variant of the jobs that have one; `{}` when none has (a run without a matrix).
 * `estimates` is keyed by job id; a job without one counts as unpriced.
 */
export function variantFigures(
  jobs: readonly Pick<JobResult, 'id' | 'variant' | 'provider' | 'model' | 'status' | 'durationMs' | 'error' | 'seconds'>[],
  estimates: ReadonlyMap<string, CostEstimate> = new Map(),
): VariantTable {
  const groups = new Map<string, typeof jobs[number][]>();
  for (const job of jobs) {
    if (job.variant === null || job.variant === undefined) continue;
    const list = groups.get(job.variant) ?? [];
    list.push(job);
    groups.set(job.variant, list);
  }
  const table: Record<string, VariantFigures> = {};
  for (const [name, members] of groups) {
    const first = members[0]!;
    const failuresByCode: Record<string, number> = {};
    let completed = 0;
    let failed = 0;
    let pending = 0;
    let usd = 0;
    let pricedSeconds = 0;
    const times: number[] = [];
    for (const job of members) {
      if (job.status === 'completed' || job.status === 'skipped') completed++;
      else if (job.status === 'pending') pending++;
      else {
        failed++;
        const code = job.error?.code ?? job.status;
        failuresByCode[code] = (failuresByCode[code] ?? 0) + 1;
      }
      if (job.status === 'completed' && job.durationMs !== null) times.push(job.durationMs / 1000);
      const estimate = estimates.get(job.id);
      if (estimate?.usd !== undefined) {
        usd += estimate.usd;
        pricedSeconds += estimate.seconds;
      }
    }
    const time = median(times);
    table[name] = {
      provider: first.provider,
      model: first.model,
      total: members.length,
      completed,
      failed,
      pending,
      medianSeconds: time === null ? null : round(time, 3),
      costUsd: round(usd, 4),
      usdPerSecond: pricedSeconds > 0 ? round(usd / pricedSeconds, 4) : null,
      failuresByCode,
    };
  }
  return table;
}

/**
 * The order of variant names that every sequence follows (each sequence lists the variants of one
 * prompt, in manifest order; a shard may hold only some of them): a topological order of "comes
 * before", ties broken by first appearance. Used to put a merged run's variants back in manifest order.
 */
export function variantOrder(sequences: readonly (readonly string[])[]): string[] {
  const after = new Map<string, Set<string>>();
  const before = new Map<string, number>();
  const seen: string[] = [];
  const note = (name: string): void => {
    if (after.has(name)) return;
    after.set(name, new Set());
    before.set(name, 0);
    seen.push(name);
  };
  for (const sequence of sequences) {
    sequence.forEach(note);
    for (let i = 1; i < sequence.length; i++) {
      const edges = after.get(sequence[i - 1]!)!;
      if (!edges.has(sequence[i]!)) {
        edges.add(sequence[i]!);
        before.set(sequence[i]!, before.get(sequence[i]!)! + 1);
      }
    }
  }
  const order: string[] = [];
  const done = new Set<string>();
  while (order.length < seen.length) {
    // The first ready name in order of appearance; a cycle (inconsistent input) takes the first left.
    const next = seen.find((name) => !done.has(name) && before.get(name) === 0) ?? seen.find((name) => !done.has(name))!;
    done.add(next);
    order.push(next);
    for (const name of after.get(next)!) before.set(name, before.get(name)! - 1);
  }
  return order;
}

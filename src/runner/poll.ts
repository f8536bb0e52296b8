import type { RemoteStatus } from '../types.js';

export interface PollOptions {
  /** Never ask sooner than this after the last answer. @default 1000 */
  readonly minIntervalMs: number;
  /** Never wait longer than this between polls. @default 20000 */
  readonly maxIntervalMs: number;
}

export const DEFAULT_POLL: PollOptions = { minIntervalMs: 1000, maxIntervalMs: 20_000 };

/** One answer of the server, as the poller saw it. */
export interface PollSample {
  readonly at: number;
  readonly progress?: number;
}

/**
 * How long to wait before the next status request. Pure: the same samples give the same delay.
 * - With two or more progress readings, predict the completion time from the progress rate and
 *   aim just past it (halving the remaining wait each time, so a slowing job is not overshot).
 * - Without a rate (queued, or no progress reported), back off geometrically with the job's age.
 * - A server hint (poll-after, a nearly spent rate limit) is a floor.
 */
export function nextPollDelay(samples: readonly PollSample[], submittedAt: number, status: RemoteStatus, options: PollOptions): number {
  const last = samples[samples.length - 1];
  const now = last?.at ?? submittedAt;
  let delay = Math.max(options.minIntervalMs, (now - submittedAt) * 0.25);
  const withProgress = samples.filter((s) => typeof s.progress === 'number' && s.progress > 0);
  const first = withProgress[0];
  const latest = withProgress[withProgress.length - 1];
  if (first && latest && latest !== first && latest.progress! > first.progress!) {
    const rate = (latest.progress! - first.progress!) / (latest.at - first.at); // percent per ms
    const remaining = (100 - latest.progress!) / rate;
    const sinceLatest = now - latest.at;
    delay = Math.max(options.minIntervalMs, (remaining - sinceLatest) / 2, remaining - sinceLatest - options.maxIntervalMs);
    if (remaining - sinceLatest < options.minIntervalMs * 2) delay = options.minIntervalMs;
  }
  delay = Math.min(delay, options.maxIntervalMs);
  if (status.pollAfterMs !== undefined) delay = Math.max(delay, status.pollAfterMs);
  return Math.round(delay);
}

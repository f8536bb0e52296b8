import type { RemoteStatus } from '../types.js';

export interface PollOptions {
  /** Never ask about a job sooner than this after its last answer. @default 1000 */
  readonly minIntervalMs: number;
  /** Never leave a job unasked longer than this. @default 20000 */
  readonly maxIntervalMs: number;
}

export const DEFAULT_POLL: PollOptions = { minIntervalMs: 1000, maxIntervalMs: 20_000 };

/** One answer of the server about a job, as the poller saw it. */
export interface PollSample {
  readonly at: number;
  readonly progress?: number;
}

/** When the job is expected to finish, from its progress rate; undefined without a usable rate. */
export function predictFromProgress(samples: readonly PollSample[]): number | undefined {
  const moving = samples.filter((s) => typeof s.progress === 'number' && s.progress > 0);
  const first = moving[0];
  const latest = moving[moving.length - 1];
  if (!first || !latest || latest.at <= first.at || latest.progress! <= first.progress!) return undefined;
  const rate = (latest.progress! - first.progress!) / (latest.at - first.at); // percent per ms
  return latest.at + (100 - latest.progress!) / rate;
}

/**
 * When to ask about a job next (absolute time). Pure: the same inputs give the same answer.
 * - Aim just past the predicted completion: from the progress rate when the server reports
 *   progress, else from how long finished jobs of the same model took (`typicalMs`).
 * - Past the prediction, back off with how late the job is; with no prediction at all, back off
 *   with the job's age. Either way within [minInterval, maxInterval] from now.
 * - A server hint (poll-after, a nearly spent rate limit) is a floor.
 */
export function nextPollAt(
  samples: readonly PollSample[],
  submittedAt: number,
  status: RemoteStatus,
  now: number,
  options: PollOptions,
  typicalMs?: number,
): number {
  const { minIntervalMs: min, maxIntervalMs: max } = options;
  const predicted = predictFromProgress(samples) ?? (typicalMs !== undefined ? submittedAt + typicalMs : undefined);
  let delay: number;
  if (predicted === undefined) {
    delay = (now - submittedAt) * 0.25;
  } else if (predicted + min * 0.1 > now) {
    delay = predicted + min * 0.1 - now; // a tenth of the minimum interval past the prediction
  } else {
    delay = (now - predicted) * 0.5;
  }
  delay = Math.min(max, Math.max(min, delay));
  if (status.pollAfterMs !== undefined) delay = Math.max(delay, status.pollAfterMs);
  return Math.round(now + delay);
}

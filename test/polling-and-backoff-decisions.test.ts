import { describe, expect, it } from 'vitest';
import { parseDuration, rateLimitPauseMs, retryAfterMs } from '../src/providers/http.js';
import { nextPollAt, predictFromProgress, type PollOptions } from '../src/runner/poll.js';
import { backoffDelay, DEFAULT_RETRY } from '../src/runner/retry.js';
import type { RemoteStatus } from '../src/types.js';

const OPTIONS: PollOptions = { minIntervalMs: 1000, maxIntervalMs: 20_000 };
const running = (progress?: number, pollAfterMs?: number): RemoteStatus => ({ state: 'running', rawStatus: 'in_progress', progress, pollAfterMs });

describe('when to poll next', () => {
  it('backs off with the age of a job that reports no progress, within the bounds', () => {
    expect(nextPollAt([{ at: 0 }], 0, running(), 0, OPTIONS)).toBe(1000);
    expect(nextPollAt([{ at: 40_000 }], 0, running(), 40_000, OPTIONS)).toBe(50_000);
    expect(nextPollAt([{ at: 400_000 }], 0, running(), 400_000, OPTIONS)).toBe(420_000);
  });

  it('aims just past the completion predicted from the progress rate', () => {
    // 10% -> 40% in 30 s: 1% a second, so 100% at 100 s.
    const samples = [
      { at: 10_000, progress: 10 },
      { at: 40_000, progress: 40 },
    ];
    expect(predictFromProgress(samples)).toBe(100_000);
    expect(nextPollAt(samples, 0, running(40), 40_000, OPTIONS)).toBe(60_000); // capped by maxInterval
    expect(nextPollAt(samples, 0, running(90), 90_000, OPTIONS)).toBe(100_100);
  });

  it('uses how long finished jobs took when there is no progress to go by', () => {
    expect(nextPollAt([{ at: 5_000, progress: 0 }], 0, running(0), 5_000, OPTIONS, 12_000)).toBe(12_100);
  });

  it('backs off with how late a job is past its prediction, never below the minimum interval', () => {
    expect(nextPollAt([{ at: 0 }], 0, running(0), 20_000, OPTIONS, 12_000)).toBe(24_000);
    expect(nextPollAt([{ at: 0 }], 0, running(0), 12_500, OPTIONS, 12_000)).toBe(13_500);
  });

  it('never polls sooner than a server hint', () => {
    expect(nextPollAt([{ at: 0 }], 0, running(undefined, 7_000), 0, OPTIONS)).toBe(7_000);
  });

  it('ignores a stalled progress reading', () => {
    expect(predictFromProgress([{ at: 0, progress: 30 }, { at: 5_000, progress: 30 }])).toBeUndefined();
  });
});

describe('backoff', () => {
  it('honours Retry-After over its own schedule', () => {
    expect(backoffDelay(1, DEFAULT_RETRY, 2_000, () => 0.5)).toBe(2_000);
  });

  it('grows exponentially with jitter, capped', () => {
    const low = () => 0;
    const high = () => 1;
    expect(backoffDelay(1, DEFAULT_RETRY, undefined, low)).toBe(250);
    expect(backoffDelay(1, DEFAULT_RETRY, undefined, high)).toBe(500);
    expect(backoffDelay(3, DEFAULT_RETRY, undefined, high)).toBe(2_000);
    expect(backoffDelay(20, DEFAULT_RETRY, undefined, high)).toBe(DEFAULT_RETRY.maxDelayMs);
  });
});

describe('reading what the server says', () => {
  it('reads retry-after-ms, retry-after seconds and dates', () => {
    expect(retryAfterMs(new Headers({ 'retry-after-ms': '1500', 'retry-after': '9' }))).toBe(1500);
    expect(retryAfterMs(new Headers({ 'retry-after': '3' }))).toBe(3000);
    expect(retryAfterMs(new Headers({ 'retry-after': new Date(10_000).toUTCString() }), 4_000)).toBe(6_000);
    expect(retryAfterMs(new Headers({}))).toBeUndefined();
  });

  it('parses rate-limit reset durations', () => {
    expect(parseDuration('1s')).toBe(1000);
    expect(parseDuration('6m0s')).toBe(360_000);
    expect(parseDuration('20ms')).toBe(20);
    expect(parseDuration('soon')).toBeUndefined();
  });

  it('pauses polling only when the request budget is spent, for one request\'s share of the reset', () => {
    const h = (remaining: string) =>
      new Headers({ 'x-ratelimit-limit-requests': '60', 'x-ratelimit-remaining-requests': remaining, 'x-ratelimit-reset-requests': '60s' });
    expect(rateLimitPauseMs(h('1'))).toBeUndefined();
    expect(rateLimitPauseMs(h('0'))).toBe(1000);
  });
});

import { describe, expect, it } from 'vitest';
import { ProviderError, type Provider } from '../src/providers/types.js';
import { StatusPoller, WatchTimeout } from '../src/runner/poller.js';
import type { RemoteStatus } from '../src/types.js';
import { FakeClock } from './fake-clock.js';

/** An in-memory video API whose jobs finish at known times, counting what it is asked. */
function fakeApi(clock: FakeClock, finishAt: Record<string, number>, options: { list?: 'yes' | 'no' | 'newest2' } = {}) {
  const calls = { list: 0, status: 0 };
  const statusOf = (id: string): RemoteStatus => {
    const end = finishAt[id]!;
    const now = clock.now();
    if (now >= end) return { state: 'completed', rawStatus: 'completed', progress: 100 };
    return { state: 'running', rawStatus: 'in_progress', progress: Math.floor((100 * now) / end) };
  };
  const provider: Provider = {
    name: 'openai',
    submit: () => Promise.reject(new Error('not used')),
    download: () => Promise.reject(new Error('not used')),
    status: async (id) => {
      calls.status++;
      return statusOf(id);
    },
    ...(options.list === 'no'
      ? {
          listStatuses: async () => {
            calls.list++;
            throw new ProviderError('not_found', 'Invalid URL (GET /videos)', { status: 404 });
          },
        }
      : {
          listStatuses: async () => {
            calls.list++;
            const ids = Object.keys(finishAt);
            const shown = options.list === 'newest2' ? ids.slice(-2) : ids;
            return new Map(shown.map((id) => [id, statusOf(id)]));
          },
        }),
  };
  return { provider, calls };
}

const POLL = { minIntervalMs: 1000, maxIntervalMs: 20_000 };

async function watchAll(list: 'yes' | 'no' | 'newest2', finishAt: Record<string, number>) {
  const clock = new FakeClock();
  const { provider, calls } = fakeApi(clock, finishAt, { list });
  const poller = new StatusPoller(provider, {
    clock,
    poll: POLL,
    signal: new AbortController().signal,
    request: (_what, call) => call(new AbortController().signal),
  });
  const seenAt: Record<string, number> = {};
  const running: RemoteStatus = { state: 'queued', rawStatus: 'queued', progress: 0 };
  const watches = Object.keys(finishAt).map((id) =>
    poller.watch(id, 'sora-2', running, 0, 0, () => {}).then((status) => {
      seenAt[id] = clock.now();
      return status;
    }),
  );
  await clock.run();
  const statuses = await Promise.all(watches);
  return { statuses, seenAt, calls };
}

// Ten jobs finishing between 60 s and 105 s of virtual time.
const FINISH = Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`video_${i}`, 60_000 + i * 5_000]));

describe('the status poller, on virtual time', () => {
  it('sees every completion within about a poll interval, with one list request serving every job', async () => {
    const { statuses, seenAt, calls } = await watchAll('yes', FINISH);
    expect(statuses.every((s) => s.state === 'completed')).toBe(true);
    const late = Object.entries(FINISH).map(([id, end]) => seenAt[id]! - end);
    for (const ms of late) expect(ms).toBeGreaterThanOrEqual(0);
    // Aimed just past the predicted end: a prediction a little early costs one more interval.
    expect(Math.max(...late)).toBeLessThanOrEqual(1.5 * POLL.minIntervalMs);
    expect([...late].sort((a, b) => a - b)[5]).toBeLessThanOrEqual(POLL.minIntervalMs);
    expect(calls.status).toBe(0);
    // The naive loop would ask ~825 times (once a second per job); one list serves all ten.
    expect(calls.list).toBeLessThan(40);
  });

  it('falls back to one retrieve per job when the API cannot list, and still finds every completion', async () => {
    const { statuses, seenAt, calls } = await watchAll('no', FINISH);
    expect(statuses.every((s) => s.state === 'completed')).toBe(true);
    expect(calls.list).toBe(1);
    for (const [id, end] of Object.entries(FINISH)) expect(seenAt[id]! - end).toBeLessThanOrEqual(1.5 * POLL.minIntervalMs);
    expect(calls.status).toBeLessThan(10 * 12);
  });

  it('retrieves jobs that fall off the first page of the list, so none starves', async () => {
    const { statuses, seenAt, calls } = await watchAll('newest2', FINISH);
    expect(statuses.every((s) => s.state === 'completed')).toBe(true);
    expect(calls.status).toBeGreaterThan(0);
    for (const [id, end] of Object.entries(FINISH)) expect(seenAt[id]! - end).toBeLessThanOrEqual(1.5 * POLL.minIntervalMs);
  });

  it('gives up on a job at its deadline', async () => {
    const clock = new FakeClock();
    const { provider } = fakeApi(clock, { video_slow: 500_000 });
    const poller = new StatusPoller(provider, { clock, poll: POLL, signal: new AbortController().signal, request: (_w, call) => call(new AbortController().signal) });
    const outcome = poller.watch('video_slow', 'sora-2', { state: 'queued', rawStatus: 'queued' }, 0, 30_000, () => {}).catch((e: unknown) => e);
    await clock.run();
    const error = await outcome;
    expect(error).toBeInstanceOf(WatchTimeout);
    expect(clock.now()).toBe(30_000);
  });
});

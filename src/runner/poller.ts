import type { Provider } from '../providers/types.js';
import { ProviderError } from '../providers/types.js';
import type { RemoteStatus } from '../types.js';
import type { Clock } from './clock.js';
import { nextPollAt, type PollOptions, type PollSample } from './poll.js';

/** Raised for a watched job that passed its deadline. */
export class WatchTimeout extends Error {
  override readonly name = 'WatchTimeout';
}

/** Sends one request with the runner's retry policy (shared backoff, 429 pause). */
export type RequestFn = <T>(what: string, call: (signal: AbortSignal) => Promise<T>) => Promise<T>;

interface Watch {
  readonly videoId: string;
  readonly model: string;
  readonly submittedAt: number;
  readonly deadline: number;
  readonly samples: PollSample[];
  status: RemoteStatus;
  dueAt: number;
  readonly onStatus: (status: RemoteStatus) => void;
  readonly resolve: (status: RemoteStatus) => void;
  readonly reject: (error: unknown) => void;
}

/**
 * Watches every in-flight job of one provider endpoint until each reaches a terminal state.
 * One loop per endpoint: it wakes when the earliest job is due and, where the API can list
 * recent videos, refreshes every job with a single list request (falling back to a retrieve per
 * job when the list lacks it or the API cannot list). When each job is next due comes from
 * `nextPollAt`: its progress rate, the durations of jobs already finished, or a backoff.
 */
export class StatusPoller {
  private readonly watches = new Map<string, Watch>();
  private readonly finishedMs = new Map<string, number[]>();
  private listSupported: boolean;
  private running = false;
  private wake: (() => void) | undefined;
  private lastRefreshAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly provider: Provider,
    private readonly deps: {
      clock: Clock;
      poll: PollOptions;
      request: RequestFn;
      signal: AbortSignal;
      /** Least time between two refreshes when `watching` jobs are in flight (the rate limit's say). @default none */
      minGapMs?: (watching: number) => number;
    },
  ) {
    this.listSupported = typeof provider.listStatuses === 'function';
  }

  /** Resolves with the job's terminal status; rejects with WatchTimeout, the abort reason, or the request's error. */
  watch(videoId: string, model: string, status: RemoteStatus, submittedAt: number, deadline: number, onStatus: (s: RemoteStatus) => void): Promise<RemoteStatus> {
    if (status.state === 'completed' || status.state === 'failed') return Promise.resolve(status);
    return new Promise<RemoteStatus>((resolve, reject) => {
      const now = this.deps.clock.now();
      const watch: Watch = { videoId, model, submittedAt, deadline, samples: [{ at: now, progress: status.progress }], status, dueAt: 0, onStatus, resolve, reject };
      watch.dueAt = this.dueAt(watch, now);
      this.watches.set(videoId, watch);
      if (this.running) this.wake?.();
      else void this.loop();
    });
  }

  private typicalMs(model: string): number | undefined {
    const list = this.finishedMs.get(model);
    if (!list || list.length === 0) return undefined;
    const sorted = [...list].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
  }

  private dueAt(watch: Watch, now: number): number {
    const at = nextPollAt(watch.samples, watch.submittedAt, watch.status, now, this.deps.poll, this.typicalMs(watch.model));
    return watch.deadline ? Math.min(at, watch.deadline) : at;
  }

  private async loop(): Promise<void> {
    this.running = true;
    const { clock, signal } = this.deps;
    try {
      while (this.watches.size > 0) {
        if (signal.aborted) throw signal.reason;
        const due = Math.min(...[...this.watches.values()].map((w) => w.dueAt));
        const earliest = Math.max(due, this.lastRefreshAt + (this.deps.minGapMs?.(this.watches.size) ?? 0));
        const wait = earliest - clock.now();
        if (wait > 0) await this.sleep(wait);
        if (signal.aborted) throw signal.reason;
        this.lastRefreshAt = clock.now();
        await this.refresh(this.lastRefreshAt);
      }
    } catch (error) {
      for (const watch of this.watches.values()) watch.reject(error);
      this.watches.clear();
    } finally {
      this.running = false;
    }
  }

  /** Sleeps until `ms` pass or a new watch arrives (it may be due sooner). */
  private async sleep(ms: number): Promise<void> {
    const stop = new AbortController();
    const woken = new Promise<void>((resolve) => {
      this.wake = () => {
        stop.abort();
        resolve();
      };
    });
    const onAbort = (): void => stop.abort();
    this.deps.signal.addEventListener('abort', onAbort, { once: true });
    try {
      await Promise.race([this.deps.clock.sleep(ms, stop.signal).catch(() => undefined), woken]);
    } finally {
      this.wake = undefined;
      this.deps.signal.removeEventListener('abort', onAbort);
    }
  }

  private async refresh(now: number): Promise<void> {
    const due = [...this.watches.values()].filter((w) => w.dueAt <= now + 1);
    for (const watch of due) {
      if (watch.deadline && now >= watch.deadline) {
        this.watches.delete(watch.videoId);
        watch.reject(new WatchTimeout(`no result by the deadline`));
      }
    }
    const pending = due.filter((w) => this.watches.has(w.videoId));
    if (pending.length === 0) return;
    let listed: ReadonlyMap<string, RemoteStatus> | undefined;
    if (this.listSupported && this.provider.listStatuses) {
      try {
        listed = await this.deps.request('list', (s) => this.provider.listStatuses!(s));
      } catch (error) {
        if (this.deps.signal.aborted) throw error;
        // A gateway without GET /videos: poll job by job from now on.
        if (error instanceof ProviderError && (error.kind === 'not_found' || error.kind === 'client')) this.listSupported = false;
      }
    }
    const at = this.deps.clock.now();
    if (listed) for (const watch of [...this.watches.values()]) {
      const status = listed.get(watch.videoId);
      if (status) this.update(watch, status, at);
    }
    // Due jobs the list did not show (too old for its first page, or no list at all).
    const missing = pending.filter((w) => this.watches.has(w.videoId) && !listed?.has(w.videoId));
    await Promise.all(
      missing.map(async (watch) => {
        try {
          const status = await this.deps.request('status', (s) => this.provider.status(watch.videoId, s));
          this.update(watch, status, this.deps.clock.now());
        } catch (error) {
          if (this.deps.signal.aborted) throw error;
          this.watches.delete(watch.videoId);
          watch.reject(error);
        }
      }),
    );
  }

  private update(watch: Watch, status: RemoteStatus, at: number): void {
    if (status.rawStatus !== watch.status.rawStatus || status.progress !== watch.status.progress) watch.onStatus(status);
    const previousAt = watch.samples[watch.samples.length - 1]?.at ?? watch.submittedAt;
    watch.status = status;
    watch.samples.push({ at, progress: status.progress });
    if (watch.samples.length > 8) watch.samples.splice(1, 1); // keep the first and the latest readings
    if (status.state === 'completed' || status.state === 'failed') {
      this.watches.delete(watch.videoId);
      if (status.state === 'completed') {
        const list = this.finishedMs.get(watch.model) ?? [];
        // It finished between the last two answers: the midpoint, not the moment we noticed,
        // or every late detection would make the next prediction later still.
        list.push((previousAt + at) / 2 - watch.submittedAt);
        if (list.length > 50) list.shift();
        this.finishedMs.set(watch.model, list);
      }
      watch.resolve(status);
      return;
    }
    watch.dueAt = this.dueAt(watch, at);
  }
}

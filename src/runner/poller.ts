import type { Provider } from '../providers/types.js';
import { ProviderError } from '../providers/types.js';
import type { RemoteStatus } from '../types.js';
import type { Clock } from './clock.js';
import { nextPollAt, type PollOptions, type PollSample } from './poll.js';
import { JobStop } from './result.js';

/** Raised for a watched job that passed its deadline. */
export class WatchTimeout extends Error {
  override readonly name = 'WatchTimeout';
}

/** Sends one request with the runner's retry policy (shared backoff, 429 pause), bounded by `deadline` (0 = none). */
export type RequestFn = <T>(what: string, call: (signal: AbortSignal) => Promise<T>, deadline: number) => Promise<T>;

interface Watch {
  readonly videoId: string;
  readonly model: string;
  readonly submittedAt: number;
  readonly deadline: number;
  readonly samples: PollSample[];
  status: RemoteStatus;
  dueAt: number;
  /** A request about this job is out: it is not due again until it ends. */
  polling: boolean;
  /** Ends the timer of its deadline. */
  readonly ended: AbortController;
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
  /** The list request out now, which jobs coming due join. */
  private listing: Promise<ReadonlyMap<string, RemoteStatus> | undefined> | undefined;
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

  /**
   * Resolves with the job's terminal status; rejects with WatchTimeout (at its deadline, even while
   * a request about it hangs), the abort reason, or the request's error.
   */
  watch(videoId: string, model: string, status: RemoteStatus, submittedAt: number, deadline: number, onStatus: (s: RemoteStatus) => void): Promise<RemoteStatus> {
    if (status.state === 'completed' || status.state === 'failed') return Promise.resolve(status);
    return new Promise<RemoteStatus>((resolve, reject) => {
      const { clock } = this.deps;
      const now = clock.now();
      const watch: Watch = {
        videoId, model, submittedAt, deadline, samples: [{ at: now, progress: status.progress }], status, dueAt: 0, polling: false, ended: new AbortController(), onStatus, resolve, reject,
      };
      watch.dueAt = this.dueAt(watch, now);
      this.watches.set(videoId, watch);
      if (deadline) {
        clock.sleep(Math.max(0, deadline - now), watch.ended.signal).then(
          () => this.end(watch, new WatchTimeout('no result by the deadline')),
          () => undefined,
        );
      }
      if (this.running) this.wake?.();
      else void this.loop();
    });
  }

  /** Ends a watch with an error (unless it ended already). */
  private end(watch: Watch, error: unknown): void {
    if (this.watches.get(watch.videoId) !== watch) return;
    this.watches.delete(watch.videoId);
    watch.ended.abort();
    watch.reject(error);
    this.wake?.();
  }

  private typicalMs(model: string): number | undefined {
    const list = this.finishedMs.get(model);
    if (!list || list.length === 0) return undefined;
    const sorted = [...list].sort((a, b) => a - b);
    return sorted[Math.floor(sorted.length / 2)];
  }

  private dueAt(watch: Watch, now: number): number {
    // Past the deadline is fine: the watch's own timer ends it there.
    return nextPollAt(watch.samples, watch.submittedAt, watch.status, now, this.deps.poll, this.typicalMs(watch.model));
  }

  private async loop(): Promise<void> {
    this.running = true;
    const { clock, signal } = this.deps;
    try {
      while (this.watches.size > 0) {
        if (signal.aborted) throw signal.reason;
        // Jobs with a request out are not due: a hanging request holds up its own job only.
        const idle = [...this.watches.values()].filter((w) => !w.polling);
        if (idle.length === 0) {
          await this.sleep(undefined);
          continue;
        }
        const due = Math.min(...idle.map((w) => w.dueAt));
        const earliest = Math.max(due, this.lastRefreshAt + (this.deps.minGapMs?.(this.watches.size) ?? 0));
        const wait = earliest - clock.now();
        if (wait > 0) {
          await this.sleep(wait);
          continue;
        }
        this.lastRefreshAt = clock.now();
        void this.refresh(this.lastRefreshAt);
      }
    } catch (error) {
      for (const watch of this.watches.values()) {
        watch.ended.abort();
        watch.reject(error);
      }
      this.watches.clear();
    } finally {
      this.running = false;
    }
  }

  /** Sleeps until `ms` pass (undefined: until woken), a request ends or a new watch arrives. */
  private async sleep(ms: number | undefined): Promise<void> {
    const stop = new AbortController();
    const woken = new Promise<void>((resolve) => {
      this.wake = () => {
        stop.abort();
        resolve();
      };
    });
    const onAbort = (): void => this.wake?.();
    this.deps.signal.addEventListener('abort', onAbort, { once: true });
    try {
      await Promise.race([ms === undefined ? woken : this.deps.clock.sleep(ms, stop.signal).catch(() => undefined), woken]);
    } finally {
      this.wake = undefined;
      this.deps.signal.removeEventListener('abort', onAbort);
    }
  }

  /**
   * Asks about the due jobs: one list for all where the API has one (joining the one out, if any),
   * then one retrieve per due job the list did not show, each bounded by its job's deadline. Never
   * awaited by the loop, so the next jobs come due while these requests are out.
   */
  private async refresh(now: number): Promise<void> {
    const due = [...this.watches.values()].filter((w) => !w.polling && w.dueAt <= now + 1);
    for (const watch of due) watch.polling = true;
    try {
      if (this.deps.signal.aborted) return;
      // Jobs that come due while a list is out wait for its answer rather than send one each.
      const listed = this.listSupported && this.provider.listStatuses ? await (this.listing ?? this.list()) : undefined;
      if (this.deps.signal.aborted) return;
      const at = this.deps.clock.now();
      if (listed) for (const watch of [...this.watches.values()]) {
        const status = listed.get(watch.videoId);
        if (status) this.update(watch, status, at);
      }
      // Due jobs the list did not show (too old for its first page, or no list at all), each on its own.
      const missing = due.filter((w) => this.watches.get(w.videoId) === w && !listed?.has(w.videoId));
      for (const watch of missing) void this.retrieve(watch);
      for (const watch of due) if (!missing.includes(watch)) watch.polling = false;
    } catch (error) {
      // Nothing above should throw; if it does, its jobs end with the error rather than wait for ever.
      for (const watch of due) this.end(watch, error);
    } finally {
      this.wake?.();
    }
  }

  /** One list for every job in flight; undefined when it failed (then each job is retrieved). */
  private list(): Promise<ReadonlyMap<string, RemoteStatus> | undefined> {
    const listing = (async () => {
      try {
        return await this.deps.request('list', (s) => this.provider.listStatuses!(s), 0);
      } catch (error) {
        // A gateway without GET /videos: poll job by job from now on.
        if (error instanceof ProviderError && (error.kind === 'not_found' || error.kind === 'client')) this.listSupported = false;
        return undefined;
      }
    })();
    this.listing = listing;
    void listing.finally(() => {
      if (this.listing === listing) this.listing = undefined;
    });
    return listing;
  }

  /** One retrieve of one job; the job is not due again until it ends. */
  private async retrieve(watch: Watch): Promise<void> {
    try {
      const status = await this.deps.request('status', (s) => this.provider.status(watch.videoId, AbortSignal.any([s, watch.ended.signal])), watch.deadline);
      if (this.watches.get(watch.videoId) === watch) this.update(watch, status, this.deps.clock.now());
    } catch (error) {
      if (this.deps.signal.aborted) return; // the loop ends every watch with the stop's reason
      this.end(watch, error instanceof JobStop && error.outcome === 'timed_out' ? new WatchTimeout('no result by the deadline') : error);
    } finally {
      watch.polling = false;
      this.wake?.();
    }
  }

  private update(watch: Watch, status: RemoteStatus, at: number): void {
    if (status.rawStatus !== watch.status.rawStatus || status.progress !== watch.status.progress) watch.onStatus(status);
    const previousAt = watch.samples[watch.samples.length - 1]?.at ?? watch.submittedAt;
    watch.status = status;
    watch.samples.push({ at, progress: status.progress });
    if (watch.samples.length > 8) watch.samples.splice(1, 1); // keep the first and the latest readings
    if (status.state === 'completed' || status.state === 'failed') {
      this.watches.delete(watch.videoId);
      watch.ended.abort();
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

import { ProviderError, type Provider } from '../providers/types.js';
import type { JobSpec, RemoteStatus } from '../types.js';
import type { Clock } from './clock.js';
import type { CreateLock } from './create-lock.js';
import type { EndpointHealth } from './endpoint.js';
import type { RunnerEvents } from './events.js';
import type { RateGate } from './gate.js';
import { jobFingerprint, type Ledger } from './ledger.js';
import { judgeRecent, type CreateSpan } from './reconcile.js';
import { RATE_LIMITED_ATTEMPTS, scoped, withCap, type Requester } from './requests.js';
import { JobStop } from './result.js';
import { backoffDelay, isAmbiguousCreate, RATE_LIMIT_WAIT_CAP_MS, type RetryOptions } from './retry.js';

/** What a job's creates have done so far; the runner reports it. */
export interface CreateState {
  /** Create requests sent. */
  attempts: number;
  /** 429s met by creates (they create nothing). */
  rateLimited: number;
  /** Why the creator did what it did, for the report. */
  decisions: string[];
  videoId: string | null;
}

export interface CreatorDeps {
  readonly requester: Requester;
  readonly gate: RateGate;
  readonly clock: Clock;
  readonly retry: RetryOptions;
  readonly random: () => number;
  /** The run's stop. */
  readonly signal: AbortSignal;
  /** Aborts creates in flight only a grace period after the stop, so their ids are kept. */
  readonly submitSignal: AbortSignal;
  readonly ledger?: Ledger;
  /** Video ids owned by some job, so an ambiguous create never adopts another job's video. */
  readonly claimed: Set<string>;
  /** The endpoint's lock that keeps a reconcile from reading the list while creates are unanswered. */
  readonly lockFor: (provider: Provider) => CreateLock;
  readonly events: Required<RunnerEvents>;
  /** The endpoint's health, which says when it gets no more creates. @default none: never stops */
  readonly healthFor?: (provider: Provider) => EndpointHealth | undefined;
}

type Created = { videoId: string; status: RemoteStatus };

/** How `reconcile` treats a list that cannot prove anything. */
export interface ReconcileOptions {
  /** Whether a proven "none was made" leads to another create (else the job fails). */
  readonly retrying: boolean;
  /** Create again even when the list cannot prove whether a video was made (--retry-uncertain). */
  readonly retryUncertain?: boolean;
  /** 0 = none. */
  readonly deadline: number;
}

const seconds = (ms: number): string => `${Math.round(ms / 1000)} s`;

/**
 * Creates videos without ever paying twice. The SDK sends no idempotency key, so a create is sent
 * again only when the answer proves nothing was made (a 429, a refusal, a server never reached);
 * after an ambiguous failure (timeout, dropped connection, 5xx) it first reads the recent list and
 * adopts the video only on positive evidence, creates again only when the list proves none was
 * made, and otherwise ends the job `submit_uncertain`. The ledger gets an intent right before each
 * create leaves, then the video id, or `not_created` when the answer proves nothing was made.
 */
export class Creator {
  constructor(private readonly deps: CreatorDeps) {}

  /** Creates the job's video; `deadline` (0 = none) bounds every wait, rate limits included. */
  async create(job: JobSpec, provider: Provider, remixOf: string | undefined, state: CreateState, deadline: number): Promise<Created> {
    const longestAsk = { ms: 0, retried: 0, waiting: false };
    try {
      return await this.createLoop(job, provider, remixOf, state, deadline, longestAsk);
    } finally {
      if (state.rateLimited > 0) {
        const how =
          longestAsk.ms > RATE_LIMIT_WAIT_CAP_MS
            ? ` (the server asked to wait up to ${seconds(longestAsk.ms)}; one wait is capped at ${seconds(RATE_LIMIT_WAIT_CAP_MS)})`
            : ' (as long as the server asked)';
        state.decisions.push(`create answered 429 ${state.rateLimited} time(s), creating nothing; waited and tried again ${longestAsk.retried} time(s)${how}`);
      }
    }
  }

  private async createLoop(
    job: JobSpec,
    provider: Provider,
    remixOf: string | undefined,
    state: CreateState,
    deadline: number,
    longestAsk: { ms: number; retried: number; waiting: boolean },
  ): Promise<Created> {
    const { gate, clock, retry, random, signal, ledger, events } = this.deps;
    const fingerprint = jobFingerprint(job);
    let failures = 0;
    for (let attempt = 1; ; attempt++) {
      if (signal.aborted) throw signal.reason;
      this.refuseWhenStopped(provider, state);
      await this.beforeDeadline(deadline, state, (s) => gate.wait(s));
      this.refuseWhenStopped(provider, state); // it may have stopped while this create waited its turn
      const startedAt = clock.now();
      let sentAt: number | undefined;
      // Called by the provider once the request is built: only now can it make a video.
      const sending = (): void => {
        sentAt = clock.now();
        state.attempts++;
        if (longestAsk.waiting) longestAsk.retried++;
        longestAsk.waiting = false;
        ledger?.append({ type: 'intent', jobId: job.id, fingerprint, at: sentAt });
      };
      try {
        // A stop lets a create in flight finish (for a grace period) so its id is kept.
        const result = await this.deps.lockFor(provider).whileCreating(async () => {
          const answer = await scoped(this.deps.submitSignal, (s) => provider.submit(job, remixOf, s, sending));
          this.deps.claimed.add(answer.remoteId); // before the hold ends: a waiting reconcile sees it owned
          return answer;
        });
        gate.answered();
        ledger?.append({ type: 'submitted', jobId: job.id, fingerprint, videoId: result.remoteId, ...(result.restore === undefined ? {} : { restore: result.restore }), at: clock.now() });
        state.videoId = result.remoteId;
        if (signal.aborted) throw signal.reason;
        return { videoId: result.remoteId, status: result.status };
      } catch (error) {
        if (signal.aborted) throw signal.reason;
        if (error instanceof JobStop) throw error;
        const ambiguous = isAmbiguousCreate(error);
        if (sentAt === undefined && !ambiguous) {
          // Nothing left this machine (an input file could not be read...): nothing to record.
          if (error instanceof ProviderError) throw new JobStop('failed', { code: error.details.code ?? error.kind, message: `${error.message} (nothing was sent)` });
          throw error;
        }
        if (!(error instanceof ProviderError)) throw error; // the intent stays: a later run looks first
        if (!ambiguous) {
          // The answer proves no video was made: a later run may simply create it.
          ledger?.append({ type: 'not_created', jobId: job.id, fingerprint, code: error.details.code ?? error.kind, at: clock.now() });
          if (error.kind !== 'rate_limited' || state.rateLimited >= RATE_LIMITED_ATTEMPTS) {
            throw new JobStop('failed', { code: error.details.code ?? error.kind, message: error.message });
          }
          // Nothing was created: try again when the gate (shared by every job) lets us.
          state.rateLimited++;
          const asked = error.details.retryAfterMs;
          longestAsk.ms = Math.max(longestAsk.ms, asked ?? 0);
          const delay = backoffDelay(1, retry, asked, random);
          if (deadline && clock.now() + delay > deadline) {
            const ask = asked !== undefined && asked > delay ? `; the server asked for ${seconds(asked)}` : '';
            throw this.timedOut(state, `the create was rate limited (429) and the next try (in ${seconds(delay)}${ask}) would pass this job's --timeout; nothing was created, so a later run creates it`);
          }
          longestAsk.waiting = true;
          gate.rateLimited(delay, error.details.requestsPerMinute);
          events.onRetry(job, 'create', withCap(error.message, asked, delay), delay);
          continue;
        }
        const canRetry = ++failures < retry.maxAttempts;
        const delay = backoffDelay(failures, retry, error.details.retryAfterMs, random);
        const inTime = !deadline || clock.now() + delay <= deadline;
        const span: CreateSpan = { sinceMs: sentAt ?? startedAt, untilMs: clock.now() };
        const what = `create ${attempt} failed without a clear answer (${error.message})`;
        const found = await this.reconcile(job, provider, span, state, what, error.message, { retrying: canRetry && inTime, deadline });
        if (found) return found;
        if (!canRetry) throw new JobStop('failed', { code: error.kind, message: error.message });
        if (!inTime) throw this.timedOut(state, `the wait before another create would pass this job's --timeout; not created again`);
        events.onRetry(job, 'create', withCap(error.message, error.details.retryAfterMs, delay), delay);
        await clock.sleep(delay, signal);
      }
    }
  }

  /** Ends the job when its endpoint gets no more creates: `not started`, or not created again after an ambiguous try. */
  private refuseWhenStopped(provider: Provider, state: CreateState): void {
    const stop = this.deps.healthFor?.(provider)?.stopped;
    if (!stop) return;
    const what = state.attempts === 0 ? 'not started' : 'not created again';
    throw new JobStop('failed', { code: stop.code, message: `${what}: ${stop.message}` });
  }

  private timedOut(state: CreateState, why: string): JobStop {
    state.decisions.push(why);
    return new JobStop('timed_out', { code: 'timeout', message: why });
  }

  /** Waits for `wait` (given a signal), or ends the job `timed_out` when the deadline comes first. */
  private async beforeDeadline(deadline: number, state: CreateState, wait: (signal: AbortSignal) => Promise<void>): Promise<void> {
    const { clock, signal } = this.deps;
    if (!deadline) return wait(signal);
    const late = (): JobStop =>
      this.timedOut(state, "this job's --timeout passed while its next create waited to be sent (rate limit or backoff); it was not sent");
    if (clock.now() >= deadline) throw late();
    const stop = new AbortController();
    const timer = new AbortController();
    const passed = new Error('deadline');
    const forward = (): void => stop.abort(signal.reason);
    if (signal.aborted) forward();
    else signal.addEventListener('abort', forward, { once: true });
    clock.sleep(Math.max(0, deadline - clock.now()), timer.signal).then(() => stop.abort(passed), () => undefined);
    try {
      await wait(stop.signal);
    } catch (error) {
      if (stop.signal.reason === passed && !signal.aborted) throw late();
      throw error;
    } finally {
      timer.abort();
      signal.removeEventListener('abort', forward);
    }
  }

  /**
   * After an ambiguous create (or one a killed run never heard back from): adopt the video it made
   * when the list proves which one it is, return undefined when the list proves it made none (or
   * `retryUncertain` says to create anyway), else end the job `submit_uncertain`, naming the videos
   * that may be its own.
   */
  async reconcile(job: JobSpec, provider: Provider, span: CreateSpan, state: CreateState, what: string, cause: string, options: ReconcileOptions): Promise<Created | undefined> {
    const { requester, signal, claimed, ledger, clock, events } = this.deps;
    const uncertain = (why: string, candidates: readonly string[]): undefined => {
      const shown = candidates.slice(0, 10).join(', ') + (candidates.length > 10 ? ` and ${candidates.length - 10} more` : '');
      const listed = candidates.length > 0 ? `; videos that may be this job's: ${shown}` : '';
      if (options.retryUncertain) {
        state.decisions.push(`${what}; ${why}${listed}; created again as --retry-uncertain asked (if one of them was this job's, it is paid for twice)`);
        return undefined;
      }
      state.decisions.push(`${what}; ${why}${listed}; not created again, so it is never paid for twice`);
      throw new JobStop('failed', {
        code: 'submit_uncertain',
        message:
          `the server may have created this video (${cause}) and ${why}${listed}. ` +
          `Check ${candidates.length > 0 ? 'them' : 'the recent videos'} in the provider's dashboard; if none is this job's, ` +
          `run again with --retry-uncertain ${job.id} (action input retry-uncertain) to create it`,
      });
    };
    if (!provider.findSubmitted) return uncertain('this API cannot list recent videos', []);
    let verdict;
    try {
      verdict = await this.deps.lockFor(provider).whileReconciling(async () => {
        const recent = await requester.send(job, 'list', (s) => provider.findSubmitted!(job, span.sinceMs, s), options.deadline);
        return judgeRecent(job, recent, span, claimed);
      }, signal);
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      if (error instanceof JobStop) throw error; // the job's deadline passed: its intent stays, a later run looks
      return uncertain(`listing recent videos failed (${error instanceof Error ? error.message : String(error)})`, []);
    }
    if (verdict.kind === 'uncertain') return uncertain(verdict.why, verdict.candidates.map((c) => c.id));
    if (verdict.kind === 'none') {
      const proof =
        verdict.checked === 0
          ? 'the list shows no unowned video made since then, so it made none'
          : `every unowned video the list shows since then (${verdict.checked}) states another prompt, model, seconds, size or request field (a seed, a duration...), so it made none`;
      state.decisions.push(`${what}; ${proof}${options.retrying ? '; creating it again' : ''}`);
      return undefined;
    }
    const found = verdict.id;
    claimed.add(found);
    ledger?.append({ type: 'submitted', jobId: job.id, fingerprint: jobFingerprint(job), videoId: found, at: clock.now() });
    const others = verdict.alsoMatching.length > 0 ? `; ${verdict.alsoMatching.join(', ')} match too and are left alone` : '';
    state.decisions.push(`${what}; ${verdict.evidence}; adopted it instead of creating another${others}`);
    events.onJobSubmitted(job, found, 'adopted');
    const status = await requester.send(job, 'status', (s) => provider.status(found, s), options.deadline);
    return { videoId: found, status };
  }
}

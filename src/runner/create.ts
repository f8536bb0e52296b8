import { ProviderError, type Provider } from '../providers/types.js';
import type { JobSpec, RemoteStatus } from '../types.js';
import type { Clock } from './clock.js';
import type { RunnerEvents } from './events.js';
import type { RateGate } from './gate.js';
import { jobFingerprint, type Ledger } from './ledger.js';
import { RATE_LIMITED_ATTEMPTS, scoped, type Requester } from './requests.js';
import { JobStop } from './result.js';
import { backoffDelay, isAmbiguousCreate, type RetryOptions } from './retry.js';

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
  readonly events: Required<RunnerEvents>;
}

/**
 * Creates videos without ever paying twice. The SDK sends no idempotency key, so a create is sent
 * again only when the answer proves nothing was made (a 429); after an ambiguous failure (timeout,
 * dropped connection, 5xx) it first looks for the video it may have made and adopts it. The ledger
 * gets an intent before each create and the video id after, so a killed run can do the same.
 */
export class Creator {
  constructor(private readonly deps: CreatorDeps) {}

  async create(job: JobSpec, provider: Provider, remixOf: string | undefined, state: CreateState): Promise<{ videoId: string; status: RemoteStatus }> {
    try {
      return await this.createLoop(job, provider, remixOf, state);
    } finally {
      if (state.rateLimited > 0) {
        state.decisions.push(`create answered 429 ${state.rateLimited} time(s), creating nothing; waited as the server asked and tried again`);
      }
    }
  }

  private async createLoop(job: JobSpec, provider: Provider, remixOf: string | undefined, state: CreateState): Promise<{ videoId: string; status: RemoteStatus }> {
    const { gate, clock, retry, random, signal, ledger, events } = this.deps;
    const fingerprint = jobFingerprint(job);
    let failures = 0;
    for (let attempt = 1; ; attempt++) {
      if (signal.aborted) throw signal.reason;
      await gate.wait(signal);
      const intentAt = clock.now();
      ledger?.append({ type: 'intent', jobId: job.id, fingerprint, at: intentAt });
      state.attempts++;
      try {
        // A stop lets a create in flight finish (for a grace period) so its id is kept.
        const result = await scoped(this.deps.submitSignal, (s) => provider.submit(job, remixOf, s));
        gate.answered();
        this.deps.claimed.add(result.remoteId);
        ledger?.append({ type: 'submitted', jobId: job.id, fingerprint, videoId: result.remoteId, ...(result.restore === undefined ? {} : { restore: result.restore }), at: clock.now() });
        state.videoId = result.remoteId;
        if (signal.aborted) throw signal.reason;
        return { videoId: result.remoteId, status: result.status };
      } catch (error) {
        if (signal.aborted) throw signal.reason;
        if (!(error instanceof ProviderError)) throw error;
        if (error.kind === 'rate_limited' && state.rateLimited < RATE_LIMITED_ATTEMPTS) {
          // Nothing was created: try again when the gate (shared by every job) lets us.
          state.rateLimited++;
          const delay = backoffDelay(1, retry, error.details.retryAfterMs, random);
          gate.rateLimited(delay, error.details.requestsPerMinute);
          events.onRetry(job, 'create', error.message, delay);
          continue;
        }
        const canRetry = ++failures < retry.maxAttempts;
        if (!isAmbiguousCreate(error)) {
          throw new JobStop('failed', { code: error.details.code ?? error.kind, message: error.message });
        }
        const found = await this.lookForCreated(job, provider, intentAt, state, attempt, error);
        if (found) return found;
        if (!canRetry) throw new JobStop('failed', { code: error.kind, message: error.message });
        const delay = backoffDelay(failures, retry, error.details.retryAfterMs, random);
        events.onRetry(job, 'create', error.message, delay);
        await clock.sleep(delay, signal);
      }
    }
  }

  /** After an ambiguous create (or a run killed mid-create): adopt the video it made, or prove it made none. */
  async lookForCreated(
    job: JobSpec,
    provider: Provider,
    since: number,
    state: CreateState,
    attempt: number,
    cause: ProviderError,
  ): Promise<{ videoId: string; status: RemoteStatus } | undefined> {
    const { requester, signal, claimed, ledger, clock, events } = this.deps;
    const what = `create ${attempt} failed without a clear answer (${cause.message})`;
    const uncertain = (why: string): JobStop => {
      state.decisions.push(`${what}; ${why}; not retried, so it is never paid for twice`);
      return new JobStop('failed', {
        code: 'submit_uncertain',
        message: `the server may have created this video (${cause.message}) and ${why}; check the provider's dashboard, then run again`,
      });
    };
    if (!provider.findSubmitted) throw uncertain('this API cannot list recent videos');
    let found: string | undefined;
    try {
      found = await requester.send(job, 'list', (s) => provider.findSubmitted!(job, since, claimed, s), 0);
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      throw uncertain(`listing recent videos failed (${error instanceof Error ? error.message : String(error)})`);
    }
    if (!found) {
      state.decisions.push(`${what}; no matching video in the recent list, so none was made; retried`);
      return undefined;
    }
    claimed.add(found);
    ledger?.append({ type: 'submitted', jobId: job.id, fingerprint: jobFingerprint(job), videoId: found, at: clock.now() });
    state.decisions.push(`${what}; found ${found} with the same prompt and parameters; adopted it instead of creating another`);
    events.onJobSubmitted(job, found, 'adopted');
    const status = await requester.send(job, 'status', (s) => provider.status(found!, s), 0);
    return { videoId: found, status };
  }
}

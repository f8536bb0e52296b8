import { setMaxListeners } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import pLimit from 'p-limit';
import { fileStem } from '../manifest/index.js';
import { ProviderError, type AssetVariant, type Provider } from '../providers/types.js';
import type { JobSpec, RemoteStatus } from '../types.js';
import type { Clock } from './clock.js';
import { Collector, expiredStop } from './collect.js';
import type { RunnerEvents } from './events.js';
import { RateGate } from './gate.js';
import { jobFingerprint, mayCreate, type Ledger, type LedgerRecord } from './ledger.js';
import type { PollOptions } from './poll.js';
import { StatusPoller, WatchTimeout } from './poller.js';
import { Creator, type CreateState } from './create.js';
import { EndpointHealth, observedProvider, type EndpointLabel } from './endpoint.js';
import { CreateLock } from './create-lock.js';
import { Requester } from './requests.js';
import { baseResult, JobStop, type JobResult } from './result.js';
import type { RetryOptions } from './retry.js';

export interface RunnerOptions {
  /** Jobs in flight at once (from submit to a terminal state). */
  readonly concurrency: number;
  /** Downloads at once, bounded apart from generation. @default 4 */
  readonly downloadConcurrency?: number;
  /** Per job, from its first submit to a terminal state; 0 = no limit. */
  readonly timeoutMs: number;
  /** Fetch finished videos into `<outDir>/videos/`. */
  readonly download: boolean;
  /** Preview images to fetch beside each downloaded video, as `videos/<stem>.<variant>.<webp, jpg, png...>`. @default [] */
  readonly variants?: readonly AssetVariant[];
  readonly outDir: string;
  readonly poll: PollOptions;
  readonly retry: RetryOptions;
  readonly clock: Clock;
  /** For backoff jitter. @default Math.random */
  readonly random?: () => number;
  readonly providerFor: (job: JobSpec) => Provider;
  /** How messages name a job's endpoint (and its key variable). @default the provider's name */
  readonly endpointLabel?: (job: JobSpec) => EndpointLabel;
  readonly events: Required<RunnerEvents>;
  readonly ledger?: Ledger;
  /** Create again a job whose video expired before an earlier run downloaded it. @default false */
  readonly regenerateExpired?: boolean;
  /**
   * Jobs to create again although an earlier run's create of them may have made a video that the
   * list could not prove (they ended `submit_uncertain`). @default none
   */
  readonly retryUncertain?: ReadonlySet<string>;
  /** Aborting stops new submits and polling; unfinished jobs end `pending`, their ids kept. */
  readonly signal?: AbortSignal;
}

/** How long a stop lets a create already in flight finish, so its video id reaches the ledger. */
export const SUBMIT_GRACE_MS = 3000;

/** A job's state while it runs: what its creates did, and the server's latest word. */
interface JobState extends CreateState {
  status?: RemoteStatus;
  /** When an earlier run sent the create of the video this run resumed or adopted: the job's time runs from there. */
  createdAt?: number;
}


/** Runs every job to an end and returns one result per job, in manifest order. */
export async function runJobs(jobs: readonly JobSpec[], options: RunnerOptions): Promise<JobResult[]> {
  const { clock, events } = options;
  const random = options.random ?? Math.random;
  // Many requests and sleeps wait on the run's signal at once: one internal signal, forwarded
  // from the caller's, lifts Node's listener warning without touching the caller's signal.
  const internal = new AbortController();
  setMaxListeners(0, internal.signal);
  const forward = (): void => internal.abort(options.signal?.reason);
  if (options.signal?.aborted) forward();
  else options.signal?.addEventListener('abort', forward, { once: true });
  const signal = internal.signal;
  const gate = new RateGate(clock);
  const limit = pLimit(Math.max(1, options.concurrency));
  const downloadLimit = pLimit(Math.max(1, options.downloadConcurrency ?? 4));
  const pollers = new Map<Provider, StatusPoller>();
  const pollerFor = (provider: Provider): StatusPoller => {
    let poller = pollers.get(provider);
    if (!poller) {
      poller = new StatusPoller(provider, {
        clock,
        poll: options.poll,
        signal,
        request: (what, call, deadline) => request(undefined, what, call, deadline, true),
        // Under a rate limit, polls take a fifth of the pace at most (each sees every job in flight).
        minGapMs: () => gate.spacingMs() * 5,
      });
      pollers.set(provider, poller);
    }
    return poller;
  };
  const videosDir = join(options.outDir, 'videos');
  if (options.download) {
    await mkdir(videosDir, { recursive: true });
    // Partial downloads of a killed run; the caller holds the folder's lock, so none is live.
    for (const name of await readdir(videosDir)) if (name.endsWith('.part')) await rm(join(videosDir, name), { force: true });
  }
  const records = options.ledger?.read(jobs) ?? new Map<string, LedgerRecord>();
  // Video ids owned by some job (of this manifest or an earlier version of it), so an ambiguous
  // create never adopts another job's video.
  const claimed = options.ledger?.videoIds() ?? new Set<string>();
  // Each endpoint's provider, observed: a refused key or a run of timeouts stops its creates.
  const endpoints = new Map<Provider, { readonly provider: Provider; readonly health: EndpointHealth }>();
  const healths = new Map<Provider, EndpointHealth>();
  const providerFor = (job: JobSpec): Provider => {
    const raw = options.providerFor(job);
    let endpoint = endpoints.get(raw);
    if (!endpoint) {
      const label = options.endpointLabel?.(job) ?? { name: job.provider };
      const health = new EndpointHealth(label, (l, stop) => events.onEndpointStopped(l.name, stop.code, stop.message));
      endpoint = { provider: observedProvider(raw, health), health };
      endpoints.set(raw, endpoint);
      healths.set(endpoint.provider, health);
    }
    return endpoint.provider;
  };
  const locks = new Map<Provider, CreateLock>();
  const lockFor = (provider: Provider): CreateLock => {
    let lock = locks.get(provider);
    if (!lock) locks.set(provider, (lock = new CreateLock()));
    return lock;
  };
  const done = new Map<string, Promise<JobResult>>();
  const submitStop = new AbortController();
  const submitSignal = submitStop.signal;
  setMaxListeners(0, submitSignal);
  const onStop = (): void => void clock.sleep(SUBMIT_GRACE_MS).then(() => submitStop.abort(signal.reason));
  if (signal.aborted) submitStop.abort(signal.reason);
  else signal.addEventListener('abort', onStop, { once: true });

  const requester = new Requester({ gate, clock, retry: options.retry, random, signal, onRetry: events.onRetry });
  const request = requester.send.bind(requester);
  const collector = new Collector({ requester, outDir: options.outDir, variants: options.variants ?? [], clock });
  const creator = new Creator({ requester, gate, clock, retry: options.retry, random, signal, submitSignal, ledger: options.ledger, claimed, lockFor, events, healthFor: (p) => healths.get(p) });

  /** Resolves a remix source to its video id, then creates the job's video without ever paying twice. */
  async function submit(job: JobSpec, state: JobState, deadline: number): Promise<{ videoId: string; status: RemoteStatus }> {
    let remixOf: string | undefined;
    if (job.remixOf?.kind === 'video') remixOf = job.remixOf.videoId;
    if (job.remixOf?.kind === 'job') {
      const source = await done.get(job.remixOf.jobId);
      if (!source || (source.status !== 'completed' && source.status !== 'skipped') || !source.videoId) {
        throw new JobStop('failed', { code: 'remix_source_failed', message: `remix source job "${job.remixOf.jobId}" did not complete` });
      }
      remixOf = source.videoId;
    }
    return creator.create(job, providerFor(job), remixOf, state, deadline);
  }

  /**
   * For a job that failed in an earlier run: its video's status when the generation itself
   * succeeded (the download failed), so the job is downloaded, not paid for again. Undefined when
   * the generation failed or cannot be looked up: then the job is created again, as asked.
   */
  async function completedEarlier(job: JobSpec, provider: Provider, videoId: string, deadline: number): Promise<RemoteStatus | undefined> {
    try {
      const status = await request(job, 'status', (s) => provider.status(videoId, s), deadline);
      return status.state === 'completed' ? status : undefined;
    } catch (error) {
      if (signal.aborted || !(error instanceof ProviderError)) throw error;
      return undefined;
    }
  }

  /** Submit (or resume, or adopt) and watch until the server says the job ended. */
  async function generate(job: JobSpec, provider: Provider, record: LedgerRecord | undefined, state: JobState, deadline: number): Promise<RemoteStatus> {
    if (signal.aborted) throw signal.reason;
    if (record?.videoId && record.restore !== undefined) provider.restore?.(record.videoId, record.restore);
    const madeEarlier = record?.videoId && record.ended?.status === 'failed' ? await completedEarlier(job, provider, record.videoId, deadline) : undefined;
    if (record?.videoId && (!mayCreate(record, options.regenerateExpired ?? false) || madeEarlier)) {
      state.videoId = record.videoId;
      state.createdAt = record.createdAt;
      state.decisions.push(
        madeEarlier
          ? `an earlier run failed after ${record.videoId} was made (not while making it); downloading it instead of paying for another`
          : `resumed ${record.videoId} from the ledger instead of creating again`,
      );
      events.onJobSubmitted(job, record.videoId, 'resumed');
      state.status = madeEarlier ?? (await request(job, 'status', (s) => provider.status(record.videoId!, s), deadline));
    } else {
      if (record?.ended?.status === 'expired') {
        state.decisions.push(`${record.videoId} expired before an earlier run downloaded it; creating it again (--regenerate-expired)`);
      }
      if (record?.intentAt !== undefined && !record.videoId) {
        const what = `an earlier run sent a create at ${new Date(record.intentAt).toISOString()} and never learned whether it made a video`;
        const found = await creator.reconcile(job, provider, { sinceMs: record.intentAt, untilMs: clock.now() }, state, what, 'an earlier run got no clear answer to its create', {
          retrying: true,
          retryUncertain: options.retryUncertain?.has(job.id) ?? false,
          deadline,
        });
        if (found) {
          state.videoId = found.videoId;
          state.status = found.status;
          state.createdAt = record.intentAt;
        }
      }
      if (!state.videoId) {
        const submitted = await submit(job, state, deadline);
        state.videoId = submitted.videoId;
        state.status = submitted.status;
        events.onJobSubmitted(job, submitted.videoId, 'created');
      }
    }
    events.onJobProgress(job, state.status!);
    try {
      state.status = await pollerFor(provider).watch(state.videoId!, job.model, state.status!, clock.now(), deadline, (next) => {
        state.status = next;
        events.onJobProgress(job, next);
      });
      return state.status;
    } catch (error) {
      if (error instanceof WatchTimeout) throw new JobStop('timed_out', { code: 'timeout', message: `no result within ${options.timeoutMs / 1000} s` });
      throw error;
    }
  }

  async function runOne(job: JobSpec): Promise<JobResult> {
    const provider = providerFor(job);
    const record = records.get(job.id);
    let startedAt = clock.now();
    const state: JobState = { attempts: 0, rateLimited: 0, decisions: [], videoId: null };
    const stem = fileStem(job.id);
    const { target } = collector.paths(stem);
    const finish = (status: JobResult['status'], extra: Partial<JobResult> = {}): JobResult => {
      // A job resumed from an earlier run is timed from its create, not from this run.
      const from = state.createdAt ?? startedAt;
      const now = clock.now();
      return {
        ...baseResult(job, status),
        rawStatus: state.status?.rawStatus ?? null,
        videoId: state.videoId,
        attempts: state.attempts,
        decisions: state.decisions,
        startedAt: new Date(from).toISOString(),
        finishedAt: new Date(now).toISOString(),
        durationMs: now - from,
        ...(state.status?.actualCostUsd === undefined ? {} : { actualCostUsd: state.status.actualCostUsd }),
        ...extra,
      };
    };

    if (record?.ended?.status === 'completed' && (!options.download || (record.ended.file && existsSync(target)))) {
      state.videoId = record.videoId ?? null;
      return finish('skipped', { file: record.ended.file, rawStatus: 'completed', ...collector.onDisk(stem) });
    }
    try {
      // A slot is held from submit to a terminal state; downloads have their own bound, so a
      // large file never keeps a generation slot idle.
      const status = await limit(() => {
        startedAt = clock.now();
        return generate(job, provider, record, state, options.timeoutMs > 0 ? startedAt + options.timeoutMs : 0);
      });
      if (status.state === 'failed') {
        throw new JobStop('failed', status.error ?? { code: status.rawStatus, message: 'the generation failed' });
      }
      if (!options.download) return finish('completed');
      if (status.expiresAt !== undefined && status.expiresAt <= clock.now()) {
        throw expiredStop(`the video expired at ${new Date(status.expiresAt).toISOString()} before it was downloaded`);
      }
      return await downloadLimit(async () => {
        if (signal.aborted) throw signal.reason;
        const limits = { deadline: options.timeoutMs > 0 ? startedAt + options.timeoutMs : 0, decisions: state.decisions };
        return finish('completed', await collector.collect(job, provider, state.videoId!, status, stem, limits));
      });
    } catch (error) {
      if (signal.aborted) return finish('pending');
      if (error instanceof JobStop) return finish(error.outcome, { error: error.info });
      if (error instanceof ProviderError) {
        return finish('failed', { error: { code: error.details.code ?? error.kind, message: error.message } });
      }
      return finish('failed', { error: { code: 'internal', message: error instanceof Error ? error.message : String(error) } });
    }
  }

  const settle = (job: JobSpec, result: JobResult): JobResult => {
    if (result.status !== 'pending' && result.status !== 'skipped') {
      options.ledger?.append({
        type: 'ended',
        jobId: job.id,
        fingerprint: jobFingerprint(job),
        videoId: result.videoId,
        status: result.status,
        file: result.file,
        at: clock.now(),
      });
    }
    events.onJobEnd(result);
    return result;
  };

  // Jobs enter in dependency order, a bounded number at a time, so 10,000 queued jobs cost a
  // closure each rather than a suspended job each. Remix sources come before their remixes; a
  // remix waits for its source outside the generation limit, never holding a slot it needs.
  const admitted = pLimit(Math.max(1, options.concurrency) * 2 + Math.max(1, options.downloadConcurrency ?? 4));
  for (const job of dependencyOrder(jobs)) {
    const source = job.remixOf?.kind === 'job' ? done.get(job.remixOf.jobId) : undefined;
    const promise = admitted(async () => {
      await source;
      return settle(job, await runOne(job));
    });
    done.set(job.id, promise);
  }
  const results = await Promise.all(jobs.map((job) => done.get(job.id)!));
  signal.removeEventListener('abort', onStop);
  options.signal?.removeEventListener('abort', forward);
  events.onRunEnd(results);
  return results;
}

/** Jobs ordered so every remix source comes before its remixes (the reader rejects cycles). */
export function dependencyOrder(jobs: readonly JobSpec[]): JobSpec[] {
  const byId = new Map(jobs.map((job) => [job.id, job]));
  const ordered: JobSpec[] = [];
  const seen = new Set<string>();
  const visit = (job: JobSpec): void => {
    if (seen.has(job.id)) return;
    seen.add(job.id);
    const source = job.remixOf?.kind === 'job' ? byId.get(job.remixOf.jobId) : undefined;
    if (source) visit(source);
    ordered.push(job);
  };
  jobs.forEach(visit);
  return ordered;
}

/**
 * Every word a server says passes through here before the runner keeps it: error messages and
 * codes, status words and failure reasons, video ids. A server that echoes the key it was sent
 * (in a 401, a 500 or a failed video's error) must not put it into reports, logs or summaries.
 */
import { redactSecrets } from '../redact.js';
import type { RemoteStatus } from '../types.js';
import { ProviderError, type Provider, type SubmitResult } from './types.js';

type Text = (value: string) => string;

/** `provider` with every text that comes back from its server redacted of `secrets` and credential shapes. */
export function redactingProvider(provider: Provider, secrets: ReadonlySet<string>): Provider {
  const text: Text = (value) => redactSecrets(value, secrets);
  const status = (s: RemoteStatus): RemoteStatus => ({
    ...s,
    rawStatus: text(s.rawStatus),
    ...(s.error ? { error: { code: text(s.error.code), message: text(s.error.message) } } : {}),
  });
  const submitted = (result: SubmitResult): SubmitResult => ({ ...result, remoteId: text(result.remoteId), status: status(result.status) });
  /** Runs `call`, redacting what it throws (the class is kept: the runner decides by it). */
  const guarded = async <T>(call: () => Promise<T>): Promise<T> => {
    try {
      return await call();
    } catch (error) {
      throw redactedError(error, text);
    }
  };
  // Arguments are forwarded whole (`...args`), so a parameter added to the interface passes through.
  const wrapped: { -readonly [K in keyof Provider]: Provider[K] } = {
    name: provider.name,
    submit: (...args) => guarded(async () => submitted(await provider.submit(...args))),
    status: (...args) => guarded(async () => status(await provider.status(...args))),
    download: (...args) => guarded(() => provider.download(...args)),
  };
  const { restore, listStatuses, downloadVariant, findSubmitted, preflight } = provider;
  if (restore) wrapped.restore = (...args) => restore.apply(provider, args);
  if (listStatuses) {
    wrapped.listStatuses = (...args) =>
      guarded(async () => new Map([...(await listStatuses.apply(provider, args))].map(([id, s]) => [text(id), status(s)])));
  }
  if (downloadVariant) wrapped.downloadVariant = (...args) => guarded(() => downloadVariant.apply(provider, args));
  // Only the ids of a recent list reach a report (as candidates); the prompts stated there are
  // compared with the job's own, so they pass as they are: a redacted prompt would no longer match
  // and the create would be judged to have made nothing, then paid for again.
  if (findSubmitted) {
    wrapped.findSubmitted = (...args) =>
      guarded(async () => {
        const recent = await findSubmitted.apply(provider, args);
        return { ...recent, videos: recent.videos.map((video) => ({ ...video, id: text(video.id) })) };
      });
  }
  if (preflight) wrapped.preflight = (...args) => guarded(() => preflight.apply(provider, args));
  return wrapped;
}

/** The same error (class, identity and fields kept: the runner decides by them) with its words redacted. */
function redactedError(error: unknown, text: Text): unknown {
  if (!(error instanceof Error)) return error;
  try {
    if (text(error.message) !== error.message) error.message = text(error.message);
    if (error.stack !== undefined && text(error.stack) !== error.stack) error.stack = text(error.stack);
    const code = error instanceof ProviderError ? error.details.code : undefined;
    if (code !== undefined && text(code) !== code) Object.assign(error, { details: { ...(error as ProviderError).details, code: text(code) } });
  } catch {
    // A read-only message (a DOMException): a plain error with the redacted words instead.
    return new Error(text(error.message));
  }
  return error;
}

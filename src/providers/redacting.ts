/**
 * Every word a server says passes through here before the runner keeps it: error messages and
 * codes, status words and failure reasons, video ids. A server that echoes the key it was sent
 * (in a 401, a 500 or a failed video's error) must not put it into reports, logs or summaries.
 */
import { redactSecrets } from '../redact.js';
import type { RemoteStatus } from '../types.js';
import { ProviderError, type Provider, type SubmitResult } from './types.js';

/** `provider` with every text that comes back from its server redacted of `secrets` and credential shapes. */
export function redactingProvider(provider: Provider, secrets: ReadonlySet<string>): Provider {
  const text = (value: string): string => redactSecrets(value, secrets);
  const status = (s: RemoteStatus): RemoteStatus => ({
    ...s,
    rawStatus: text(s.rawStatus),
    ...(s.error ? { error: { code: text(s.error.code), message: text(s.error.message) } } : {}),
  });
  const submitted = (result: SubmitResult): SubmitResult => ({ ...result, remoteId: text(result.remoteId), status: status(result.status) });
  /** Runs `call`, redacting what it throws (the class is kept: the runner decides by it). */
  const guarded = async <T>(signal: AbortSignal, call: () => Promise<T>): Promise<T> => {
    try {
      return await call();
    } catch (error) {
      if (signal.aborted) throw error; // our own stop, not server text
      throw redactedError(error, text);
    }
  };
  const wrapped: { -readonly [K in keyof Provider]: Provider[K] } = {
    name: provider.name,
    submit: (job, remixOf, signal) => guarded(signal, async () => submitted(await provider.submit(job, remixOf, signal))),
    status: (id, signal) => guarded(signal, async () => status(await provider.status(id, signal))),
    download: (id, s, signal) => guarded(signal, () => provider.download(id, s, signal)),
  };
  const { restore, listStatuses, downloadVariant, findSubmitted, preflight } = provider;
  if (restore) wrapped.restore = (id, value) => restore.call(provider, id, value);
  if (listStatuses) {
    wrapped.listStatuses = (signal) =>
      guarded(signal, async () => new Map([...(await listStatuses.call(provider, signal))].map(([id, s]) => [text(id), status(s)])));
  }
  if (downloadVariant) wrapped.downloadVariant = (id, variant, signal) => guarded(signal, () => downloadVariant.call(provider, id, variant, signal));
  if (findSubmitted) {
    wrapped.findSubmitted = (job, since, claimed, signal) =>
      guarded(signal, async () => {
        const found = await findSubmitted.call(provider, job, since, claimed, signal);
        return found === undefined ? undefined : text(found);
      });
  }
  if (preflight) wrapped.preflight = (signal) => guarded(signal, () => preflight.call(provider, signal));
  return wrapped;
}

function redactedError(error: unknown, text: (value: string) => string): unknown {
  if (error instanceof ProviderError) {
    const { code } = error.details;
    const copy = new ProviderError(error.kind, text(error.message), { ...error.details, ...(code === undefined ? {} : { code: text(code) }) });
    if (error.stack) copy.stack = text(error.stack);
    return copy;
  }
  if (error instanceof Error) {
    // Any other error keeps its class and identity; only its words change.
    error.message = text(error.message);
    if (error.stack) error.stack = text(error.stack);
  }
  return error;
}

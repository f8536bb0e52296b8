/**
 * The preflight: before the first create, one cheap authenticated read per endpoint, so a wrong
 * key or base URL ends the run in a second (exit 2) instead of failing every job one by one.
 * What each API offers for it lives in its module (a client's `preflight`, most often `probeRead`);
 * the verdict on an answer in `judgePreflight`.
 */
import { ConfigError } from '../errors.js';
import type { ProviderName } from '../types.js';
import { hopRulesFor } from './hop-rules.js';
import { requestJson, type HttpClient } from './fetch-json.js';
import { ProviderError, type Provider } from './types.js';

/** One read of a list that costs nothing: its URL and the headers that carry the key. */
export interface Probe {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  /** How messages name the API, e.g. `ModelArk`. */
  readonly label: string;
}

/** A preflight that hangs is not a verdict: the run goes on after this long. */
export const PREFLIGHT_TIMEOUT_MS = 10_000;

/**
 * A `Provider.preflight` that reads `probe` once (through the guarded fetch, its hop rules from
 * the probe's URL) and resolves when the API answered 2xx; a module's client uses it for its
 * API's cheap authenticated read.
 */
export function probeRead(probe: Probe, fetchImpl: typeof fetch = globalThis.fetch, timeoutMs: number = PREFLIGHT_TIMEOUT_MS): NonNullable<Provider['preflight']> {
  const client: HttpClient = { fetch: fetchImpl, rules: hopRulesFor(probe.url), timeoutMs, label: probe.label };
  return async (signal) => {
    await requestJson(client, { method: 'GET', url: probe.url, headers: probe.headers, signal });
  };
}

/** Where a preflight went and with which key variable, for its messages. */
export interface PreflightTarget {
  readonly provider: ProviderName;
  /** As the job's endpoint names it; undefined for the provider's default. */
  readonly baseUrl: string | undefined;
  /** Undefined for an API that authenticates on its own (Application Default Credentials). */
  readonly apiKeyEnv: string | undefined;
}

/** True when the path of `baseUrl` ends with a version segment such as /v1, /v1beta or /api/v3. */
function hasVersionSegment(baseUrl: string): boolean {
  return /\/v\d+[a-z0-9]*$/i.test(new URL(baseUrl).pathname.replace(/\/+$/, ''));
}

/**
 * What a failed preflight means for the run. Pure.
 * @returns undefined when nothing is wrong, a ConfigError to stop the run with (a refused key, an unreachable host, a 404 from a
 *   base URL without its version segment), or a warning line when the run should go on
 *   (5xx, 429, a timeout: the server may be fine by the time jobs are sent)
 */
export function judgePreflight(target: PreflightTarget, error: unknown): { stop: ConfigError } | { warning: string } | undefined {
  const where = target.baseUrl ?? `${target.provider}'s default API`;
  const said = error instanceof Error ? error.message : String(error);
  if (error instanceof ProviderError) {
    if (error.kind === 'auth') {
      return { stop: new ConfigError(`${where} refused ${target.apiKeyEnv === undefined ? 'the credentials' : `the key in ${target.apiKeyEnv}`} (HTTP ${error.details.status ?? '?'}: ${said}); check ${target.apiKeyEnv === undefined ? 'them' : 'the key'}; nothing was sent`) };
    }
    if (error.kind === 'unreachable') return { stop: new ConfigError(`${said}; check the base URL (${where}) and the network; nothing was sent`) };
    if (error.kind === 'not_found') {
      if (target.baseUrl !== undefined && !hasVersionSegment(target.baseUrl)) {
        return { stop: new ConfigError(`${where} answered 404 to a list request: does the base URL end with its version segment, e.g. /v1? nothing was sent`) };
      }
      return undefined; // a gateway without the list: the key could not be checked, nothing is wrong
    }
  }
  return { warning: `warning: the check of ${where} before the first create failed (${said}); going on` };
}

/**
 * Runs every endpoint's preflight at once (those whose API has one).
 * @throws ConfigError for the first endpoint that proves the run cannot work; warnings go to `log`
 */
export async function preflightEndpoints(
  entries: readonly { readonly endpoint: PreflightTarget; readonly provider: Provider }[],
  log: (line: string) => void,
  signal: AbortSignal,
): Promise<void> {
  const verdicts = await Promise.all(
    entries.map(async ({ endpoint, provider }) => {
      try {
        await provider.preflight?.(signal);
        return undefined;
      } catch (error) {
        if (signal.aborted) return undefined;
        return judgePreflight(endpoint, error);
      }
    }),
  );
  for (const verdict of verdicts) if (verdict && 'warning' in verdict) log(verdict.warning);
  const stop = verdicts.find((verdict) => verdict !== undefined && 'stop' in verdict);
  if (stop && 'stop' in stop) throw stop.stop;
}

/**
 * The preflight: before the first create, one cheap authenticated read per endpoint, so a wrong
 * key or base URL ends the run in a second (exit 2) instead of failing every job one by one.
 * What each API offers for it lives in `PROBES`; the verdict on an answer in `judgePreflight`.
 */
import { ConfigError } from '../errors.js';
import type { ProviderName } from '../types.js';
import { hopRulesFor } from './hop-rules.js';
import { joinUrl, requestJson, type HttpClient } from './fetch-json.js';
import { SEEDANCE_DEFAULT_BASE_URL } from './seedance.js';
import { ProviderError, type Provider } from './types.js';
import { veoAuthFor, veoBaseUrl } from './veo.js';

/** One read of a list that costs nothing: its URL and the headers that carry the key. */
interface Probe {
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly label: string;
}

const OPENAI_DEFAULT_BASE_URL = 'https://api.openai.com/v1';

/**
 * The probe of each provider; `undefined` where the API has no cheap read (the generations shape
 * can only create, then fetch the URL it was given).
 */
const PROBES: Readonly<Record<ProviderName, ((baseUrl: string | undefined, apiKey: string) => Probe) | undefined>> = {
  openai: (baseUrl, apiKey) => ({
    url: joinUrl(baseUrl ?? OPENAI_DEFAULT_BASE_URL, '/videos?limit=1'),
    headers: { authorization: `Bearer ${apiKey}` },
    label: 'the Videos API',
  }),
  'openai-generations': undefined,
  veo: (baseUrl, apiKey) => {
    const base = veoBaseUrl(baseUrl);
    const headers: Record<string, string> = veoAuthFor(base) === 'x-goog-api-key' ? { 'x-goog-api-key': apiKey } : { authorization: `Bearer ${apiKey}` };
    return { url: joinUrl(base, '/models?pageSize=1'), headers, label: 'the Gemini API' };
  },
  // temporary wiring: the replicate client reads GET /account itself
  replicate: undefined,
  seedance: (baseUrl, apiKey) => ({
    url: joinUrl(baseUrl ?? SEEDANCE_DEFAULT_BASE_URL, '/contents/generations/tasks?page_num=1&page_size=1'),
    headers: { authorization: `Bearer ${apiKey}` },
    label: 'ModelArk',
  }),
};

export interface PreflightOptions {
  readonly provider: ProviderName;
  readonly baseUrl: string | undefined;
  readonly apiKey: string;
  readonly fetch?: typeof fetch;
  /** A preflight that hangs is not a verdict: the run goes on after this long. @default 10000 */
  readonly timeoutMs?: number;
}

/** The `Provider.preflight` of an endpoint, or undefined when its API has nothing cheap to read. */
export function preflightFor(options: PreflightOptions): Provider['preflight'] {
  const probe = PROBES[options.provider]?.(options.baseUrl, options.apiKey);
  if (!probe) return undefined;
  const client: HttpClient = { fetch: options.fetch ?? globalThis.fetch, rules: hopRulesFor(probe.url), timeoutMs: options.timeoutMs ?? 10_000, label: probe.label };
  return async (signal) => {
    await requestJson(client, { method: 'GET', url: probe.url, headers: probe.headers, signal });
  };
}

/** Where a preflight went and with which key variable, for its messages. */
export interface PreflightTarget {
  readonly provider: ProviderName;
  /** As the job's endpoint names it; undefined for the provider's default. */
  readonly baseUrl: string | undefined;
  readonly apiKeyEnv: string;
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
      return { stop: new ConfigError(`${where} refused the key in ${target.apiKeyEnv} (HTTP ${error.details.status ?? '?'}: ${said}); check the key; nothing was sent`) };
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

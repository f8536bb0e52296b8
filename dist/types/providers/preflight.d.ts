/**
 * The preflight: before the first create, one cheap authenticated read per endpoint, so a wrong
 * key or base URL ends the run in a second (exit 2) instead of failing every job one by one.
 * What each API offers for it lives in its module (a client's `preflight`, most often `probeRead`);
 * the verdict on an answer in `judgePreflight`.
 */
import { ConfigError } from '../errors.js';
import type { ProviderName } from '../types.js';
import { type Provider } from './types.js';
/** One read of a list that costs nothing: its URL and the headers that carry the key. */
export interface Probe {
    readonly url: string;
    readonly headers: Readonly<Record<string, string>>;
    /** How messages name the API, e.g. `ModelArk`. */
    readonly label: string;
}
/** A preflight that hangs is not a verdict: the run goes on after this long. */
export declare const PREFLIGHT_TIMEOUT_MS = 10000;
/**
 * A `Provider.preflight` that reads `probe` once (through the guarded fetch, its hop rules from
 * the probe's URL) and resolves when the API answered 2xx; a module's client uses it for its
 * API's cheap authenticated read.
 */
export declare function probeRead(probe: Probe, fetchImpl?: typeof fetch, timeoutMs?: number): NonNullable<Provider['preflight']>;
/** Where a preflight went and with which key variable, for its messages. */
export interface PreflightTarget {
    readonly provider: ProviderName;
    /** As the job's endpoint names it; undefined for the provider's default. */
    readonly baseUrl: string | undefined;
    /** Undefined for an API that authenticates on its own (Application Default Credentials). */
    readonly apiKeyEnv: string | undefined;
}
/**
 * What a failed preflight means for the run. Pure.
 * @returns undefined when nothing is wrong, a ConfigError to stop the run with (a refused key, an unreachable host, a 404 from a
 *   base URL without its version segment), or a warning line when the run should go on
 *   (5xx, 429, a timeout: the server may be fine by the time jobs are sent)
 */
export declare function judgePreflight(target: PreflightTarget, error: unknown): {
    stop: ConfigError;
} | {
    warning: string;
} | undefined;
/**
 * Runs every endpoint's preflight at once (those whose API has one).
 * @throws ConfigError for the first endpoint that proves the run cannot work; warnings go to `log`
 */
export declare function preflightEndpoints(entries: readonly {
    readonly endpoint: PreflightTarget;
    readonly provider: Provider;
}[], log: (line: string) => void, signal: AbortSignal): Promise<void>;

/**
 * The preflight: before the first create, one cheap authenticated read per endpoint, so a wrong
 * key or base URL ends the run in a second (exit 2) instead of failing every job one by one.
 * What each API offers for it lives in `PROBES`; the verdict on an answer in `judgePreflight`.
 */
import { ConfigError } from '../errors.js';
import type { ProviderName } from '../types.js';
import { type Provider } from './types.js';
export interface PreflightOptions {
    readonly provider: ProviderName;
    readonly baseUrl: string | undefined;
    readonly apiKey: string;
    readonly fetch?: typeof fetch;
    /** A preflight that hangs is not a verdict: the run goes on after this long. @default 10000 */
    readonly timeoutMs?: number;
}
/** The `Provider.preflight` of an endpoint, or undefined when its API has nothing cheap to read. */
export declare function preflightFor(options: PreflightOptions): Provider['preflight'];
/** Where a preflight went and with which key variable, for its messages. */
export interface PreflightTarget {
    readonly provider: ProviderName;
    /** As the job's endpoint names it; undefined for the provider's default. */
    readonly baseUrl: string | undefined;
    readonly apiKeyEnv: string;
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

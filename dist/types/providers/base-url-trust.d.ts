/**
 * Where a key or a token the run fetches itself may go: the provider's own hosts, the base URLs
 * the operator set (--base-url, the provider's *_BASE_URL variable, the action's base-url and
 * allowed-base-urls), and, in the CLI only, a manifest's `base_url`, named and warned. Pure.
 */
import type { JobSpec } from '../types.js';
import type { Env, ProviderModule } from './module.js';
/** The module's default base URL in this environment, if it has one. */
export declare function defaultBaseUrlOf(module: ProviderModule, env: Env): string | undefined;
/** The base URLs the operator set (never the manifest), and how far a manifest's may go. */
export interface BaseUrlTrust {
    /** `--base-url`, or the action's `base-url` input. */
    readonly flag?: string;
    /** Origins the workflow lets a manifest name (the action's `allowed-base-urls`). @default [] */
    readonly allowed?: readonly string[];
    /**
     * The action: a manifest `base_url` must be the provider's own host or an origin above, since a
     * pull request may edit the manifest. @default false (the CLI names such hosts and warns)
     */
    readonly manifestNeedsAllowing?: boolean;
}
/** Whether `url` is on the vendor's own hosts (`ownHosts`, else the default base URL's host), over https. Pure. */
export declare function isOwnHost(module: ProviderModule, env: Env, url: URL): boolean;
/**
 * The origins the operator set for `module`'s jobs: the flag (whatever the module), the module's
 * own *_BASE_URL variable and the allowed list. A manifest can set none of them.
 */
export declare function operatorOrigins(module: ProviderModule, env: Env, trust: BaseUrlTrust): Set<string>;
/**
 * Why a job's manifest `base_url` may not be used, or undefined (a manifest problem on the field):
 * - credentials the run fetches itself (a module with no key variable, and no `api_key_env` on
 *   the job: Google Cloud's Application Default Credentials) go only to the vendor's own hosts or
 *   an origin the operator set;
 * - in the action (`manifestNeedsAllowing`) the same holds for every key.
 */
export declare function manifestBaseUrlProblem(job: JobSpec, env: Env, trust: BaseUrlTrust): string | undefined;
/**
 * Jobs whose manifest `base_url` takes their key to a host that is neither the provider's own nor
 * one the operator set, by job id, with that origin (the dry run's plan names them; the CLI warns once).
 */
export declare function foreignBaseUrls(jobs: readonly JobSpec[], env: Env, trust: BaseUrlTrust): Map<string, string>;
/** The one warning for `foreignBaseUrls`: each origin with its jobs' count and the keys it would get. Pure. */
export declare function foreignBaseUrlWarning(foreign: ReadonlyMap<string, string>, jobs: readonly JobSpec[]): string;

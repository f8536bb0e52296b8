/**
 * What one endpoint's answers say about sending it more creates: a refused key (the first 401 or
 * 403 on a create) or a gateway that keeps timing out stops its creates; what is in flight ends.
 */
import { providerModule } from '../providers/list.js';
import type { Endpoint } from '../providers/registry.js';
import { ProviderError, type Provider } from '../providers/types.js';

/** Timeouts in a row (no answer in between) after which an endpoint gets no more creates. */
export const TIMEOUTS_IN_A_ROW = 3;

/** Why an endpoint gets no more creates: its job error code and what to do. */
export interface EndpointStop {
  readonly code: 'key_refused' | 'endpoint_unresponsive';
  readonly message: string;
}

/** How the runner names an endpoint in its messages, and the variable its key comes from. */
export interface EndpointLabel {
  /** E.g. `replicate at https://api.replicate.com/v1`. */
  readonly name: string;
  /** Undefined for an API that authenticates on its own. */
  readonly keyEnv?: string;
}

/** An endpoint as messages name it: `replicate at https://api.replicate.com/v1` (no credentials a URL may carry). */
export function endpointLabel(endpoint: Endpoint): EndpointLabel {
  const fallback = providerModule(endpoint.provider).env.defaultBaseUrl;
  const text = endpoint.baseUrl ?? (typeof fallback === 'string' ? fallback : `its default API`);
  let where = text;
  try {
    const url = new URL(text);
    where = `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  } catch {
    // Checked before the run; shown as written if not a URL.
  }
  return { name: `${endpoint.provider} at ${where}`, ...(endpoint.apiKeyEnv === undefined ? {} : { keyEnv: endpoint.apiKeyEnv }) };
}

/**
 * One endpoint's record of how its requests ended. Any answer (an error answer included) ends a
 * run of timeouts; a dropped connection neither counts nor ends one.
 */
export class EndpointHealth {
  private timeouts = 0;
  private stop: EndpointStop | undefined;

  constructor(
    private readonly label: EndpointLabel,
    /** Told once, when creates stop. */
    private readonly onStop: (label: EndpointLabel, stop: EndpointStop) => void,
  ) {}

  /** Why creates stopped here; undefined while they may go on. */
  get stopped(): EndpointStop | undefined {
    return this.stop;
  }

  answered(): void {
    this.timeouts = 0;
  }

  /** A request to this endpoint failed; `create` says whether it was a create. */
  failed(error: unknown, create: boolean): void {
    if (!(error instanceof ProviderError)) return;
    if (error.kind === 'timeout') {
      this.timeouts++;
      if (this.timeouts >= TIMEOUTS_IN_A_ROW) {
        this.halt({
          code: 'endpoint_unresponsive',
          message: `${this.label.name} timed out ${this.timeouts} times in a row (${error.message}); no more creates are sent there, what was in flight was left to end. Check the endpoint, then run again`,
        });
      }
      return;
    }
    if (error.kind === 'connection' || error.kind === 'unreachable') return;
    this.timeouts = 0;
    if (create && error.kind === 'auth') {
      const key = this.label.keyEnv === undefined ? 'the credentials' : `the key in ${this.label.keyEnv}`;
      this.halt({
        code: 'key_refused',
        message: `${this.label.name} refused ${key} on a create (HTTP ${error.details.status ?? '?'}: ${error.message}); no more creates are sent there. Fix ${this.label.keyEnv === undefined ? 'them' : 'the key'}, then run again`,
      });
    }
  }

  private halt(stop: EndpointStop): void {
    if (this.stop) return;
    this.stop = stop;
    this.onStop(this.label, stop);
  }
}

/** `provider` with every call's end reported to `health` (the provider's own behaviour unchanged). */
export function observedProvider(provider: Provider, health: EndpointHealth): Provider {
  const watch = <T>(create: boolean, call: () => Promise<T>): Promise<T> =>
    call().then(
      (value) => {
        health.answered();
        return value;
      },
      (error: unknown) => {
        health.failed(error, create);
        throw error;
      },
    );
  const { restore, listStatuses, downloadVariant, findSubmitted, preflight } = provider;
  const observed: { -readonly [K in keyof Provider]: Provider[K] } = {
    name: provider.name,
    submit: (...args) => watch(true, () => provider.submit(...args)),
    status: (...args) => watch(false, () => provider.status(...args)),
    download: (...args) => watch(false, () => provider.download(...args)),
  };
  if (restore) observed.restore = (...args) => restore.apply(provider, args);
  if (listStatuses) observed.listStatuses = (...args) => watch(false, () => listStatuses.apply(provider, args));
  if (downloadVariant) observed.downloadVariant = (...args) => watch(false, () => downloadVariant.apply(provider, args));
  if (findSubmitted) observed.findSubmitted = (...args) => watch(false, () => findSubmitted.apply(provider, args));
  if (preflight) observed.preflight = (...args) => preflight.apply(provider, args);
  return observed;
}

/** True when no job has a video (made in this run or an earlier one): with a refused key, the run exits 2. Pure. */
export function nothingMade(results: readonly { readonly videoId: string | null }[]): boolean {
  return results.every((result) => result.videoId === null);
}

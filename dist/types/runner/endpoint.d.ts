import type { Endpoint } from '../providers/registry.js';
import { type Provider } from '../providers/types.js';
/** Timeouts in a row (no answer in between) after which an endpoint gets no more creates. */
export declare const TIMEOUTS_IN_A_ROW = 3;
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
export declare function endpointLabel(endpoint: Endpoint): EndpointLabel;
/**
 * One endpoint's record of how its requests ended. Any answer (an error answer included) ends a
 * run of timeouts; a dropped connection neither counts nor ends one.
 */
export declare class EndpointHealth {
    private readonly label;
    /** Told once, when creates stop. */
    private readonly onStop;
    private timeouts;
    private stop;
    constructor(label: EndpointLabel, 
    /** Told once, when creates stop. */
    onStop: (label: EndpointLabel, stop: EndpointStop) => void);
    /** Why creates stopped here; undefined while they may go on. */
    get stopped(): EndpointStop | undefined;
    answered(): void;
    /** A request to this endpoint failed; `create` says whether it was a create. */
    failed(error: unknown, create: boolean): void;
    private halt;
}
/** `provider` with every call's end reported to `health` (the provider's own behaviour unchanged). */
export declare function observedProvider(provider: Provider, health: EndpointHealth): Provider;
/** True when no job has a video (made in this run or an earlier one): with a refused key, the run exits 2. Pure. */
export declare function nothingMade(results: readonly {
    readonly videoId: string | null;
}[]): boolean;

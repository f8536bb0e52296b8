/** Deterministic fault injection: faults are consumed in the order they were added. */
/** Which requests a fault applies to; `any` matches every request, unknown routes included. */
export type FaultRoute = 'create' | 'retrieve' | 'list' | 'content' | 'remix' | 'edit' | 'extend' | 'characters' | 'delete' | 'discovery' | 'any';
export type FaultKind = 
/** 429 with `retry-after`. */
'rate_limit'
/** 500. */
 | 'server_error'
/** 503. */
 | 'unavailable'
/** Destroy the socket before answering. */
 | 'drop'
/** Handle the request for real (a create is billed), then destroy the socket without answering. */
 | 'accept_then_drop'
/** Send headers with the full content-length and part of the body, then destroy the socket. */
 | 'truncate'
/** Never answer (until the simulator closes). */
 | 'hang';
export interface Fault {
    readonly route: FaultRoute;
    readonly kind: FaultKind;
    /**
     * How many matching requests this fault hits.
     * @default 1
     */
    readonly times?: number;
    /**
     * `retry-after` of a `rate_limit` fault (fractions allowed; `retry-after-ms` carries them).
     * @default 1
     */
    readonly retryAfterSeconds?: number;
    /** Only requests whose prompt or video id contains this string. */
    readonly match?: string;
}
/** What a request offers for matching. */
export interface FaultSubject {
    readonly route: Exclude<FaultRoute, 'any'> | 'other';
    /** Prompt and/or video id of the request. */
    readonly texts: readonly string[];
}
/** A per-simulator queue of faults. */
export declare class FaultQueue {
    private readonly pending;
    constructor(faults?: readonly Fault[]);
    add(faults: readonly Fault[]): void;
    /** Consumes one use of the first fault that matches the request, if any. */
    take(subject: FaultSubject): Fault | undefined;
    /** Drops every fault not yet used up: the server behaves again. */
    clear(): void;
    /** Faults not yet used up. */
    get remaining(): number;
}

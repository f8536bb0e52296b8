/** Time, injected so tests and the benchmark control it. */
export interface Clock {
    now(): number;
    /** Resolves after `ms`, or rejects with the signal's reason when it aborts. */
    sleep(ms: number, signal?: AbortSignal): Promise<void>;
}
export declare const systemClock: Clock;

/**
 * One per endpoint: creates share it, a reconcile holds it alone. So a reconcile reads the list
 * only when every create in flight has answered (its id claimed), and no create starts while it
 * reads; otherwise another job's video, made but not yet answered, would look unowned.
 * First come, first served, so a waiting reconcile is not starved by later creates.
 */
export declare class CreateLock {
    private creates;
    private reconciling;
    private readonly queue;
    /** Runs a create under the shared hold. */
    whileCreating<T>(call: () => Promise<T>, signal?: AbortSignal): Promise<T>;
    /** Runs a reconcile alone: after every create in flight has answered, before any new one. */
    whileReconciling<T>(call: () => Promise<T>, signal?: AbortSignal): Promise<T>;
    private hold;
    private acquire;
    private pump;
}

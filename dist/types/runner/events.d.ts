import type { JobSpec, RemoteStatus } from '../types.js';
import type { JobResult } from './result.js';
/**
 * What the runner tells the world. Reporters and displays implement the hooks they need;
 * the runner never formats text.
 */
export interface RunnerEvents {
    onJobSubmitted?(job: JobSpec, videoId: string, how: 'created' | 'resumed' | 'adopted'): void;
    onJobProgress?(job: JobSpec, status: RemoteStatus): void;
    /** A request failed and will be tried again after `delayMs`. */
    onRetry?(job: JobSpec, what: string, reason: string, delayMs: number): void;
    onJobEnd?(result: JobResult): void;
    /**
     * An endpoint gets no more creates: `key_refused` (a create answered 401/403) or
     * `endpoint_unresponsive` (timeouts in a row); `message` names it and says what to do.
     */
    onEndpointStopped?(endpoint: string, code: 'key_refused' | 'endpoint_unresponsive', message: string): void;
    onRunEnd?(results: readonly JobResult[]): void;
}
/**
 * Fans events out to many subscribers; a subscriber that throws is reported through
 * `onError` and never stops the run or the other subscribers.
 */
export declare function multiplex(subscribers: readonly RunnerEvents[], onError: (error: unknown) => void): Required<RunnerEvents>;

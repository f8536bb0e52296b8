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

type Hook = keyof RunnerEvents;

/**
 * Fans events out to many subscribers; a subscriber that throws is reported through
 * `onError` and never stops the run or the other subscribers.
 */
export function multiplex(subscribers: readonly RunnerEvents[], onError: (error: unknown) => void): Required<RunnerEvents> {
  const call =
    <K extends Hook>(hook: K) =>
    (...args: Parameters<Required<RunnerEvents>[K]>): void => {
      for (const subscriber of subscribers) {
        const fn = subscriber[hook] as ((...a: Parameters<Required<RunnerEvents>[K]>) => void) | undefined;
        if (!fn) continue;
        try {
          fn.apply(subscriber, args);
        } catch (error) {
          onError(error);
        }
      }
    };
  return {
    onJobSubmitted: call('onJobSubmitted'),
    onJobProgress: call('onJobProgress'),
    onRetry: call('onRetry'),
    onJobEnd: call('onJobEnd'),
    onEndpointStopped: call('onEndpointStopped'),
    onRunEnd: call('onRunEnd'),
  };
}

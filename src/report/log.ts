import type { RunnerEvents } from '../runner/events.js';
import type { JobSpec } from '../types.js';
import { formatDuration } from './markdown.js';

/** A line per state change, for stderr (the live display is a separate subscriber). */
export function stateChangeLog(total: number, write: (line: string) => void): RunnerEvents {
  let ended = 0;
  const lastRaw = new Map<string, string>();
  const name = (job: JobSpec): string => job.id;
  return {
    onJobSubmitted(job, videoId, how) {
      write(`${name(job)}: ${how === 'created' ? 'submitted' : how} ${videoId}`);
    },
    onJobProgress(job, status) {
      if (lastRaw.get(job.id) === status.rawStatus) return;
      lastRaw.set(job.id, status.rawStatus);
      if (status.state !== 'completed' && status.state !== 'failed') write(`${name(job)}: ${status.rawStatus}`);
    },
    onRetry(job, what, reason, delayMs) {
      write(`${name(job)}: ${what} failed (${reason}); retrying in ${formatDuration(delayMs) || `${delayMs} ms`}`);
    },
    onJobEnd(result) {
      // A job left pending by a stop has not ended: a numbered line would read like progress.
      if (result.status === 'pending') return;
      ended++;
      const where = result.file ? ` -> ${result.file}` : '';
      const why = result.error ? `: ${result.error.code}: ${result.error.message}` : '';
      write(`[${ended}/${total}] ${result.id}: ${result.status.replace('_', ' ')}${where}${why}`);
    },
  };
}

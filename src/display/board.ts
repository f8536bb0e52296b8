/**
 * The state of a run as a person watching a terminal wants it: how many jobs are done, failed, in
 * flight and queued, how long it has taken and about how long is left, and one line per job in
 * flight. Fed by runner events; `frame()` draws it as text. Pure apart from the injected clock.
 */
import { formatDuration } from '../report/markdown.js';
import type { RunnerEvents } from '../runner/events.js';
import type { JobOutcome } from '../types.js';

export interface BoardOptions {
  /** Jobs in the run. */
  readonly total: number;
  /** Epoch milliseconds; injected so tests drive a fake clock. */
  readonly now: () => number;
  /** Characters per line; longer lines are cut with `…`. @default 80 */
  readonly columns?: number;
  /** ANSI colours (off for NO_COLOR). @default false */
  readonly color?: boolean;
  /** Job lines shown at most; the others are counted on one line. @default 8 */
  readonly maxJobLines?: number;
}

/** A progress board: subscribe it to the runner, draw it with `frame()`. */
export interface ProgressBoard extends RunnerEvents {
  /** The board as text: a summary line, then a line per job in flight (no trailing newline). */
  frame(): string;
}

interface Flight {
  readonly id: string;
  readonly since: number;
  rawStatus: string;
  progress?: number;
}

type Style = 'bold' | 'dim' | 'green' | 'red' | 'yellow' | 'cyan' | 'plain';
type Span = readonly [text: string, style: Style];

const SGR: Readonly<Record<Exclude<Style, 'plain'>, string>> = { bold: '1', dim: '2', green: '32', red: '31', yellow: '33', cyan: '36' };
const BAR_CELLS = 16;
const FAILED: ReadonlySet<JobOutcome> = new Set(['failed', 'expired', 'timed_out']);

/** Builds an empty board; the run's elapsed time counts from this call. */
export function progressBoard(options: BoardOptions): ProgressBoard {
  const { total, now } = options;
  const columns = Math.max(20, options.columns ?? 80);
  const maxJobLines = Math.max(1, options.maxJobLines ?? 8);
  const startedAt = now();
  // Insertion order is submission order: the oldest job in flight is drawn first.
  const flights = new Map<string, Flight>();
  let done = 0;
  let failed = 0;
  let stopped = 0;

  const line = (spans: readonly Span[]): string => fit(spans, columns, options.color ?? false);

  return {
    onJobSubmitted(job) {
      if (!flights.has(job.id)) flights.set(job.id, { id: job.id, since: now(), rawStatus: 'submitted' });
    },

    onJobProgress(job, status) {
      const flight = flights.get(job.id) ?? { id: job.id, since: now(), rawStatus: status.rawStatus };
      flight.rawStatus = status.rawStatus;
      flight.progress = status.progress;
      flights.set(job.id, flight);
    },

    onJobEnd(result) {
      flights.delete(result.id);
      if (result.status === 'completed' || result.status === 'skipped') done++;
      else if (FAILED.has(result.status)) failed++;
      else stopped++;
    },

    frame() {
      const at = now();
      const elapsed = at - startedAt;
      const inFlight = flights.size;
      const queued = Math.max(0, total - done - failed - stopped - inFlight);
      const summary: Span[] = [
        [`${done}/${total} done`, done > 0 ? 'green' : 'plain'],
        [' · ', 'dim'],
        [`${failed} failed`, failed > 0 ? 'red' : 'plain'],
        [' · ', 'dim'],
        [`${inFlight} in flight`, inFlight > 0 ? 'cyan' : 'plain'],
        [' · ', 'dim'],
        [`${queued} queued`, 'plain'],
        ['   ', 'plain'],
        [`${clock(elapsed)} elapsed`, 'dim'],
      ];
      const left = timeLeft(elapsed, total, done + failed + stopped, [...flights.values()]);
      if (left !== undefined) summary.push([`, about ${clock(left)} left`, 'dim']);
      const lines = [line(summary)];

      const shown = [...flights.values()].slice(0, maxJobLines);
      const idWidth = Math.min(Math.max(8, ...shown.map((f) => [...f.id].length)), Math.max(8, columns - 46));
      for (const flight of shown) {
        const progress = flight.progress;
        const filled = progress === undefined ? 0 : Math.round((Math.min(100, Math.max(0, progress)) / 100) * BAR_CELLS);
        lines.push(
          line([
            ['  ', 'plain'],
            [pad(cut(flight.id, idWidth), idWidth), 'bold'],
            ['  ', 'plain'],
            ['█'.repeat(filled), 'cyan'],
            ['░'.repeat(BAR_CELLS - filled), 'dim'],
            [progress === undefined ? '     ' : `${String(Math.round(progress)).padStart(4)}%`, 'plain'],
            ['  ', 'plain'],
            [pad(flight.rawStatus, 11), 'dim'],
            [' ', 'plain'],
            [clock(at - flight.since).padStart(6), 'dim'],
          ]),
        );
      }
      if (flights.size > shown.length) lines.push(line([[`  … and ${flights.size - shown.length} more in flight`, 'dim']]));
      return lines.join('\n');
    },
  };
}

/**
 * Time left from the work done so far: ended jobs count whole, jobs in flight by their reported
 * progress. Undefined until there is something to go on, and once nothing is left.
 */
export function timeLeft(elapsedMs: number, total: number, ended: number, flights: readonly { progress?: number }[]): number | undefined {
  if (ended >= total) return undefined;
  const work = ended + flights.reduce((sum, f) => sum + Math.min(100, Math.max(0, f.progress ?? 0)) / 100, 0);
  if (work <= 0 || elapsedMs <= 0) return undefined;
  return Math.round((elapsedMs * (total - work)) / work);
}

/** `42s`, `3m 05s`, `1h 02m`: short, and steady in width as it counts. */
function clock(ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  if (seconds < 60) return `${seconds}s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m ${String(seconds % 60).padStart(2, '0')}s`;
  return formatDuration(ms);
}

function cut(text: string, width: number): string {
  const chars = [...text];
  return chars.length <= width ? text : `${chars.slice(0, Math.max(0, width - 1)).join('')}…`;
}

function pad(text: string, width: number): string {
  return text + ' '.repeat(Math.max(0, width - [...text].length));
}

/** Joins styled spans into one line of at most `columns` characters, trailing spaces dropped. */
function fit(spans: readonly Span[], columns: number, color: boolean): string {
  let out = '';
  let room = columns;
  for (const [text, style] of spans) {
    if (room <= 0) break;
    const chars = [...text];
    const piece = chars.length <= room ? text : `${chars.slice(0, room - 1).join('')}…`;
    room -= Math.min(chars.length, room);
    out += color && style !== 'plain' && piece.trim() !== '' ? `\u001b[${SGR[style]}m${piece}\u001b[0m` : piece;
  }
  return out.replace(/ +$/, '');
}
